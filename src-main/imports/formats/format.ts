import type { Source } from '../../orders/orders.table'
import type { CsvDialect, CsvRow } from '../csv-rows'
import type { ImportedOrder, ImportProblem, ImportRecord } from '../import-record'
import type { DecimalSeparator } from '../parse-money'
import type { GenericMapping } from './generic-mapping'

export const FORMAT_IDS = [
  'shopify-orders',
  'shopify-customers',
  'woocommerce-analytics',
  'woocommerce-orders',
  'etsy-orders',
  'etsy-items',
  'amazon-orders',
  'amazon-returns',
  'ebay-orders',
  'ebay-transactions',
  'square-items',
  'generic',
] as const
export type FormatId = (typeof FORMAT_IDS)[number]

/** A warning raised by a row; identical ones (same key) are merged and counted. */
export interface RowWarning {
  key: string
  line: number
  column: string | null
  message: string
}

/** Where a format reader sends what it makes of the rows. */
export interface RecordSink {
  emit(record: ImportRecord): void
  warn(warning: RowWarning): void
  problem(problem: ImportProblem): void
}

export interface FormatContext {
  readonly fileName: string
  readonly header: readonly string[]
  readonly dialect: CsvDialect
  readonly timeZone: string
  readonly decimalSeparator: DecimalSeparator
  /** The currency the user chose for amounts written with a bare `$` or no currency at all. */
  readonly currency: string | null
  readonly mapping: GenericMapping | null
  /** Orders read from the companion file, by external id (Etsy items for Etsy orders). */
  readonly companionOrders: ReadonlyMap<string, ImportedOrder> | null
  readonly sink: RecordSink
}

export interface FormatReader {
  row(row: CsvRow): void
  /** The file ended: flush what is grouped and say what was skipped. */
  end(): void
}

/** One requirement: any of these header names. */
export type ColumnRequirement = readonly string[]

export interface ExportFormat {
  readonly id: FormatId
  readonly source: Source
  /** What the preview calls the file. */
  readonly label: string
  /** Any one of these sets of header names, all present, identifies the format (several for header variants). */
  readonly signatures: ReadonlyArray<readonly string[]>
  /** Every column the format reads or knowingly ignores (others are reported once); 'all' when the user maps them. */
  readonly knownColumns: readonly string[] | 'all'
  /** The format of a companion file whose orders this one completes (EtsySoldOrders takes its items from EtsySoldOrderItems). */
  readonly companion?: FormatId
  /** True for reports that never quote values (Amazon's tab-separated files). */
  readonly unquoted?: boolean
  /** Columns without which no record can be built. */
  readonly requiredColumns: readonly ColumnRequirement[]
  /**
   * True when amounts may not say their currency (a bare `$`, no currency
   * column), so the currency the user chooses for the whole file is read.
   */
  readonly takesCurrency?: boolean
  /** Whether amounts use a decimal comma: fixed by most formats, told by the file (localised eBay) or the user (generic). */
  decimalSeparator(dialect: CsvDialect, mapping: GenericMapping | null): DecimalSeparator
  /** A warning that applies to the whole file, shown before any record. */
  fileNotice?(fileName: string): string | null
  createReader(context: FormatContext): FormatReader
}
