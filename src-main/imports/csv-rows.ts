import { Parser } from 'papaparse'
import { previewValue, rejectImport } from './import-problems'

export const DELIMITERS = [',', ';', '\t'] as const
export type Delimiter = (typeof DELIMITERS)[number]
export type LineBreak = '\n' | '\r\n' | '\r'

export interface CsvDialect {
  delimiter: Delimiter
  lineBreak: LineBreak
  /** False for reports that never quote (Amazon's): a `"` is then just a character, even at the start of a value. */
  quoted: boolean
}

/**
 * Papaparse cannot turn quoting off; NUL never occurs in a text file (files
 * with one are rejected as binary), so with it as the quote no field is quoted.
 */
const NO_QUOTE = '\u0000'

export interface CsvRow {
  cells: string[]
  /** 1-based physical line where the row starts (a quoted line break makes a row span lines). */
  line: number
}

/** No real row is this long; a pending row that grows past it is an unclosed quote swallowing the file. */
const MAX_ROW_LENGTH = 4 * 1024 * 1024

interface PapaError {
  code: string
  row: number
  index: number
}

interface PapaResult {
  data: string[][]
  errors: PapaError[]
  meta: { cursor: number }
}

/** Papaparse's own heuristic (guessLineEndings), which its low-level Parser does not run. */
export function guessLineBreak(text: string): LineBreak {
  const sample = text.slice(0, 1024 * 1024)
  const pieces = sample.split('\r')
  const firstLineFeed = sample.indexOf('\n')
  if (pieces.length === 1 || (firstLineFeed !== -1 && firstLineFeed < (pieces[0]?.length ?? 0))) return '\n'
  const followedByLineFeed = pieces.slice(1).filter((piece) => piece.startsWith('\n')).length
  return followedByLineFeed >= (pieces.length - 1) / 2 ? '\r\n' : '\r'
}

function countChar(text: string, char: string, from: number, to: number): number {
  let count = 0
  for (let index = text.indexOf(char, from); index !== -1 && index < to; index = text.indexOf(char, index + 1)) count++
  return count
}

/**
 * Papaparse, made strict. Papaparse accepts a stray quote silently and lets an
 * unclosed quote swallow the rest of the file while still returning rows, so
 * every error it reports rejects the file here, with the physical line number.
 * Text is pushed in chunks; a row cut by a chunk boundary waits for the next.
 */
export class StrictCsvParser {
  private pending = ''
  private pendingLine = 1
  private columnNames: readonly string[] = []
  private readonly parser: Parser
  private readonly lineChar: '\n' | '\r'

  constructor(
    private readonly dialect: CsvDialect,
    private readonly fileName: string,
  ) {
    this.parser = new Parser({ delimiter: dialect.delimiter, newline: dialect.lineBreak, quoteChar: dialect.quoted ? '"' : NO_QUOTE })
    this.lineChar = dialect.lineBreak === '\r' ? '\r' : '\n'
  }

  /** Column names, once known, make syntax errors name the column. */
  nameColumns(names: readonly string[]): void {
    this.columnNames = names
  }

  push(text: string): CsvRow[] {
    this.pending = this.pending.length === 0 ? text : this.pending + text
    const rows = this.parse(false)
    if (this.pending.length > MAX_ROW_LENGTH) this.rejectOverlongRow()
    return rows
  }

  end(): CsvRow[] {
    return this.parse(true)
  }

  private parse(final: boolean): CsvRow[] {
    const input = this.pending
    const result = this.parser.parse(input, 0, !final) as PapaResult
    const rows = result.data
    for (const error of result.errors) {
      // An error in the unfinished last row is seen again once the row is complete.
      if (!final && error.row >= rows.length) continue
      this.rejectSyntax(error, input, rows)
    }
    const consumed = final ? input.length : result.meta.cursor
    const lineBreaks = countChar(input, this.lineChar, 0, consumed)
    const csvRows = new Array<CsvRow>(rows.length)
    if (lineBreaks === rows.length) {
      for (let index = 0; index < rows.length; index++) csvRows[index] = { cells: rows[index] ?? [], line: this.pendingLine + index }
    } else {
      const starts = this.rowStartLines(input, consumed, rows.length)
      for (let index = 0; index < rows.length; index++) csvRows[index] = { cells: rows[index] ?? [], line: starts[index] ?? this.pendingLine }
    }
    this.pendingLine += lineBreaks
    this.pending = final ? '' : input.slice(consumed)
    return csvRows
  }

