import { DELIMITERS, guessLineBreak, isBlankRow, parseCsvText, type CsvDialect, type CsvRow, type LineBreak } from './csv-rows'
import { cleanHeader, findHeaderRow, guessHeaderRow, isFooterRow, rejectDuplicateColumns } from './csv-table'
import { closestFormat, detectFormat, matchesFormat } from './formats'
import type { ExportFormat } from './formats/format'
import { isImportRejection, rejectImport } from './import-problems'

/** What the start of a file says about the whole of it. */
export interface SniffedTable {
  dialect: CsvDialect
  /** Rows before the header (preamble), blank ones included, to skip when streaming. */
  headerIndex: number
  header: string[]
  headerLine: number
  /** The format the header identifies, nearly identifies, or the user forced; null for an unknown file. */
  format: ExportFormat | null
  /** Data rows that follow the header in the sniffed text. */
  dataRows: CsvRow[]
}

interface Candidate {
  dialect: CsvDialect
  rows: CsvRow[] | null
  error: unknown
}

function tryParse(text: string, dialect: CsvDialect, fileName: string, endOfFile: boolean): Candidate {
  try {
    return { dialect, rows: parseCsvText(text, dialect, fileName, endOfFile), error: null }
  } catch (error) {
    if (!isImportRejection(error)) throw error
    return { dialect, rows: null, error }
  }
}

/** The share of non-blank rows as wide as the most common width (a wrong delimiter gives ragged or 1-wide rows). */
function consistency(rows: readonly CsvRow[]): { width: number; share: number } {
  const widths = new Map<number, number>()
  let total = 0
  for (const row of rows) {
    if (isBlankRow(row.cells)) continue
    total++
    widths.set(row.cells.length, (widths.get(row.cells.length) ?? 0) + 1)
  }
  let width = 0
  let count = 0
  for (const [candidate, seen] of widths) if (seen > count || (seen === count && candidate > width)) [width, count] = [candidate, seen]
  return { width, share: total === 0 ? 0 : count / total }
}

function headerMatcher(forced: ExportFormat | null): (header: string[]) => boolean {
  if (forced !== null) return (header) => matchesFormat(forced, header)
  return (header) => detectFormat(header) !== null
}

/**
 * Among `,` `;` and tab: the delimiter under which a known header appears;
 * else the one giving the most rows of one width (more than one column).
 */
function chooseDialect(candidates: readonly Candidate[], isHeader: (header: string[]) => boolean): Candidate {
  const parsed = candidates.filter((candidate) => candidate.rows !== null)
  const withHeader = parsed.find((candidate) => findHeaderRow(candidate.rows ?? [], isHeader) !== -1)
  if (withHeader !== undefined) return withHeader
  let best: Candidate | null = null
  let bestScore = { width: 0, share: 0 }
  for (const candidate of parsed) {
    const score = consistency(candidate.rows ?? [])
    if (score.width < 2) continue
    if (score.share > bestScore.share || (score.share === bestScore.share && score.width > bestScore.width)) [best, bestScore] = [candidate, score]
  }
  if (best !== null) return best
  // Nothing reads as a table: the comma reading's syntax error, if it had one, is the one to report.
  const failed = candidates.find((candidate) => candidate.rows === null)
  return failed ?? parsed[0] ?? { dialect: { delimiter: ',', lineBreak: '\n', quoted: true }, rows: [], error: null }
}

function errorLine(error: unknown): number | null {
  return isImportRejection(error) ? (error.details.problems[0]?.line ?? null) : null
}

/** Text up to (not including) a 1-based line. */
function textBeforeLine(text: string, line: number): string {
  let index = 0
  for (let current = 1; current < line; current++) {
    const next = text.indexOf('\n', index)
    if (next === -1) return text
    index = next + 1
  }
  return text.slice(0, index)
}

function locateHeader(rows: readonly CsvRow[], isHeader: (header: string[]) => boolean): number {
  const matched = findHeaderRow(rows, isHeader)
  return matched !== -1 ? matched : guessHeaderRow(rows)
}

/** The quoted readings first; an unquoted tab reading for reports whose values may start with a `"` (Amazon). */
function dialects(lineBreak: LineBreak): CsvDialect[] {
  return [...DELIMITERS.map((delimiter) => ({ delimiter, lineBreak, quoted: true })), { delimiter: '\t', lineBreak, quoted: false }]
}

function rejectEmpty(fileName: string): never {
  return rejectImport({ file: fileName, line: null, column: null, value: null, message: 'The file is empty: it has no header row and no data. Export the report again and import the new file.' })
}

/** Rethrows a syntax error in the start of the file, parsed again with the column names so the message says which column broke. */
function rethrowWithColumnNames(text: string, failed: Candidate, fileName: string, endOfFile: boolean, isHeader: (header: string[]) => boolean): never {
  const line = errorLine(failed.error)
  const before = line === null ? [] : parseCsvText(textBeforeLine(text, line), failed.dialect, fileName, false)
  const headerIndex = locateHeader(before, isHeader)
  parseCsvText(text, failed.dialect, fileName, endOfFile, headerIndex === -1 ? [] : cleanHeader(before[headerIndex]?.cells ?? []))
  throw failed.error
}

function tableOf(rows: readonly CsvRow[], dialect: CsvDialect, fileName: string, isHeader: (header: string[]) => boolean, forced: ExportFormat | null): SniffedTable {
  const headerIndex = locateHeader(rows, isHeader)
  const headerRow = rows[headerIndex]
  if (headerRow === undefined) return rejectEmpty(fileName)
  const header = cleanHeader(headerRow.cells)
  rejectDuplicateColumns(header, headerRow.line, fileName)
  const after = rows.slice(headerIndex + 1)
  const footer = after.findIndex((row) => isFooterRow(row.cells))
  const dataRows = (footer === -1 ? after : after.slice(0, footer)).filter((row) => !isBlankRow(row.cells))
  return { dialect, headerIndex, header, headerLine: headerRow.line, format: forced ?? detectFormat(header) ?? closestFormat(header), dataRows }
}

/**
 * Reads the decoded start of a file: line breaks, delimiter, the header row
 * past any preamble, and the format. A syntax error in the start rejects the
 * file now, naming the column when the header could be read.
 */
export function sniffTable(text: string, fileName: string, endOfFile: boolean, forced: ExportFormat | null): SniffedTable {
  if (text.trim() === '') rejectEmpty(fileName)
  const isHeader = headerMatcher(forced !== null && forced.signatures.length > 0 ? forced : null)
  const candidates = dialects(guessLineBreak(text)).map((dialect) => tryParse(text, dialect, fileName, endOfFile))
  const chosen = chooseDialect(candidates, isHeader)
  if (chosen.rows === null) return rethrowWithColumnNames(text, chosen, fileName, endOfFile, isHeader)
  const table = tableOf(chosen.rows, chosen.dialect, fileName, isHeader, forced)
  if (table.format?.unquoted !== true || !chosen.dialect.quoted) return table
  const unquoted = candidates.find((candidate) => !candidate.dialect.quoted && candidate.dialect.delimiter === chosen.dialect.delimiter)
  return unquoted?.rows ? tableOf(unquoted.rows, unquoted.dialect, fileName, isHeader, forced) : table
}

export function rejectHeaderOnly(fileName: string, headerLine: number): never {
  return rejectImport({
    file: fileName,
    line: headerLine,
    column: null,
    value: null,
    message: 'The file has a header row but no rows of data below it. Check the date range of the export and export it again.',
  })
}
