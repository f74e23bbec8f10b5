import type { CsvRow } from '../csv-rows'
import type { ImportedOrderLine } from '../import-record'
import { CellReader } from './cell-reader'
import { findColumns, type Column } from './columns'
import { groupedRowsReader } from './consecutive-groups'
import type { ExportFormat, FormatContext, FormatReader } from './format'
import { address, customerIdentity, customerIfKnown, order } from './order-parts'

/** Seller Hub › Reports › Downloads › Orders, US site (README of a public parser; the set changes often). */
export const EBAY_ORDERS_HEADER = [
  'Sales Record Number', 'Order Number', 'Buyer Username', 'Buyer Name', 'Buyer Email', 'Buyer Note', 'Buyer Address 1',
  'Buyer Address 2', 'Buyer City', 'Buyer State', 'Buyer Zip', 'Buyer Country', 'Buyer Tax Identifier Name',
  'Buyer Tax Identifier Value', 'Ship To Name', 'Ship To Phone', 'Ship To Address 1', 'Ship To Address 2', 'Ship To City',
  'Ship To State', 'Ship To Zip', 'Ship To Country', 'Item Number', 'Item Title', 'Custom Label',
  'Sold Via Promoted Listings', 'Quantity', 'Sold For', 'Shipping And Handling', 'Item Location', 'Item Zip Code',
  'Item Country', 'eBay Collect And Remit Tax Rate', 'eBay Collect And Remit Tax Type', 'eBay Reference Name',
  'eBay Reference Value', 'Tax Status', 'Seller Collected Tax', 'eBay Collected Tax', 'Electronic Waste Recycling Fee',
  'Mattress Recycling Fee', 'Battery Recycling Fee', 'White Goods Disposal Tax', 'Tire Recycling Fee', 'Additional Fee',
  'Lumber Fee', 'Prepaid Wireless Fee', 'Road Improvement And Food Delivery Fee', 'eBay Collected Charges', 'Total Price',
  'eBay Collected Tax and Fees Included in Total', 'Payment Method', 'Sale Date', 'Paid On Date', 'Ship By Date',
  'Minimum Estimated Delivery Date', 'Maximum Estimated Delivery Date', 'Shipped On Date', 'Feedback Left',
  'Feedback Received', 'My Item Note', 'PayPal Transaction ID', 'Shipping Service', 'Tracking Number', 'Transaction ID',
  'Variation Details', 'Global Shipping Program', 'Global Shipping Reference ID', 'Click And Collect',
  'Click And Collect Reference Number', 'eBay Plus', 'Authenticity Verification Program',
  'Authenticity Verification Status', 'Authenticity Verification Outcome Reason', 'PSA Vault Program',
  'Vault Fulfillment Type', 'eBay Fulfillment Program', 'Tax City', 'Tax State', 'Tax Zip', 'Tax Country',
  'eBay International Shipping',
] as const

/** Seen in a fixture based on a 2026 report (FIXTURE). */
const NEWER_COLUMNS = ['Commitment Date', 'eBay Vault Program', 'eBay Collected Tax Included in Total'] as const

/** UK and AU sites say "Postage" and "Post To" (FIXTURE from several parsers; exact capitalisation UNVERIFIED). */
const UK_AU_COLUMNS = [
  'Postage And Handling', 'Post To Name', 'Post To Phone', 'Post To Address 1', 'Post To Address 2', 'Post To City',
  'Post To State', 'Post To County', 'Post to county', 'Post To Postcode', 'Post to postcode', 'Post To Country',
  'Buyer Postcode', 'Buyer County',
] as const

/** The older Selling Manager "SalesHistory.csv" (REAL, anonymised). */
export const EBAY_SALES_HISTORY_HEADER = [
  'Sales Record Number', 'User Id', 'Buyer Fullname', 'Buyer Phone Number', 'Buyer Email', 'Buyer Address 1',
  'Buyer Address 2', 'Buyer City', 'Buyer State', 'Buyer Zip', 'Buyer Country', 'Item Number', 'Item Title',
  'Custom Label', 'Quantity', 'Sale Price', 'Shipping and Handling', 'US Tax', 'Insurance', 'Cash on delivery fee',
  'Total Price', 'Payment Method', 'Sale Date', 'Checkout Date', 'Paid on Date', 'Shipped on Date', 'Feedback left',
  'Feedback received', 'Notes to yourself', 'Unique Product Id', 'Private Field', 'ProductIDType', 'ProductIDValue',
  'ProductIDValue-2', 'PayPal Transaction ID', 'Shipping Service', 'Cash on delivery option', 'Transaction ID', 'Order ID',
  'Variation Details',
] as const

