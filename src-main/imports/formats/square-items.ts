import type { CsvRow } from '../csv-rows'
import type { ImportedOrderLine } from '../import-record'
import { parseDateAndTime } from '../parse-date'
import { ianaZoneFor } from '../time-zones'
import { CellReader } from './cell-reader'
import { findColumns, type Column } from './columns'
import { ConsecutiveGroups } from './consecutive-groups'
import type { ExportFormat, FormatContext, FormatReader } from './format'
import { customerIdentity, customerIfKnown, order, unitPrice } from './order-parts'

/** Reports › Items › Export "Items detail", July 2026 (35 columns, REAL); May 2026 lacks Commission and Employee. */
export const SQUARE_ITEMS_HEADER = [
  'Date', 'Time', 'Time Zone', 'Category', 'Item', 'Qty', 'Price Point Name', 'SKU', 'Modifiers Applied', 'Gross Sales',
  'Discounts', 'Net Sales', 'Tax', 'Transaction ID', 'Payment ID', 'Device Name', 'Notes', 'Details', 'Event Type',
  'Location', 'Dining Option', 'Customer ID', 'Customer Name', 'Customer Reference ID', 'Unit', 'Count', 'GTIN',
  'Itemization Type', 'Commission', 'Employee', 'Fulfillment Note', 'Channel', 'Token', 'Card Brand', 'PAN Suffix',
] as const

const COLUMNS = {
  date: ['Date'],
  time: ['Time'],
  zone: ['Time Zone'],
  item: ['Item'],
  quantity: ['Qty'],
  pricePoint: ['Price Point Name'],
  sku: ['SKU'],
  gross: ['Gross Sales'],
  discounts: ['Discounts'],
  net: ['Net Sales'],
  tax: ['Tax'],
  transactionId: ['Transaction ID'],
  notes: ['Notes'],
  eventType: ['Event Type'],
  customerId: ['Customer ID'],
  customerName: ['Customer Name'],
} as const

function createReader(context: FormatContext): FormatReader {
  const cells = new CellReader(context)
  const c = findColumns(context.header, COLUMNS)
  const { sink } = context

  /** Square writes a date, a time and a Rails zone name (`Eastern Time (US & Canada)`), never an offset. */
  const instant = (row: CsvRow): string | null => {
    const zoneName = cells.text(row, c.zone) ?? ''
    const zone = ianaZoneFor(zoneName)
    if (zone === null) {
      cells.report(row, c.zone, `“${zoneName}” is not a time zone this app knows. Export the report again, or tell us which zone it is.`)
      return null
    }
    const at = parseDateAndTime(cells.raw(row, c.date), cells.raw(row, c.time), zone)
    if (at === null) cells.report(row, c.date, `“${cells.raw(row, c.date)} ${cells.raw(row, c.time)}” is not a date and time like “2026-05-04 08:15:00”. Export the report again from Square.`)
    return at
  }

  /** `$8.00` names no currency; the user's choice (or US dollars, with a warning) applies. */
  const amount = (row: CsvRow, column: Column) => cells.pricedMoney(row, column, null)
  const sum = (rows: readonly CsvRow[], column: Column) => rows.reduce((total, row) => total + (amount(row, column)?.minor ?? 0), 0)
  const currencyOf = (rows: readonly CsvRow[]) => rows.map((row) => amount(row, c.gross)?.currency).find((code) => code !== undefined) ?? context.currency

  const onPayment = (transactionId: string, rows: readonly CsvRow[]) => {
    const first = rows[0]
    const placedAt = first === undefined ? null : instant(first)
    const currency = currencyOf(rows)
    if (first === undefined || placedAt === null || currency === null) return
    const lines = rows.map((row): ImportedOrderLine => {
      const quantity = cells.quantity(row, c.quantity, true) ?? 0
      return {
        sku: cells.text(row, c.sku),
        title: cells.text(row, c.item) ?? 'Item',
        variant: cells.text(row, c.pricePoint),
        vendor: null,
        quantity,
        unitPriceMinor: unitPrice(amount(row, c.gross)?.minor ?? 0, quantity),
        lineDiscountMinor: Math.abs(amount(row, c.discounts)?.minor ?? 0),
        refundedQuantity: 0,
      }
    })
    const customerName = cells.text(first, c.customerName)
    const at = { file: context.fileName, line: first.line }
    sink.emit({
      kind: 'order',
      order: order({
        source: 'square',
        externalId: transactionId,
        orderNumber: transactionId,
        placedAt,
        currency,
        at,
        customer: customerIfKnown(customerIdentity('square', null, cells.text(first, c.customerId)), { fullName: customerName, at }),
        buyerName: customerName,
        paidAt: placedAt,
        // A point-of-sale item changes hands at the till.
        fulfilledAt: placedAt,
        financialStatus: 'paid',
        fulfillmentStatus: 'fulfilled',
        subtotalMinor: sum(rows, c.gross),
        discountMinor: Math.abs(sum(rows, c.discounts)),
        taxMinor: sum(rows, c.tax),
        totalMinor: sum(rows, c.net) + sum(rows, c.tax),
        note: cells.text(first, c.notes) ?? '',
        lines,
      }),
    })
  }

  /** Refund rows repeat the original Transaction ID with negative amounts. */
  const onRefund = (transactionId: string, rows: readonly CsvRow[]) => {
    const first = rows[0]
    const refundedAt = first === undefined ? null : instant(first)
    const currency = currencyOf(rows)
    if (first === undefined || refundedAt === null || currency === null) return
    sink.emit({
      kind: 'refund',
      refund: {
        source: 'square',
        orderExternalId: transactionId,
        currency,
        amountMinor: Math.abs(sum(rows, c.net) + sum(rows, c.tax)),
        refundedAt,
        lines: rows.map((row) => ({ sku: cells.text(row, c.sku), title: cells.text(row, c.item), quantity: Math.abs(cells.quantity(row, c.quantity) ?? 0) })),
        at: { file: context.fileName, line: first.line },
      },
    })
  }

  const eventTypeOf = (row: CsvRow) => (cells.text(row, c.eventType) ?? 'payment').toLowerCase()

  const groups = new ConsecutiveGroups((_key, rows) => {
    const first = rows[0]
    const transactionId = first === undefined ? null : cells.identifier(first, c.transactionId)
    if (first === undefined || transactionId === null) return
    if (eventTypeOf(first) === 'refund') onRefund(transactionId, rows)
    else onPayment(transactionId, rows)
  })

  return {
    row(row: CsvRow) {
      const eventType = eventTypeOf(row)
      if (eventType !== 'payment' && eventType !== 'refund') {
        sink.warn({ key: `square:event:${eventType}`, line: row.line, column: c.eventType.name, message: `Rows with the event type “${eventType}” were skipped.` })
        return
      }
      const transactionId = cells.required(row, c.transactionId, 'transaction id')
      // A payment and its refund share the Transaction ID: the event type keeps them apart.
      if (transactionId !== null) groups.add(`${eventType} ${transactionId}`, row)
    },
    end() {
      groups.end()
    },
  }
}

export const squareItems: ExportFormat = {
  id: 'square-items',
  source: 'square',
  label: 'Square item sales (Items detail)',
  signatures: [['Date', 'Time', 'Time Zone', 'Item', 'Qty', 'Gross Sales', 'Transaction ID', 'Event Type']],
  knownColumns: SQUARE_ITEMS_HEADER,
  requiredColumns: [['Date'], ['Time'], ['Time Zone'], ['Qty'], ['Gross Sales'], ['Net Sales'], ['Transaction ID']],
  takesCurrency: true,
  decimalSeparator: () => '.',
  createReader,
}
