import type { CsvRow } from '../csv-rows'
import { rejectImport } from '../import-problems'
import type { ImportedOrderLine } from '../import-record'
import { CellReader } from './cell-reader'
import { findColumn, hasColumn, type Column } from './columns'
import type { FormatContext } from './format'
import { GENERIC_FIELDS, type GenericField, type GenericMapping } from './generic-mapping'
import { UNKNOWN_STATUS, type OrderStatus } from './order-parts'

/** Status words common across shop software, for files of no known format. */
const STATUSES: Readonly<Record<string, OrderStatus>> = {
  '': UNKNOWN_STATUS,
  pending: { financial: 'pending', fulfillment: 'unfulfilled' },
  pending_payment: { financial: 'pending', fulfillment: 'unfulfilled' },
  on_hold: { financial: 'pending', fulfillment: 'unfulfilled' },
  authorized: { financial: 'authorized', fulfillment: 'unfulfilled' },
  processing: { financial: 'paid', fulfillment: 'unfulfilled' },
  paid: { financial: 'paid', fulfillment: 'unknown' },
  unfulfilled: { financial: 'paid', fulfillment: 'unfulfilled' },
  shipped: { financial: 'paid', fulfillment: 'fulfilled' },
  fulfilled: { financial: 'paid', fulfillment: 'fulfilled' },
  completed: { financial: 'paid', fulfillment: 'fulfilled' },
  complete: { financial: 'paid', fulfillment: 'fulfilled' },
  delivered: { financial: 'paid', fulfillment: 'delivered' },
  refunded: { financial: 'refunded', fulfillment: 'unknown' },
  partially_refunded: { financial: 'partially_refunded', fulfillment: 'unknown' },
  cancelled: { financial: 'voided', fulfillment: 'unfulfilled' },
  canceled: { financial: 'voided', fulfillment: 'unfulfilled' },
  voided: { financial: 'voided', fulfillment: 'unfulfilled' },
  failed: { financial: 'voided', fulfillment: 'unfulfilled' },
}

const FIELD_LABELS: Record<GenericField, string> = {
  orderId: 'order id',
  orderNumber: 'order number',
  placedAt: 'order date',
  email: 'email',
  firstName: 'first name',
  lastName: 'last name',
  currency: 'currency',
  total: 'order total',
  sku: 'SKU',
  title: 'item name',
  quantity: 'quantity',
  unitPrice: 'unit price',
  status: 'status',
}

export const CURRENCY_GAP = 'Choose the column that holds the currency, or the currency of the whole file.'

export function rejectMapping(context: FormatContext, column: string | null, message: string): never {
  return rejectImport({ file: context.fileName, line: null, column, value: null, message })
}

/** The mapped columns, found in the header; a column the file does not have rejects the mapping. */
function mappedColumns(context: FormatContext, mapping: GenericMapping): Record<GenericField, Column> {
  const columns = {} as Record<GenericField, Column>
  for (const field of GENERIC_FIELDS) {
    const name = mapping.columns[field]
    const column = findColumn(context.header, name ?? '')
    if (name !== undefined && !hasColumn(column)) {
      rejectMapping(context, name, `The ${FIELD_LABELS[field]} is mapped to a column “${name}” that this file does not have. Choose the column again.`)
    }
    columns[field] = column
  }
  return columns
}

/**
 * The cells of a file whose columns the user mapped, read field by field.
 * The generic reader builds its orders from these readings and the mapping
 * screen's sample (mapped-sample.ts) shows them, so what the user sees
 * beside a column is what the import makes of it, problems included.
 */
export class GenericCells {
  readonly columns: Readonly<Record<GenericField, Column>>
  /** Which field identifies an order: its id, else its number. */
  readonly keyField: 'orderId' | 'orderNumber'
  private readonly cells: CellReader

