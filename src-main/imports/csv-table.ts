import { isBlankRow, type CsvRow } from './csv-rows'
import { previewValue, rejectImport } from './import-problems'

/** How far down a preamble may push the header row (eBay's payments report has 11 lines of it). */
const MAX_PREAMBLE_ROWS = 40

/**
 * A header cell as people mean it: no BOM (nor the `ï»¿` a UTF-8 BOM becomes
 * when the user picks Windows-1252), no leading tab (eBay SalesHistory), no padding.
 */
export function cleanHeaderCell(cell: string): string {
  return cell.replace(/^(?:\uFEFF|ï»¿)/, '').trim()
}

export function cleanHeader(cells: readonly string[]): string[] {
  return cells.map(cleanHeaderCell)
}

/** The row index of the header among the first rows, or -1. */
export function findHeaderRow(rows: readonly CsvRow[], isHeader: (header: string[]) => boolean): number {
  const limit = Math.min(rows.length, MAX_PREAMBLE_ROWS)
  for (let index = 0; index < limit; index++) {
    const row = rows[index]
    if (row !== undefined && !isBlankRow(row.cells) && isHeader(cleanHeader(row.cells))) return index
  }
  return -1
}

/**
 * For files of no known format: the first row as wide as most rows, with at
 * least two names, so a title line or a `Seller, name` preamble is passed over.
 */
export function guessHeaderRow(rows: readonly CsvRow[]): number {
  const widths = new Map<number, number>()
  for (const row of rows) if (!isBlankRow(row.cells)) widths.set(row.cells.length, (widths.get(row.cells.length) ?? 0) + 1)
  let commonWidth = 0
  let commonCount = 0
  for (const [width, count] of widths) if (count > commonCount || (count === commonCount && width > commonWidth)) [commonWidth, commonCount] = [width, count]
  const limit = Math.min(rows.length, MAX_PREAMBLE_ROWS)
  for (let index = 0; index < limit; index++) {
    const cells = rows[index]?.cells ?? []
    if (cells.length === commonWidth && cells.filter((cell) => cell.trim() !== '').length >= 2) return index
  }
  return rows.findIndex((row) => !isBlankRow(row.cells))
}

export function rejectDuplicateColumns(header: readonly string[], line: number, fileName: string): void {
  const seen = new Set<string>()
  for (const name of header) {
    if (name === '') continue
    if (seen.has(name)) {
      rejectImport({
        file: fileName,
        line,
        column: name,
        value: name,
        message: `The header has two columns named “${name}”, so it can't be told which one holds the data. Rename or remove one of them and import again.`,
      })
    }
    seen.add(name)
  }
}

/** eBay closes its reports with `N,record(s) downloaded,…` and `Seller ID : …` lines. */
export function isFooterRow(cells: readonly string[]): boolean {
  const first = cells[0]?.trim() ?? ''
  // Checked on every row: most first cells start with neither a digit nor an S.
  const lead = first.charCodeAt(0)
  if (!(lead >= 48 && lead <= 57) && (lead | 0x20) !== 0x73) return false
  if (/^Seller ID\s*:/i.test(first)) return true
  return /^\d+$/.test(first) && /record\(s\)\s*downloaded/i.test(cells[1] ?? '')
}

export type RowVerdict = 'data' | 'skip' | 'end'

/**
 * Decides what each row after the header is: data, an empty row to skip, or
 * the start of a footer (everything after it is ignored). A data row must be
 * exactly as wide as the header.
 */
export class DataRowCheck {
  constructor(
    private readonly header: readonly string[],
    private readonly fileName: string,
    private readonly delimiter: string,
  ) {}

  verdict(row: CsvRow): RowVerdict {
    if (isBlankRow(row.cells)) return 'skip'
    if (isFooterRow(row.cells)) return 'end'
    if (row.cells.length !== this.header.length) this.rejectWidth(row)
    return 'data'
  }

  private rejectWidth(row: CsvRow): never {
    const found = row.cells.length
    const expected = this.header.length
    return rejectImport({
      file: this.fileName,
      line: row.line,
      column: null,
      value: previewValue(row.cells.join(this.delimiter)),
      message: `This row has ${found} columns but the header has ${expected}. A value probably contains a ${this.delimiter === '\t' ? 'tab' : `“${this.delimiter}”`} without quotes, or the row was cut. Fix the row or export the file again.`,
    })
  }
}
