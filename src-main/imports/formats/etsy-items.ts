import type { CsvRow } from '../csv-rows'
import type { ImportedOrderLine } from '../import-record'
import { CellReader } from './cell-reader'
import { findColumns, type Column } from './columns'
import type { ExportFormat, FormatContext, FormatReader } from './format'
import { address, order } from './order-parts'

/** EtsySoldOrderItems<YEAR>.csv, 33 columns, unchanged 2020–2023 (REAL). */
export const ETSY_ITEMS_HEADER = [
  'Sale Date', 'Item Name', 'Buyer', 'Quantity', 'Price', 'Coupon Code', 'Coupon Details', 'Discount Amount',
  'Shipping Discount', 'Order Shipping', 'Order Sales Tax', 'Item Total', 'Currency', 'Transaction ID', 'Listing ID',
  'Date Paid', 'Date Shipped', 'Ship Name', 'Ship Address1', 'Ship Address2', 'Ship City', 'Ship State', 'Ship Zipcode',
  'Ship Country', 'Order ID', 'Variations', 'Order Type', 'Listings Type', 'Payment Type', 'InPerson Discount',
  'InPerson Location', 'VAT Paid by Buyer', 'SKU',
] as const

const COLUMNS = {
  saleDate: ['Sale Date'],
  itemName: ['Item Name'],
  quantity: ['Quantity'],
  price: ['Price'],
  discount: ['Discount Amount'],
  shippingDiscount: ['Shipping Discount'],
  shipping: ['Order Shipping'],
  tax: ['Order Sales Tax'],
  itemTotal: ['Item Total'],
  currency: ['Currency'],
  datePaid: ['Date Paid'],
  dateShipped: ['Date Shipped'],
  shipName: ['Ship Name'],
  shipAddress1: ['Ship Address1'],
  shipAddress2: ['Ship Address2'],
  shipCity: ['Ship City'],
  shipState: ['Ship State'],
  shipZip: ['Ship Zipcode'],
  shipCountry: ['Ship Country'],
  orderId: ['Order ID'],
  variations: ['Variations'],
  sku: ['SKU'],
} as const

function createReader(context: FormatContext): FormatReader {
  const cells = new CellReader(context)
  const c = findColumns(context.header, COLUMNS)
  // Etsy does not promise that an order's items are adjacent. The yearly files
  // hold thousands of rows, not millions, so grouping in memory is fine.
  const rowsByOrder = new Map<string, CsvRow[]>()

  const line = (row: CsvRow, currency: string): ImportedOrderLine => ({
    sku: cells.text(row, c.sku),
    title: cells.text(row, c.itemName) ?? 'Item',
    variant: cells.text(row, c.variations),
    vendor: null,
    quantity: cells.quantity(row, c.quantity, true) ?? 0,
    unitPriceMinor: cells.money(row, c.price, currency),
    lineDiscountMinor: 0,
    refundedQuantity: 0,
  })

  /** Order-level amounts sit on the first item row as `0.00` and on the others as `0`: take the largest, never the sum. */
  const largest = (rows: readonly CsvRow[], column: Column, currency: string) =>
    Math.max(0, ...rows.map((row) => Math.abs(cells.money(row, column, currency))))

  const emitOrder = (orderId: string, rows: readonly CsvRow[]) => {
    const first = rows[0]
    if (first === undefined) return
    const currency = cells.currency(first, c.currency)
    if (currency === null) {
      cells.report(first, c.currency, 'The currency is empty. Export the file again from Etsy.')
      return
    }
    const lines = rows.map((row) => line(row, currency))
    const subtotalMinor = rows.reduce((sum, row) => sum + cells.money(row, c.itemTotal, currency), 0)
    const discountMinor = largest(rows, c.discount, currency) + largest(rows, c.shippingDiscount, currency)
    const shippingMinor = largest(rows, c.shipping, currency)
    const taxMinor = largest(rows, c.tax, currency)
    const fulfilledAt = cells.date(first, c.dateShipped, 'mdy', false)
    context.sink.emit({
      kind: 'order',
      order: order({
        source: 'etsy',
        externalId: orderId,
        orderNumber: orderId,
        placedAt: cells.date(first, c.saleDate, 'mdy', true) ?? '',
        currency,
        at: { file: context.fileName, line: first.line },
        buyerName: cells.text(first, c.shipName),
        paidAt: cells.date(first, c.datePaid, 'mdy', false),
        fulfilledAt,
        financialStatus: 'paid',
        fulfillmentStatus: fulfilledAt === null ? 'unfulfilled' : 'fulfilled',
        subtotalMinor,
        discountMinor,
        shippingMinor,
        taxMinor,
        // Tax Etsy collects as marketplace facilitator is not in this file: the orders file has the real total.
        totalMinor: subtotalMinor - discountMinor + shippingMinor + taxMinor,
        shippingAddress: address({
          name: cells.text(first, c.shipName),
          line1: cells.text(first, c.shipAddress1),
          line2: cells.text(first, c.shipAddress2),
          city: cells.text(first, c.shipCity),
          region: cells.text(first, c.shipState),
          postalCode: cells.identifier(first, c.shipZip),
          country: cells.text(first, c.shipCountry),
        }),
        lines,
      }),
    })
  }

  return {
    row(row: CsvRow) {
      const orderId = cells.required(row, c.orderId, 'order id')
      if (orderId === null) return
      const rows = rowsByOrder.get(orderId)
      if (rows === undefined) rowsByOrder.set(orderId, [row])
      else rows.push(row)
    },
    end() {
      for (const [orderId, rows] of rowsByOrder) emitOrder(orderId, rows)
      rowsByOrder.clear()
    },
  }
}

export const etsyItems: ExportFormat = {
  id: 'etsy-items',
  source: 'etsy',
  label: 'Etsy sold order items (EtsySoldOrderItems)',
  signatures: [['Sale Date', 'Item Name', 'Buyer', 'Transaction ID', 'Listing ID', 'Order ID', 'Item Total']],
  knownColumns: ETSY_ITEMS_HEADER,
  requiredColumns: [['Order ID'], ['Sale Date'], ['Item Name'], ['Quantity'], ['Price'], ['Currency']],
  decimalSeparator: () => '.',
  fileNotice: () =>
    'EtsySoldOrderItems has no buyer id, so on its own these orders are imported without a customer, and without the tax Etsy collects. Import EtsySoldOrders with it as the companion file to get both.',
  createReader,
}