  constructor(
    private readonly context: FormatContext,
    private readonly mapping: GenericMapping,
  ) {
    this.cells = new CellReader(context)
    this.columns = mappedColumns(context, mapping)
    this.keyField = hasColumn(this.columns.orderId) ? 'orderId' : 'orderNumber'
  }

  /** What the mapping lacks before a row can become an order, in the words the import rejects it with. */
  gaps(): string[] {
    const c = this.columns
    const gaps: string[] = []
    if (!hasColumn(c.orderId) && !hasColumn(c.orderNumber)) gaps.push('Choose the column that holds the order id or order number.')
    if (!hasColumn(c.placedAt)) gaps.push('Choose the column that holds the order date.')
    if (!hasColumn(c.total) && !hasColumn(c.unitPrice)) gaps.push('Choose the column that holds the order total or the item price.')
    if (!hasColumn(c.currency) && this.context.currency === null) gaps.push(CURRENCY_GAP)
    return gaps
  }

  /** The cell as the file writes it. */
  raw(row: CsvRow, field: GenericField): string {
    return this.cells.raw(row, this.columns[field])
  }

  /** The order a row belongs to; every row needs one. */
  key(row: CsvRow): string | null {
    return this.cells.required(row, this.columns[this.keyField], FIELD_LABELS.orderId)
  }

  orderNumber(row: CsvRow): string | null {
    return this.cells.identifier(row, this.columns.orderNumber)
  }

  placedAt(row: CsvRow): string | null {
    return this.cells.date(row, this.columns.placedAt, this.mapping.dateFormat, true)
  }

  email(row: CsvRow): string | null {
    return this.cells.email(row, this.columns.email)
  }

  firstName(row: CsvRow): string | null {
    return this.cells.text(row, this.columns.firstName)
  }

  lastName(row: CsvRow): string | null {
    return this.cells.text(row, this.columns.lastName)
  }

  /** The row's own currency, else the one chosen for the whole file; a problem when neither says. */
  currency(row: CsvRow): string | null {
    const currency = this.cells.currency(row, this.columns.currency) ?? this.context.currency
    if (currency === null) this.cells.report(row, this.columns.currency, 'The currency is empty. Fill it in, or choose the currency of the whole file.')
    return currency
  }

  /** Whether the row writes the order's total (later rows of an order usually leave it empty). */
  hasTotal(row: CsvRow): boolean {
    return this.cells.raw(row, this.columns.total).trim() !== ''
  }

  /** The order's total, from the first of its rows that writes one (hasTotal). */
  total(row: CsvRow, currency: string): number {
    return this.cells.money(row, this.columns.total, currency)
  }

  sku(row: CsvRow): string | null {
    return this.cells.text(row, this.columns.sku)
  }

  title(row: CsvRow): string | null {
    return this.cells.text(row, this.columns.title)
  }

  /** What the row's item is called: its name, else its SKU; null on a row without an item. */
  itemName(row: CsvRow): string | null {
    return this.title(row) ?? this.sku(row)
  }

  /** One of each when the file has no quantity column. */
  quantity(row: CsvRow): number {
    return hasColumn(this.columns.quantity) ? (this.cells.quantity(row, this.columns.quantity, true) ?? 0) : 1
  }

  unitPrice(row: CsvRow, currency: string): number {
    return this.cells.money(row, this.columns.unitPrice, currency)
  }

  status(row: CsvRow): OrderStatus {
    return hasColumn(this.columns.status) ? this.cells.status(row, this.columns.status, STATUSES, UNKNOWN_STATUS) : UNKNOWN_STATUS
  }

  /** The row's item as an order line; null on a row without one. */
  line(row: CsvRow, currency: string): ImportedOrderLine | null {
    const title = this.itemName(row)
    if (title === null) return null
    return {
      sku: this.sku(row),
      title,
      variant: null,
      vendor: null,
      quantity: this.quantity(row),
      unitPriceMinor: this.unitPrice(row, currency),
      lineDiscountMinor: 0,
      refundedQuantity: 0,
    }
  }
}
