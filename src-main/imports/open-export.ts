import { decodeHead, detectEncoding, findMojibake, mojibakeWarningMessage, rejectIfNotText, type TextEncodingName } from './decode-text'
import { ExportBytes } from './export-bytes'
import { formatById } from './formats'
import type { ExportFormat, FormatId } from './formats/format'
import type { GenericMapping } from './formats/generic-mapping'
import { rejectImport } from './import-problems'
import type { ImportWarning } from './import-record'
import { sniffTable, type SniffedTable } from './sniff-table'

/** What the user chose in the preview, where it overrides what the file says. */
export interface RecogniseOptions {
  fileName: string
  format?: FormatId
  encoding?: TextEncodingName
}

export interface Recognised {
  encoding: TextEncodingName
  table: SniffedTable
  /** Warnings about the whole file: garbled text, columns nobody reads. */
  warnings: ImportWarning[]
  /** Garbled text was seen in the start, so the rest need not be watched for it. */
  garbledStart: boolean
}

function unknownColumnsWarning(fileName: string, table: SniffedTable, format: ExportFormat): ImportWarning | null {
  if (format.knownColumns === 'all') return null
  const known = new Set(format.knownColumns)
  const unknown = table.header.filter((name) => name !== '' && !known.has(name))
  if (unknown.length === 0) return null
  return {
    file: fileName,
    line: table.headerLine,
    column: null,
    message: `These columns are not read, because a ${format.label} does not usually have them: ${unknown.map((name) => `“${name}”`).join(', ')}.`,
  }
}

/** The start of a file: not binary, its encoding, its table, its format, and what is odd about it. */
export function recognise(head: Uint8Array, endOfFile: boolean, options: RecogniseOptions): Recognised {
  const { fileName } = options
  if (head.length === 0) {
    rejectImport({ file: fileName, line: null, column: null, value: null, message: 'The file is empty (0 bytes). Export the report again and import the new file.' })
  }
  rejectIfNotText(head, fileName)
  const encoding = options.encoding ?? detectEncoding(head, fileName, endOfFile)
  const text = decodeHead(head, encoding, fileName, endOfFile)
  const forced = options.format === undefined ? null : formatById(options.format)
  const table = sniffTable(text, fileName, endOfFile, forced)
  const warnings: ImportWarning[] = []
  const mojibake = findMojibake(text)
  if (mojibake !== null) warnings.push({ file: fileName, line: mojibake.line, column: null, message: mojibakeWarningMessage(mojibake.sample) })
  if (table.format !== null) {
    const unknown = unknownColumnsWarning(fileName, table, table.format)
    if (unknown !== null) warnings.push(unknown)
  }
  return { encoding, table, warnings, garbledStart: mojibake !== null }
}

/** A file whose start has been read and recognised, ready to stream from its first byte. */
export interface OpenedExport {
  fileName: string
  bytes: ExportBytes
  recognised: Recognised
  format: ExportFormat
}

function rejectUnrecognised(fileName: string, table: SniffedTable): never {
  return rejectImport({
    file: fileName,
    line: table.headerLine,
    column: null,
    value: null,
    message: 'This file is not an export this app recognises from its header. Choose its format in the preview, or map its columns to order fields.',
  })
}

function checkRequiredColumns(fileName: string, table: SniffedTable, format: ExportFormat): void {
  const present = new Set(table.header)
  const missing = format.requiredColumns.find((anyOf) => !anyOf.some((name) => present.has(name)))
  if (missing === undefined) return
  const column = missing[0] ?? ''
  rejectImport({
    file: fileName,
    line: table.headerLine,
    column,
    value: null,
    message: `The file has no “${column}” column, which a ${format.label} needs. Check that this is the right file and format, or export it again.`,
  })
}

export async function openExport(
  open: () => AsyncIterable<Uint8Array>,
  options: RecogniseOptions & { mapping?: GenericMapping },
): Promise<OpenedExport> {
  const { fileName, format } = options
  const bytes = new ExportBytes(open())
  try {
    const head = await bytes.head()
    const recognised = recognise(head, bytes.endOfFile, options)
    // A mapping chosen for a file of no known format means the generic reader.
    const found = recognised.table.format ?? (options.mapping !== undefined && format === undefined ? formatById('generic') : null)
    if (found === null) return rejectUnrecognised(fileName, recognised.table)
    checkRequiredColumns(fileName, recognised.table, found)
    return { fileName, bytes, recognised, format: found }
  } catch (error) {
    await bytes.close()
    throw error
  }
}

