import type { FinancialStatus, FulfillmentStatus } from '../orders/orders.table'
import type { CsvRow } from './csv-rows'
import type { TextEncodingName } from './decode-text'
import { SNIFF_BYTES } from './export-bytes'
import type { FileSource } from './file-source'
import { hasColumn } from './formats/columns'
import type { RecordSink } from './formats/format'
import { generic } from './formats/generic'
import { CURRENCY_GAP, GenericCells } from './formats/generic-cells'
import { GENERIC_FIELDS, type GenericField, type GenericMapping } from './formats/generic-mapping'
import { recognise } from './open-export'

/** Enough rows to see an order's second line, few enough to read at a glance. */
const SAMPLE_ROW_COUNT = 3

/** What the import makes of one cell, for the renderer to show in the shop's way (money, dates in its time zone). */
export type SampleValue =
  | { kind: 'text'; text: string }
  /** `dateOnly`: the cell wrote a day without a time. */
  | { kind: 'date'; iso: string; dateOnly: boolean }
  | { kind: 'money'; minor: number; currency: string }
  | { kind: 'quantity'; quantity: number }
  | { kind: 'status'; financial: FinancialStatus; fulfillment: FulfillmentStatus }
  | { kind: 'empty' }
  /** The import does not read this cell on this row, and why. */
  | { kind: 'not-read'; reason: string }

export interface SampleCell {
  field: GenericField
  column: string
  raw: string
  /** Null when the cell can't be read: `problem` says why. */
  shown: SampleValue | null
  /** The message the import would reject the file with for this cell. */
  problem: string | null
  /** What the import would warn about and import anyway (an email that is not one, a status it doesn't know). */
  warning: string | null
}

export interface MappedSample {
  /** What the mapping still lacks before the file can be imported, as the import would say it. */
  gaps: string[]
  /** The first data rows, each with its mapped cells in the header's order. */
  rows: Array<{ line: number; cells: SampleCell[] }>
}

export interface SampleOptions {
  mapping: GenericMapping
  encoding?: TextEncodingName
  /** The whole file's currency, already checked. */
  currency: string | null
  timeZone: string
}

interface Reading<T> {
  value: T
  problem: string | null
  warning: string | null
}

/** Catches what the cell readers report while one cell is read. */
class CellMessages implements RecordSink {
  private problems: string[] = []
  private warnings: string[] = []

  emit(): void {}

  warn(warning: { message: string }): void {
    this.warnings.push(warning.message)
  }

  problem(problem: { message: string }): void {
    this.problems.push(problem.message)
  }

  read<T>(reader: () => T): Reading<T> {
    this.problems = []
    this.warnings = []
    const value = reader()
    return { value, problem: this.problems[0] ?? null, warning: this.warnings[0] ?? null }
  }
}

// Every date form the user can pick writes its time as hours:minutes; an Excel serial writes it as a fraction of a day.
const WRITES_A_TIME = /\d:\d\d|^\s*\d+\.\d*[1-9]\d*\s*$/

/** Fields the import reads from an order's first row only. */
const ORDER_FIELDS: ReadonlySet<GenericField> = new Set(['orderNumber', 'placedAt', 'email', 'firstName', 'lastName', 'currency', 'status'])

const NO_ITEM = 'Not read on this row: it names no item (no item name or SKU).'

function notRead(reason: string): Reading<SampleValue> {
  return { value: { kind: 'not-read', reason }, problem: null, warning: null }
}

function text(value: string | null): SampleValue {
  return value === null ? { kind: 'empty' } : { kind: 'text', text: value }
}

/** A sample row where the import stands when it reads it. */
interface RowInOrder {
  row: CsvRow
  key: Reading<string | null>
  /** The order's first row, when this row continues the order of the rows above it. */
  firstRow: CsvRow | null
  /** The order's currency, found on its first row. */
  currency: Reading<string | null>
  /** The earlier row of the same order that gave the order's total. */
  totalRow: CsvRow | null
}

/**
 * Reads what the import reads of each row before its cells: the order key,
 * and with it whether the row continues the order above (consecutive rows
 * with the same key make one order, as groupedRowsReader groups them).
 */
