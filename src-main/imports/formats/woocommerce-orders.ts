import type { CsvRow } from '../csv-rows'
import { rejectImport } from '../import-problems'
import type { ImportedOrderLine } from '../import-record'
import { parseMoney } from '../parse-money'
import { CellReader } from './cell-reader'
import { findColumns, hasColumn } from './columns'
import { groupedRowsReader } from './consecutive-groups'
import type { ExportFormat, FormatContext, FormatReader } from './format'
import { address, customerIdentity, customerIfKnown, order, unitPrice, UNKNOWN_STATUS, withRefunds } from './order-parts'
import { WOOCOMMERCE_STATUSES } from './woocommerce-status'

/**
 * Order exports from the two common plugins, read by column name (both let
 * the shop rename, reorder and drop columns):
 * - SkyVerge "Customer/Order/Coupon Export" `default` (one row per order,
 *   items packed into `line_items`) and `default_one_row_per_item` (SRC);
 * - AlgolPlus "Advanced Order Export For WooCommerce" default labels (REAL
 *   header), one row per product, order fields repeated or left blank.
 */
export const SKYVERGE_DEFAULT_HEADER = [
  'order_id', 'order_number', 'order_number_formatted', 'order_date', 'status', 'shipping_total', 'shipping_tax_total',
  'fee_total', 'fee_tax_total', 'tax_total', 'discount_total', 'order_total', 'refunded_total', 'order_currency',
  'payment_method', 'shipping_method', 'customer_id', 'billing_first_name', 'billing_last_name', 'billing_company',
  'billing_email', 'billing_phone', 'billing_address_1', 'billing_address_2', 'billing_postcode', 'billing_city',
  'billing_state', 'billing_country', 'shipping_first_name', 'shipping_last_name', 'shipping_address_1',
  'shipping_address_2', 'shipping_postcode', 'shipping_city', 'shipping_state', 'shipping_country', 'shipping_company',
  'customer_note', 'line_items', 'shipping_items', 'fee_items', 'tax_items', 'coupon_items', 'refunds', 'order_notes',
  'download_permissions_granted',
] as const

export const SKYVERGE_ITEM_COLUMNS = [
  'item_id', 'item_product_id', 'item_name', 'item_sku', 'item_quantity', 'item_subtotal', 'item_subtotal_tax',
  'item_total', 'item_total_tax', 'item_refunded', 'item_refunded_qty', 'item_meta',
] as const

export const ALGOLPLUS_HEADER = [
  'Order Number', 'Order Status', 'Order Date', 'Customer Note', 'First Name (Billing)', 'Last Name (Billing)',
  'Company (Billing)', 'Address 1&2 (Billing)', 'City (Billing)', 'State Code (Billing)', 'Postcode (Billing)',
  'Country Code (Billing)', 'Email (Billing)', 'Phone (Billing)', 'First Name (Shipping)', 'Last Name (Shipping)',
  'Address 1&2 (Shipping)', 'City (Shipping)', 'State Code (Shipping)', 'Postcode (Shipping)', 'Country Code (Shipping)',
  'Item #', 'SKU', 'Name', 'Product Variation', 'Quantity', 'Quantity (- Refund)', 'Item Cost', 'Order Line (w/o tax)',
  'Order Line Tax', 'Order Line Total', 'Order Line Total Refunded', 'Order Line Total (- Refund)', 'Image URL',
  'Coupon Code', 'Discount Amount', 'Discount Amount Tax', 'Payment Method Title', 'Coupons Used', 'Cart Discount Amount',
  'Order Subtotal Amount', 'Order Tax Amount', 'Order Shipping Amount', 'Order Refund Amount', 'Order Total Amount',
  'Order Total Tax Amount', 'Total items', 'Total products',
] as const

/** Labels AlgolPlus users are seen to pick instead of the defaults (UNVERIFIED beyond the doc's list). */
const ALGOLPLUS_ALTERNATIVE_LABELS = ['Order ID', 'Item Name', 'Product Name (main)', 'Item cost (inc. tax)', 'Currency'] as const