  /**
   * The line each row starts on, when some values hold line breaks: a line
   * break inside quotes continues the row, one outside ends it. Jumping from
   * quote to line break costs far less than searching every cell.
   */
  private rowStartLines(input: string, end: number, rowCount: number): number[] {
    const starts = [this.pendingLine]
    const quote = this.dialect.quoted ? '"' : NO_QUOTE
    const { delimiter } = this.dialect
    let line = this.pendingLine
    let inQuotes = false
    let nextQuote = input.indexOf(quote)
    let nextBreak = input.indexOf(this.lineChar)
    while (nextBreak !== -1 && nextBreak < end && starts.length < rowCount) {
      if (nextQuote !== -1 && nextQuote < nextBreak) {
        const before = nextQuote === 0 ? this.lineChar : input[nextQuote - 1]
        if (inQuotes && input[nextQuote + 1] === quote) {
          nextQuote = input.indexOf(quote, nextQuote + 2)
          continue
        }
        // As papaparse reads it: a quote opens a value only at its start; elsewhere outside quotes it is a plain character.
        if (inQuotes || before === delimiter || before === '\n' || before === '\r') inQuotes = !inQuotes
        nextQuote = input.indexOf(quote, nextQuote + 1)
        continue
      }
      line++
      if (!inQuotes) starts.push(line)
      nextBreak = input.indexOf(this.lineChar, nextBreak + 1)
    }
    return starts
  }

  private lineAt(input: string, index: number): number {
    return this.pendingLine + countChar(input, this.lineChar, 0, index)
  }

  private columnName(columnIndex: number): string {
    return this.columnNames[columnIndex] ?? `column ${columnIndex + 1}`
  }

  private rejectSyntax(error: PapaError, input: string, rows: string[][]): never {
    // Papaparse reports the index just past the field's opening quote.
    const fieldStart = Math.max(0, error.index - 1)
    const line = this.lineAt(input, fieldStart)
    const cellsSoFar = rows[error.row]?.length ?? 1
    const column = this.columnName(Math.max(0, cellsSoFar - 1))
    const value = input.slice(fieldStart, fieldStart + 80)
    if (error.code === 'MissingQuotes') {
      return rejectImport({
        file: this.fileName,
        line,
        column,
        value,
        message: `The quoted value that starts on line ${line} is never closed, so the rest of the file can't be read. The file was probably cut short (download it again) or has a stray quote (").`,
      })
    }
    return rejectImport({
      file: this.fileName,
      line,
      column: this.columnName(this.cellIndexAt(input, fieldStart)),
      value,
      message: `A quote (") inside this quoted value is not doubled, as CSV requires. Put "" for each quote inside a value, or export the file again.`,
    })
  }

  /** Which cell of its row a character belongs to, counting delimiters outside quotes. */
  private cellIndexAt(input: string, index: number): number {
    const rowStart = Math.max(input.lastIndexOf(this.lineChar, index) + 1, 0)
    let inQuotes = false
    let cell = 0
    for (let position = rowStart; position < index; position++) {
      const char = input[position]
      if (char === '"') inQuotes = !inQuotes
      else if (!inQuotes && input.startsWith(this.dialect.delimiter, position)) cell++
    }
    return cell
  }

  private rejectOverlongRow(): never {
    const line = this.pendingLine
    const value = previewValue(this.pending.slice(0, 80))
    // An unclosed quote is the likely cause; parsing to the end names its line.
    this.parse(true)
    return rejectImport({
      file: this.fileName,
      line,
      column: null,
      value,
      message: 'The row that starts on this line is longer than 4 MB, so the file is not a CSV export this app can read. Check that it is the right file.',
    })
  }
}

/** Parses all rows of a text held in memory (the sniffed head of a file). */
export function parseCsvText(text: string, dialect: CsvDialect, fileName: string, endOfFile: boolean, columnNames: readonly string[] = []): CsvRow[] {
  const parser = new StrictCsvParser(dialect, fileName)
  parser.nameColumns(columnNames)
  const rows = parser.push(text)
  return endOfFile ? rows.concat(parser.end()) : rows
}

/** Streams rows from decoded text chunks, one batch per chunk. */
export async function* streamCsvRows(
  text: AsyncIterable<string>,
  dialect: CsvDialect,
  fileName: string,
  onParser?: (parser: StrictCsvParser) => void,
): AsyncGenerator<CsvRow[]> {
  const parser = new StrictCsvParser(dialect, fileName)
  onParser?.(parser)
  for await (const chunk of text) {
    const rows = parser.push(chunk)
    if (rows.length > 0) yield rows
  }
  const last = parser.end()
  if (last.length > 0) yield last
}

export function isBlankRow(cells: readonly string[]): boolean {
  for (const cell of cells) if (cell.trim() !== '') return false
  return true
}
