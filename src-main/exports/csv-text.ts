import Papa from 'papaparse'

/**
 * CSV as spreadsheet apps open it safely: UTF-8 with a byte order mark (so
 * Excel reads accents as UTF-8 rather than the computer's legacy code page),
 * CRLF line ends, and text that a spreadsheet would run as a formula made
 * inert with a leading apostrophe.
 */
export type Cell = string | number | null

export const BYTE_ORDER_MARK = '\uFEFF'
const RECORD_END = '\r\n'

/**
 * A cell starting with = + - @, a tab or a carriage return is read as a
 * formula by Excel, LibreOffice or Google Sheets (CSV injection), so it gets
 * a leading apostrophe. Two departures from papaparse's own pattern
 * (`/^[=+\-@\t\r].*$/`): a cell that is nothing but a plain decimal number
 * ("-12.50", the amounts and points we write) is a value in every spreadsheet,
 * not a formula, and stays a number; and the pattern does not need the cell to
 * be a single line, where papaparse's `.*$` lets "=HYPERLINK(…)" followed by a
 * line break through.
 */
export const FORMULA_START = /^(?!-?\d+(?:\.\d+)?$)[=+\-@\t\r]/

/** Rows as CSV records, each ended by CRLF (nothing for no rows). */
export function csvRecords(rows: readonly Cell[][]): string {
  if (rows.length === 0) return ''
  return Papa.unparse(rows as Cell[][], { header: false, newline: RECORD_END, escapeFormulae: FORMULA_START }) + RECORD_END
}

/** The number of records in CSV text written by csvRecords: line ends inside quoted cells do not end a record. */
export function countCsvRecords(text: string): number {
  let records = 0
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 34) quoted = !quoted
    else if (!quoted && c === 13 && text.charCodeAt(i + 1) === 10) records++
  }
  return records
}