const COLUMNS = {
  orderId: ['order_id', 'Order ID', 'Order Number'],
  orderNumber: ['order_number_formatted', 'order_number', 'Order Number', 'Order ID'],
  date: ['order_date', 'Order Date'],
  status: ['status', 'Order Status'],
  currency: ['order_currency', 'Currency'],
  total: ['order_total', 'Order Total Amount'],
  shipping: ['shipping_total', 'Order Shipping Amount'],
  tax: ['tax_total', 'Order Tax Amount'],
  discount: ['discount_total', 'Cart Discount Amount'],
  refunded: ['refunded_total', 'Order Refund Amount'],
  subtotal: ['Order Subtotal Amount'],
  customerId: ['customer_id'],
  email: ['billing_email', 'Email (Billing)'],
  firstName: ['billing_first_name', 'First Name (Billing)'],
  lastName: ['billing_last_name', 'Last Name (Billing)'],
  phone: ['billing_phone', 'Phone (Billing)'],
  shipFirstName: ['shipping_first_name', 'First Name (Shipping)'],
  shipLastName: ['shipping_last_name', 'Last Name (Shipping)'],
  shipCompany: ['shipping_company'],
  shipAddress1: ['shipping_address_1', 'Address 1&2 (Shipping)'],
  shipAddress2: ['shipping_address_2'],
  shipCity: ['shipping_city', 'City (Shipping)'],
  shipState: ['shipping_state', 'State Code (Shipping)'],
  shipPostcode: ['shipping_postcode', 'Postcode (Shipping)'],
  shipCountry: ['shipping_country', 'Country Code (Shipping)'],
  note: ['customer_note', 'Customer Note'],
  packedItems: ['line_items'],
  itemName: ['item_name', 'Name', 'Item Name', 'Product Name (main)'],
  itemSku: ['item_sku', 'SKU'],
  itemQuantity: ['item_quantity', 'Quantity'],
  itemQuantityAfterRefund: ['Quantity (- Refund)'],
  itemRefundedQuantity: ['item_refunded_qty'],
  itemSubtotal: ['item_subtotal'],
  itemTotal: ['item_total', 'Order Line (w/o tax)'],
  itemCost: ['Item Cost', 'Item cost (inc. tax)'],
  itemVariant: ['Product Variation', 'item_meta'],
} as const

/**
 * SkyVerge's pipe-delimited `line_items`: items separated by `;`, each
 * `key:value|key:value` (name, product_id, sku, quantity, subtotal,
 * subtotal_tax, total, total_tax, refunded, refunded_qty, meta).
 */
export function splitPackedItems(cell: string): Array<Record<string, string>> {
  return cell
    .split(';')
    .filter((item) => item.trim() !== '')
    .map((item) =>
      Object.fromEntries(
        item
          .split('|')
          .filter((pair) => pair.includes(':'))
          .map((pair) => [pair.slice(0, pair.indexOf(':')).trim(), pair.slice(pair.indexOf(':') + 1).trim()]),
      ),
    )
}