const COLUMNS = {
  salesRecord: ['Sales Record Number'],
  orderNumber: ['Order Number', 'Order ID'],
  username: ['Buyer Username', 'User Id'],
  buyerName: ['Buyer Name', 'Buyer Fullname'],
  email: ['Buyer Email'],
  note: ['Buyer Note'],
  buyerAddress1: ['Buyer Address 1'],
  buyerAddress2: ['Buyer Address 2'],
  buyerCity: ['Buyer City'],
  buyerState: ['Buyer State', 'Buyer County'],
  buyerZip: ['Buyer Zip', 'Buyer Postcode'],
  buyerCountry: ['Buyer Country'],
  buyerPhone: ['Buyer Phone Number'],
  shipName: ['Ship To Name', 'Post To Name'],
  shipPhone: ['Ship To Phone', 'Post To Phone'],
  shipAddress1: ['Ship To Address 1', 'Post To Address 1'],
  shipAddress2: ['Ship To Address 2', 'Post To Address 2'],
  shipCity: ['Ship To City', 'Post To City'],
  shipState: ['Ship To State', 'Post To State', 'Post To County', 'Post to county'],
  shipZip: ['Ship To Zip', 'Post To Postcode', 'Post to postcode'],
  shipCountry: ['Ship To Country', 'Post To Country'],
  itemNumber: ['Item Number'],
  itemTitle: ['Item Title'],
  customLabel: ['Custom Label'],
  quantity: ['Quantity'],
  soldFor: ['Sold For', 'Sale Price'],
  shipping: ['Shipping And Handling', 'Postage And Handling', 'Shipping and Handling'],
  sellerTax: ['Seller Collected Tax', 'US Tax'],
  ebayTax: ['eBay Collected Tax'],
  total: ['Total Price'],
  saleDate: ['Sale Date'],
  paidOn: ['Paid On Date', 'Paid on Date'],
  shippedOn: ['Shipped On Date', 'Shipped on Date'],
  shippingService: ['Shipping Service'],
  tracking: ['Tracking Number'],
  variation: ['Variation Details'],
} as const

