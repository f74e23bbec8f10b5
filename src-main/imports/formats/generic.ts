import type { CsvRow } from '../csv-rows'
import { rejectImport } from '../import-problems'
import type { ImportedOrderLine } from '../import-record'
import { CellReader } from './cell-reader'
import { findColumn, hasColumn, type Column } from './columns'
import { groupedRowsReader } from './consecutive-groups'
import type { ExportFormat, FormatContext, FormatReader } from './format'
import { GENERIC_FIELDS, type GenericField, type GenericMapping } from './generic-mapping'
import { customerIdentity, customerIfKnown, order, UNKNOWN_STATUS, type OrderStatus } from './order-parts'

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

function rejectMapping(context: FormatContext, column: string | null, message: string): never {
  return rejectImport({ file: context.fileName, line: null, column, value: null, message })
}

/** The mapped columns, checked against the header before any row is read. */
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
  if (!hasColumn(columns.orderId) && !hasColumn(columns.orderNumber)) rejectMapping(context, null, 'Choose the column that holds the order id or order number.')
  if (!hasColumn(columns.placedAt)) rejectMapping(context, null, 'Choose the column that holds the order date.')
  if (!hasColumn(columns.total) && !hasColumn(columns.unitPrice)) rejectMapping(context, null, 'Choose the column that holds the order total or the item price.')
  if (!hasColumn(columns.currency) && context.currency === null) rejectMapping(context, null, 'Choose the column that holds the currency, or the currency of the whole file.')
  return columns
}

function createReader(context: FormatContext): FormatReader {
  const mapping = context.mapping
  if (mapping === null) return rejectMapping(context, null, 'This file is in no format this app knows. Map its columns to order fields first.')
  const dateSpec = mapping.dateFormat
  const source = mapping.source ?? 'other'
  const cells = new CellReader(context)
  const c = mappedColumns(context, mapping)
  const { sink } = context
  const key = (row: CsvRow) => cells.required(row, hasColumn(c.orderId) ? c.orderId : c.orderNumber, FIELD_LABELS.orderId)

  const line = (row: CsvRow, currency: string): ImportedOrderLine | null => {
    const title = cells.text(row, c.title) ?? cells.text(row, c.sku)
    if (title === null) return null
    return {
      sku: cells.text(row, c.sku),
      title,
      variant: null,
      vendor: null,
      quantity: hasColumn(c.quantity) ? (cells.quantity(row, c.quantity, true) ?? 0) : 1,
      unitPriceMinor: cells.money(row, c.unitPrice, currency),
      lineDiscountMinor: 0,
      refundedQuantity: 0,
    }
  }

  const onOrder = (rows: readonly CsvRow[]) => {
    const first = rows[0]
    const externalId = first === undefined ? null : key(first)
    if (first === undefined || externalId === null) return
    const currency = cells.currency(first, c.currency) ?? context.currency
    if (currency === null) {
      cells.report(first, c.currency, 'The currency is empty. Fill it in, or choose the currency of the whole file.')
      return
    }
    const lines = rows.flatMap((row) => line(row, currency) ?? [])
    const totalRow = rows.find((row) => cells.raw(row, c.total).trim() !== '')
    const totalMinor = totalRow === undefined ? lines.reduce((sum, item) => sum + item.unitPriceMinor * item.quantity, 0) : cells.money(totalRow, c.total, currency)
    const email = cells.email(first, c.email)
    const firstName = cells.text(first, c.firstName)
    const lastName = cells.text(first, c.lastName)
    const status = hasColumn(c.status) ? cells.status(first, c.status, STATUSES, UNKNOWN_STATUS) : UNKNOWN_STATUS
    const at = { file: context.fileName, line: first.line }
    sink.emit({
      kind: 'order',
      order: order({
        source,
        externalId,
        orderNumber: cells.identifier(first, c.orderNumber) ?? externalId,
        placedAt: cells.date(first, c.placedAt, dateSpec, true) ?? '',
        currency,
        at,
        customer: customerIfKnown(customerIdentity(source, email, null), { firstName, lastName, at }),
        buyerEmail: email,
        buyerName: [firstName, lastName].filter((part) => part !== null).join(' ') || null,
        financialStatus: status.financial,
        fulfillmentStatus: status.fulfillment,
        subtotalMinor: lines.reduce((sum, item) => sum + item.unitPriceMinor * item.quantity, 0),
        totalMinor,
        lines,
      }),
    })
  }

  return groupedRowsReader(key, onOrder)
}

export const generic: ExportFormat = {
  id: 'generic',
  source: 'other',
  label: 'Other CSV (columns mapped by hand)',
  signatures: [],
  knownColumns: 'all',
  // The mapping says which columns are needed; createReader checks them against the header.
  requiredColumns: [],
  decimalSeparator: (_dialect, mapping) => mapping?.decimalSeparator ?? '.',
  createReader,
}