function createReader(context: FormatContext): FormatReader {
  const cells = new CellReader(context)
  const c = findColumns(context.header, COLUMNS)
  const { sink } = context
  if (!hasColumn(c.currency) && context.currency === null) {
    rejectImport({
      file: context.fileName,
      line: null,
      column: null,
      value: null,
      message: 'This export has no currency column (AlgolPlus leaves it out unless it is added). Choose the shop currency for this import and try again.',
    })
  }

  const packedLines = (row: CsvRow, currency: string): ImportedOrderLine[] => {
    const cell = cells.raw(row, c.packedItems)
    return splitPackedItems(cell).flatMap((item) => {
      const quantityText = item['quantity'] ?? ''
      const quantity = /^\d+(?:\.\d+)?$/.test(quantityText) ? Number(quantityText) : null
      const subtotal = parseMoney(item['subtotal'] ?? item['total'] ?? '', currency)
      const total = parseMoney(item['total'] ?? item['subtotal'] ?? '', currency)
      if (!item['name'] || quantity === null || subtotal === null || total === null) {
        cells.report(row, c.packedItems, `An item in “line_items” can't be read (it needs name, quantity and total, like “name:Hoodie|quantity:2|total:50.00”). Export the file again.`)
        return []
      }
      return [{
        sku: item['sku'] || null,
        title: item['name'],
        variant: item['meta'] || null,
        vendor: null,
        quantity,
        unitPriceMinor: unitPrice(subtotal, quantity),
        lineDiscountMinor: subtotal - total,
        refundedQuantity: Math.abs(Number(item['refunded_qty'] ?? '0')) || 0,
      }]
    })
  }

  const itemLine = (row: CsvRow, currency: string): ImportedOrderLine | null => {
    const title = cells.text(row, c.itemName)
    if (title === null) return null
    const quantity = cells.quantity(row, c.itemQuantity, true) ?? 0
    const lineSubtotal = cells.optionalMoney(row, c.itemSubtotal, currency)
    const lineTotal = cells.optionalMoney(row, c.itemTotal, currency)
    const cost = cells.optionalMoney(row, c.itemCost, currency)
    const afterRefund = cells.quantity(row, c.itemQuantityAfterRefund)
    const refunded = cells.quantity(row, c.itemRefundedQuantity)
    return {
      sku: cells.text(row, c.itemSku),
      title,
      variant: cells.text(row, c.itemVariant),
      vendor: null,
      quantity,
      unitPriceMinor: cost ?? unitPrice(lineSubtotal ?? lineTotal ?? 0, quantity),
      lineDiscountMinor: lineSubtotal !== null && lineTotal !== null ? lineSubtotal - lineTotal : 0,
      refundedQuantity: Math.abs(refunded ?? (afterRefund === null ? 0 : quantity - afterRefund)),
    }
  }

  const onOrder = (rows: readonly CsvRow[]) => {
    const first = rows[0]
    if (first === undefined) return
    const externalId = cells.identifier(first, c.orderId) ?? ''
    const currency = cells.currency(first, c.currency) ?? context.currency
    if (currency === null) {
      if (cells.raw(first, c.currency).trim() === '') cells.report(first, c.currency, 'The currency is empty. Fill it in, or choose the shop currency for this import.')
      return
    }
    const email = cells.email(first, c.email)
    // SkyVerge writes customer_id 0 for guests.
    const customerId = cells.identifier(first, c.customerId)
    const buyerId = customerId === '0' ? null : customerId
    const firstName = cells.text(first, c.firstName)
    const lastName = cells.text(first, c.lastName)
    const status = cells.status(first, c.status, WOOCOMMERCE_STATUSES, UNKNOWN_STATUS)
    const totalMinor = cells.money(first, c.total, currency)
    const refundedMinor = Math.abs(cells.money(first, c.refunded, currency))
    const lines = hasColumn(c.packedItems)
      ? packedLines(first, currency)
      : rows.flatMap((row) => itemLine(row, currency) ?? [])
    const subtotal = cells.optionalMoney(first, c.subtotal, currency)
    const at = { file: context.fileName, line: first.line }
    if (email === null && buyerId === null) {
      sink.warn({ key: 'woo:no-customer', line: first.line, column: c.email.name, message: 'Orders without a billing email or customer id are imported without a customer.' })
    }
    const shipName = [cells.text(first, c.shipFirstName), cells.text(first, c.shipLastName)].filter((part) => part !== null).join(' ')
    sink.emit({
      kind: 'order',
      order: order({
        source: 'woocommerce',
        externalId,
        orderNumber: cells.identifier(first, c.orderNumber) ?? externalId,
        placedAt: cells.date(first, c.date, 'iso', true) ?? '',
        currency,
        at,
        customer: customerIfKnown(customerIdentity('woocommerce', email, buyerId), {
          firstName,
          lastName,
          phone: cells.identifier(first, c.phone),
          at,
        }),
        buyerEmail: email,
        buyerName: [firstName, lastName].filter((part) => part !== null).join(' ') || null,
        financialStatus: withRefunds(status.financial, refundedMinor, totalMinor),
        fulfillmentStatus: status.fulfillment,
        subtotalMinor: subtotal ?? lines.reduce((sum, line) => sum + line.unitPriceMinor * line.quantity, 0),
        discountMinor: Math.abs(cells.money(first, c.discount, currency)),
        shippingMinor: cells.money(first, c.shipping, currency),
        taxMinor: cells.money(first, c.tax, currency),
        totalMinor,
        refundedMinor,
        shippingAddress: address({
          name: shipName === '' ? null : shipName,
          company: cells.text(first, c.shipCompany),
          line1: cells.text(first, c.shipAddress1),
          line2: cells.text(first, c.shipAddress2),
          city: cells.text(first, c.shipCity),
          region: cells.text(first, c.shipState),
          postalCode: cells.identifier(first, c.shipPostcode),
          country: cells.text(first, c.shipCountry),
        }),
        note: cells.text(first, c.note) ?? '',
        lines,
      }),
    })
  }

  return groupedRowsReader((row) => cells.required(row, c.orderId, 'order id'), onOrder)
}

export const woocommerceOrders: ExportFormat = {
  id: 'woocommerce-orders',
  source: 'woocommerce',
  label: 'WooCommerce order export (SkyVerge or AlgolPlus)',
  signatures: [
    ['order_id', 'order_date', 'status', 'order_total'],
    ['Order Number', 'Order Status', 'Order Date', 'Order Total Amount'],
  ],
  knownColumns: [...SKYVERGE_DEFAULT_HEADER, ...SKYVERGE_ITEM_COLUMNS, ...ALGOLPLUS_HEADER, ...ALGOLPLUS_ALTERNATIVE_LABELS],
  requiredColumns: [['order_id', 'Order ID', 'Order Number'], ['order_date', 'Order Date'], ['order_total', 'Order Total Amount']],
  takesCurrency: true,
  decimalSeparator: () => '.',
  createReader,
}
