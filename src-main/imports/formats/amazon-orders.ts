import type { CsvRow } from '../csv-rows'
import type { ImportedOrderLine } from '../import-record'
import { CellReader, statusKey } from './cell-reader'
import { findColumns, type Column } from './columns'
import { groupedRowsReader } from './consecutive-groups'
import type { ExportFormat, FormatContext, FormatReader } from './format'
import { address, order, unitPrice, UNKNOWN_STATUS, type OrderStatus } from './order-parts'

/** Reports › Fulfillment › All Orders, tab-separated, 32 columns (SRC + a real scrubbed row); older reports stop at 29. */
export const AMAZON_ORDERS_HEADER = [
  'amazon-order-id', 'merchant-order-id', 'purchase-date', 'last-updated-date', 'order-status', 'fulfillment-channel',
  'sales-channel', 'order-channel', 'url', 'ship-service-level', 'product-name', 'sku', 'asin', 'item-status', 'quantity',
  'currency', 'item-price', 'item-tax', 'shipping-price', 'shipping-tax', 'gift-wrap-price', 'gift-wrap-tax',
  'item-promotion-discount', 'ship-promotion-discount', 'ship-city', 'ship-state', 'ship-postal-code', 'ship-country',
  'promotion-ids', 'is-business-order', 'purchase-order-number', 'price-designation',
] as const

/** Columns newer reports may append (UNVERIFIED): known, so they are not reported as strange. */
const NEWER_COLUMNS = ['signature-confirmation-recommended', 'is-iba'] as const

const STATUSES: Readonly<Record<string, OrderStatus>> = {
  pending: { financial: 'pending', fulfillment: 'unfulfilled' },
  pending_availability: { financial: 'pending', fulfillment: 'unfulfilled' },
  pending_waiting_for_pick_up: { financial: 'pending', fulfillment: 'unfulfilled' },
  unshipped: { financial: 'paid', fulfillment: 'unfulfilled' },
  partiallyshipped: { financial: 'paid', fulfillment: 'partially_fulfilled' },
  shipping: { financial: 'paid', fulfillment: 'partially_fulfilled' },
  shipped: { financial: 'paid', fulfillment: 'fulfilled' },
  shipped_delivered_to_buyer: { financial: 'paid', fulfillment: 'delivered' },
  cancelled: { financial: 'voided', fulfillment: 'unfulfilled' },
  canceled: { financial: 'voided', fulfillment: 'unfulfilled' },
}

const COLUMNS = {
  orderId: ['amazon-order-id'],
  purchaseDate: ['purchase-date'],
  lastUpdated: ['last-updated-date'],
  orderStatus: ['order-status'],
  productName: ['product-name'],
  sku: ['sku'],
  itemStatus: ['item-status'],
  quantity: ['quantity'],
  currency: ['currency'],
  itemPrice: ['item-price'],
  itemTax: ['item-tax'],
  shippingPrice: ['shipping-price'],
  shippingTax: ['shipping-tax'],
  giftWrapPrice: ['gift-wrap-price'],
  giftWrapTax: ['gift-wrap-tax'],
  itemPromotion: ['item-promotion-discount'],
  shipPromotion: ['ship-promotion-discount'],
  city: ['ship-city'],
  state: ['ship-state'],
  postalCode: ['ship-postal-code'],
  country: ['ship-country'],
} as const

function createReader(context: FormatContext): FormatReader {
  const cells = new CellReader(context)
  const c = findColumns(context.header, COLUMNS)
  const { sink } = context

  const onOrder = (rows: readonly CsvRow[]) => {
    const first = rows[0]
    if (first === undefined) return
    const orderId = cells.text(first, c.orderId) ?? ''
    // Pending orders have no price yet, often not even a currency.
    const currency = rows.map((row) => cells.currency(row, c.currency)).find((code) => code !== null) ?? null
    if (currency === null) {
      sink.warn({ key: 'amazon:unpriced', line: first.line, column: c.currency.name, message: 'Orders without a price yet (pending) were skipped; import a later report once they are priced.' })
      return
    }
    const sum = (column: Column) => rows.reduce((total, row) => total + cells.money(row, column, currency), 0)
    // Promotion discounts are positive in some report versions and negative in others.
    const discount = rows.reduce((total, row) => total + Math.abs(cells.money(row, c.itemPromotion, currency)) + Math.abs(cells.money(row, c.shipPromotion, currency)), 0)
    const subtotal = sum(c.itemPrice)
    const shipping = sum(c.shippingPrice) + sum(c.giftWrapPrice)
    const tax = sum(c.itemTax) + sum(c.shippingTax) + sum(c.giftWrapTax)
    const status = cells.status(first, c.orderStatus, STATUSES, UNKNOWN_STATUS)
    // An item cancelled out of an order that went ahead was never sold; a wholly cancelled order keeps its items.
    const isCancelled = (row: CsvRow) => statusKey(cells.text(row, c.itemStatus) ?? '').startsWith('cancel')
    const soldRows = rows.every(isCancelled) ? rows : rows.filter((row) => !isCancelled(row))
    const lines = soldRows.map((row): ImportedOrderLine => {
      const quantity = cells.quantity(row, c.quantity, true) ?? 0
      return {
        sku: cells.text(row, c.sku),
        title: cells.text(row, c.productName) ?? cells.text(row, c.sku) ?? 'Item',
        variant: null,
        vendor: null,
        quantity,
        // item-price is the line's total (quantity × unit price), not the unit price.
        unitPriceMinor: unitPrice(cells.money(row, c.itemPrice, currency), quantity),
        lineDiscountMinor: Math.abs(cells.money(row, c.itemPromotion, currency)),
        refundedQuantity: 0,
      }
    })
    const placedAt = cells.date(first, c.purchaseDate, 'iso', true) ?? ''
    sink.emit({
      kind: 'order',
      order: order({
        source: 'amazon',
        externalId: orderId,
        orderNumber: orderId,
        placedAt,
        currency,
        at: { file: context.fileName, line: first.line },
        financialStatus: status.financial,
        fulfillmentStatus: status.fulfillment,
        // The report has no cancellation time; its last update is the closest it says.
        cancelledAt: status.financial === 'voided' ? (cells.date(first, c.lastUpdated, 'iso', false) ?? placedAt) : null,
        subtotalMinor: subtotal,
        discountMinor: discount,
        shippingMinor: shipping,
        taxMinor: tax,
        totalMinor: subtotal + shipping + tax - discount,
        shippingAddress: address({
          city: cells.text(first, c.city),
          region: cells.text(first, c.state),
          postalCode: cells.identifier(first, c.postalCode),
          country: cells.text(first, c.country),
        }),
        lines,
      }),
    })
  }

  return groupedRowsReader((row) => cells.required(row, c.orderId, 'order id'), onOrder)
}

export const amazonOrders: ExportFormat = {
  id: 'amazon-orders',
  source: 'amazon',
  label: 'Amazon All Orders report',
  signatures: [['amazon-order-id', 'purchase-date', 'order-status', 'sku', 'quantity', 'currency', 'item-price']],
  knownColumns: [...AMAZON_ORDERS_HEADER, ...NEWER_COLUMNS],
  requiredColumns: [['amazon-order-id'], ['purchase-date'], ['quantity'], ['currency'], ['item-price']],
  // Tab-separated without quoting: tabs and line breaks are stripped from values, quotes are left as they are.
  unquoted: true,
  decimalSeparator: () => '.',
  fileNotice: () =>
    'Amazon reports carry no buyer name or email, so these orders are imported without a customer: they count toward revenue and products, but not toward any customer.',
  createReader,
}