function createReader(context: FormatContext): FormatReader {
  const cells = new CellReader(context)
  const c = findColumns(context.header, COLUMNS)
  const { sink } = context

  /** eBay writes `$` for US dollars only; other dollars carry a prefix (`AU $`, `C $`). */
  const amount = (row: CsvRow, column: Column) => cells.pricedMoney(row, column, 'USD')

  /** A combined order starts with a summary row: order totals, no item. */
  const isSummaryRow = (row: CsvRow) => cells.text(row, c.itemNumber) === null && cells.text(row, c.itemTitle) === null

  const itemLine = (row: CsvRow): ImportedOrderLine => ({
    sku: cells.text(row, c.customLabel),
    title: cells.text(row, c.itemTitle) ?? cells.text(row, c.itemNumber) ?? 'Item',
    variant: cells.text(row, c.variation),
    vendor: null,
    quantity: cells.quantity(row, c.quantity, true) ?? 0,
    // "Sold For" is read as the price of one unit (UNVERIFIED on a multi-quantity line).
    unitPriceMinor: amount(row, c.soldFor)?.minor ?? 0,
    lineDiscountMinor: 0,
    refundedQuantity: 0,
  })

  const onOrder = (rows: readonly CsvRow[]) => {
    const first = rows[0]
    if (first === undefined) return
    const hasSummary = rows.length > 1 && isSummaryRow(first)
    const itemRows = hasSummary ? rows.slice(1) : rows
    // Totals come from the summary row of a combined order; otherwise each row is an order line with its own totals.
    const totalRows = hasSummary ? [first] : rows
    const sumOf = (column: Column) => totalRows.reduce((sum, row) => sum + (amount(row, column)?.minor ?? 0), 0)
    const total = amount(first, c.total)
    const currency = total?.currency ?? context.currency
    if (currency === null) {
      cells.report(first, c.total, 'The total is empty, so the order currency is unknown. Export the report again from eBay.')
      return
    }
    const externalId = cells.identifier(first, c.orderNumber) ?? cells.identifier(first, c.salesRecord) ?? ''
    const username = cells.text(first, c.username)
    const email = cells.email(first, c.email)
    const buyerName = cells.text(first, c.buyerName)
    const lines = itemRows.map(itemLine)
    const paidAt = cells.date(first, c.paidOn, 'ebay', false)
    const fulfilledAt = cells.date(first, c.shippedOn, 'ebay', false)
    const shipPhone = cells.identifier(first, c.shipPhone) ?? cells.identifier(first, c.buyerPhone)
    const at = { file: context.fileName, line: first.line }
    const hasShipTo = cells.text(first, c.shipAddress1) !== null || cells.text(first, c.shipCity) !== null
    sink.emit({
      kind: 'order',
      order: order({
        source: 'ebay',
        externalId,
        orderNumber: externalId,
        placedAt: cells.date(first, c.saleDate, 'ebay', true) ?? '',
        currency,
        at,
        customer: customerIfKnown(customerIdentity('ebay', email, username), { fullName: buyerName, phone: shipPhone, at }),
        buyerEmail: email,
        buyerName,
        paidAt,
        fulfilledAt,
        // The Orders report has no status columns (cancelled orders are left out): dates tell.
        financialStatus: paidAt === null ? 'pending' : 'paid',
        fulfillmentStatus: fulfilledAt === null ? 'unfulfilled' : 'fulfilled',
        subtotalMinor: lines.reduce((sum, line) => sum + line.unitPriceMinor * line.quantity, 0),
        shippingMinor: sumOf(c.shipping),
        taxMinor: sumOf(c.sellerTax) + sumOf(c.ebayTax),
        totalMinor: sumOf(c.total),
        shippingAddress: hasShipTo
          ? address({
              name: cells.text(first, c.shipName),
              line1: cells.text(first, c.shipAddress1),
              line2: cells.text(first, c.shipAddress2),
              city: cells.text(first, c.shipCity),
              region: cells.text(first, c.shipState),
              postalCode: cells.identifier(first, c.shipZip),
              country: cells.text(first, c.shipCountry),
              phone: shipPhone,
            })
          : address({
              name: buyerName,
              line1: cells.text(first, c.buyerAddress1),
              line2: cells.text(first, c.buyerAddress2),
              city: cells.text(first, c.buyerCity),
              region: cells.text(first, c.buyerState),
              postalCode: cells.identifier(first, c.buyerZip),
              country: cells.text(first, c.buyerCountry),
              phone: shipPhone,
            }),
        carrier: cells.text(first, c.shippingService),
        trackingNumber: cells.text(first, c.tracking),
        note: cells.text(first, c.note) ?? '',
        lines,
      }),
    })
  }

  return groupedRowsReader(
    (row) => cells.identifier(row, c.orderNumber) ?? cells.required(row, c.salesRecord, 'sales record number'),
    onOrder,
  )
}

export const ebayOrders: ExportFormat = {
  id: 'ebay-orders',
  source: 'ebay',
  label: 'eBay Seller Hub orders report',
  signatures: [
    ['Sales Record Number', 'Order Number', 'Buyer Username', 'Item Number', 'Sold For', 'Total Price', 'Sale Date'],
    ['Sales Record Number', 'User Id', 'Item Number', 'Sale Price', 'Total Price', 'Sale Date'],
  ],
  knownColumns: [...EBAY_ORDERS_HEADER, ...NEWER_COLUMNS, ...UK_AU_COLUMNS, ...EBAY_SALES_HISTORY_HEADER],
  requiredColumns: [['Order Number', 'Sales Record Number'], ['Sale Date'], ['Total Price'], ['Quantity']],
  takesCurrency: true,
  // Localised sites (FR, DE) write `;` between fields and a decimal comma (`116,99 €`).
  decimalSeparator: (dialect) => (dialect.delimiter === ';' ? ',' : '.'),
  createReader,
}
