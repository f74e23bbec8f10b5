import { AppError } from '../backend/errors'
import { throwIfCancelled } from '../backend/progress'
import type { Source } from '../orders/orders.table'
import type { Delimiter } from './csv-rows'
import type { TextEncodingName } from './decode-text'
import { ExcelDamageCheck } from './excel-damage'
import { SNIFF_BYTES } from './export-bytes'
import type { FormatId } from './formats/format'
import type { GenericMapping } from './formats/generic-mapping'
import { rejectImport } from './import-problems'
import type { ImportedOrder, ImportRecord, ImportWarning } from './import-record'
import { openExport, recognise, type OpenedExport, type RecogniseOptions } from './open-export'
import { normaliseCurrencyCode } from './parse-money'
import { companionOrdersOf, recordsOf, type ReadPlan } from './stream-records'
import { isIanaZone } from './time-zones'

export { FORMAT_IDS, type FormatId } from './formats/format'
export { GENERIC_FIELDS, genericMappingSchema, type GenericField, type GenericMapping } from './formats/generic-mapping'
export { TEXT_ENCODINGS, type TextEncodingName } from './decode-text'

export interface ReadOptions {
  /** For messages. */
  fileName: string
  /** Forces a format instead of detecting it from the header. */
  format?: FormatId
  /** Overrides the detected text encoding (the preview lets the user switch when the guess is wrong). */
  encoding?: TextEncodingName
  /** The shop's IANA time zone, for dates written without a zone. */
  timeZone: string
  /**
   * The currency of amounts written with only a `$` (Square, WooCommerce
   * Analytics) or with no currency at all (AlgolPlus, mapped files). Without
   * it a bare `$` is read as US dollars, with a warning.
   */
  currency?: string
  /** For the generic format: column -> field mapping chosen by the user. */
  mapping?: GenericMapping
  /** Companion file, e.g. EtsySoldOrderItems for EtsySoldOrders. */
  companion?: { fileName: string; open: () => AsyncIterable<Uint8Array> }
  signal?: AbortSignal
}

export interface FileSniff {
  format: FormatId | null
  source: Source | null
  encoding: TextEncodingName
  delimiter: Delimiter
  header: string[]
  /** 1-based physical line of the header row (eBay files have a preamble). */
  headerLine: number
  sampleRows: string[][]
  warnings: ImportWarning[]
  /** What the preview calls the file: "Shopify orders export", or that it is not recognised. */
  label: string
  /** Whether the user's choice of the whole file's currency is read (files of no known format are mapped, and so take one). */
  takesCurrency: boolean
}

export interface SniffOptions extends RecogniseOptions {
  /** Whether `head` is the whole file; by default, when it is shorter than the sniffed size. */
  endOfFile?: boolean
}

const SAMPLE_ROWS = 20

const UNRECOGNISED_LABEL = 'Not a known export: map its columns to import it'

/** Reads the first ~64 KB: encoding, delimiter, header row (after preambles), detected format. */
export async function sniffExport(head: Uint8Array, options: SniffOptions): Promise<FileSniff> {
  const endOfFile = options.endOfFile ?? head.length < SNIFF_BYTES
  const { encoding, table, warnings } = recognise(head, endOfFile, options)
  const format = table.format
  const excel = new ExcelDamageCheck(table.header, options.fileName)
  for (const row of table.dataRows) excel.inspect(row)
  const notice = format?.fileNotice?.(options.fileName) ?? null
  return {
    format: format?.id ?? null,
    source: format?.source ?? null,
    encoding,
    delimiter: table.dialect.delimiter,
    header: table.header,
    headerLine: table.headerLine,
    sampleRows: table.dataRows.slice(0, SAMPLE_ROWS).map((row) => row.cells),
    warnings: [...warnings, ...excel.warnings(), ...(notice === null ? [] : [{ file: options.fileName, line: null, column: null, message: notice }])],
    label: format?.label ?? UNRECOGNISED_LABEL,
    takesCurrency: format === null || format.takesCurrency === true,
  }
}

/** The currency the user chose for the whole file, as a code; null when none was chosen. */
export function chosenCurrency(chosen: string | undefined): string | null {
  if (chosen === undefined) return null
  const currency = normaliseCurrencyCode(chosen)
  if (currency === null) throw new AppError('INVALID_INPUT', `“${chosen}” is not a currency code such as USD or EUR.`)
  return currency
}

function validate(options: ReadOptions): string | null {
  if (!isIanaZone(options.timeZone)) throw new AppError('INVALID_INPUT', `“${options.timeZone}” is not a time zone name such as Europe/London.`)
  return chosenCurrency(options.currency)
}

interface Pairing {
  /** The file whose records stream out. */
  streamed: OpenedExport
  companionOrders: ReadonlyMap<string, ImportedOrder> | null
  /** Warnings about the companion file, shown before the streamed file's records. */
  warnings: ImportWarning[]
}

/** The companion file's orders are read whole first; the file that takes them streams (Etsy: items, then orders). */
async function pairWithCompanion(main: OpenedExport, companion: OpenedExport, plan: ReadPlan): Promise<Pairing> {
  // Either file may be the one the user picked first.
  const pair: [OpenedExport, OpenedExport] | null =
    main.format.companion === companion.format.id ? [main, companion] : companion.format.companion === main.format.id ? [companion, main] : null
  if (pair === null) {
    return rejectImport({
      file: companion.fileName,
      line: null,
      column: null,
      value: null,
      message: `A companion file is only read with Etsy's EtsySoldOrders and EtsySoldOrderItems. This one is a ${companion.format.label} for a ${main.format.label}: import it on its own.`,
    })
  }
  const [streamed, whole] = pair
  const collected = await companionOrdersOf(whole, plan)
  return { streamed, companionOrders: collected.orders, warnings: collected.warnings }
}

async function* readRecords(open: () => AsyncIterable<Uint8Array>, options: ReadOptions): AsyncGenerator<ImportRecord> {
  const currency = validate(options)
  throwIfCancelled(options.signal, `Reading ${options.fileName}`)
  const plan: ReadPlan = { timeZone: options.timeZone, mapping: options.mapping ?? null, signal: options.signal, currency, companionOrders: null, asCompanion: false }
  const opened: OpenedExport[] = []
  try {
    const main = await openExport(open, options)
    opened.push(main)
    let pairing: Pairing = { streamed: main, companionOrders: null, warnings: [] }
    if (options.companion !== undefined) {
      const companion = await openExport(options.companion.open, { fileName: options.companion.fileName, encoding: options.encoding })
      opened.push(companion)
      pairing = await pairWithCompanion(main, companion, plan)
    }
    for (const warning of pairing.warnings) yield { kind: 'warning', warning }
    yield* recordsOf(pairing.streamed, { ...plan, companionOrders: pairing.companionOrders })
  } finally {
    for (const file of opened) await file.bytes.close()
  }
}

/** Streams records; throws AppError IMPORT_REJECTED on the first fatal problem (the writer rolls back). */
export function readExport(open: () => AsyncIterable<Uint8Array>, options: ReadOptions): AsyncIterable<ImportRecord> {
  return readRecords(open, options)
}