function ordersOf(fields: GenericCells, messages: CellMessages, rows: readonly CsvRow[]): RowInOrder[] {
  let order: { key: string; firstRow: CsvRow; currency: Reading<string | null>; totalRow: CsvRow | null } | null = null
  return rows.map((row) => {
    const key = messages.read(() => fields.key(row))
    const orderCurrency = () => {
      const reading = messages.read(() => fields.currency(row))
      // Without a currency column the import refuses the mapping itself, before reading any row.
      return hasColumn(fields.columns.currency) || reading.value !== null ? reading : { ...reading, problem: CURRENCY_GAP }
    }
    // A row without a key belongs to no order: it is read on its own, to show what else is wrong with it.
    if (key.value === null) return { row, key, firstRow: null, currency: orderCurrency(), totalRow: null }
    const continues = order !== null && order.key === key.value
    if (order === null || !continues) order = { key: key.value, firstRow: row, currency: orderCurrency(), totalRow: null }
    const totalRow = order.totalRow
    if (totalRow === null && fields.hasTotal(row)) order.totalRow = row
    return { row, key, firstRow: continues ? order.firstRow : null, currency: order.currency, totalRow }
  })
}

function readCell(fields: GenericCells, messages: CellMessages, at: RowInOrder, field: GenericField): Reading<SampleValue | null> {
  const { row, currency } = at
  if (field === fields.keyField) return { ...at.key, value: text(at.key.value) }
  if (at.firstRow !== null && ORDER_FIELDS.has(field)) return notRead(`Read from the order's first row (line ${at.firstRow.line}).`)
  const money = (read: (code: string) => number): Reading<SampleValue | null> => {
    const code = currency.value
    if (code === null) return { value: null, problem: currency.problem, warning: null }
    return messages.read(() => ({ kind: 'money', minor: read(code), currency: code }))
  }
  const isItemRow = fields.itemName(row) !== null
  switch (field) {
    case 'orderId':
    case 'orderNumber':
      return messages.read(() => text(fields.orderNumber(row)))
    case 'placedAt':
      return messages.read(() => {
        const iso = fields.placedAt(row)
        return iso === null ? null : { kind: 'date', iso, dateOnly: !WRITES_A_TIME.test(fields.raw(row, field)) }
      })
    case 'email':
      return messages.read(() => text(fields.email(row)))
    case 'firstName':
      return messages.read(() => text(fields.firstName(row)))
    case 'lastName':
      return messages.read(() => text(fields.lastName(row)))
    case 'currency':
      return { ...currency, value: currency.value === null ? null : text(currency.value) }
    case 'total':
      if (!fields.hasTotal(row)) return { value: { kind: 'empty' }, problem: null, warning: null }
      if (at.totalRow !== null) return notRead(`The order's total is read from line ${at.totalRow.line}.`)
      return money((code) => fields.total(row, code))
    case 'sku':
      return messages.read(() => text(fields.sku(row)))
    case 'title':
      return messages.read(() => text(fields.title(row)))
    case 'quantity':
      return isItemRow ? messages.read(() => ({ kind: 'quantity', quantity: fields.quantity(row) })) : notRead(NO_ITEM)
    case 'unitPrice':
      return isItemRow ? money((code) => fields.unitPrice(row, code)) : notRead(NO_ITEM)
    case 'status':
      return messages.read(() => ({ kind: 'status', ...fields.status(row) }))
  }
}

/**
 * The first rows of a mapped file, each mapped cell read by the generic
 * reader's own cell readers (GenericCells), on the rows the import reads it
 * from: the value the import would store, or the message it would reject
 * the file with. An incomplete mapping is read as far as it goes.
 */
export async function readMappedSample(file: FileSource, options: SampleOptions): Promise<MappedSample> {
  const head = await file.head(SNIFF_BYTES)
  const { table } = recognise(head, head.length < SNIFF_BYTES, { fileName: file.name, format: 'generic', encoding: options.encoding })
  const messages = new CellMessages()
  const fields = new GenericCells(
    {
      fileName: file.name,
      header: table.header,
      dialect: table.dialect,
      timeZone: options.timeZone,
      decimalSeparator: generic.decimalSeparator(table.dialect, options.mapping),
      currency: options.currency,
      mapping: options.mapping,
      companionOrders: null,
      sink: messages,
    },
    options.mapping,
  )
  const mapped = GENERIC_FIELDS.filter((field) => hasColumn(fields.columns[field])).sort((a, b) => fields.columns[a].index - fields.columns[b].index)
  const rows = ordersOf(fields, messages, table.dataRows.slice(0, SAMPLE_ROW_COUNT)).map((at) => ({
    line: at.row.line,
    cells: mapped.map((field): SampleCell => {
      const reading = readCell(fields, messages, at, field)
      return {
        field,
        column: fields.columns[field].name,
        raw: fields.raw(at.row, field),
        shown: reading.problem === null ? reading.value : null,
        problem: reading.problem,
        warning: reading.warning,
      }
    }),
  }))
  return { gaps: fields.gaps(), rows }
}
