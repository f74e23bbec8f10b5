import type { CsvRow } from '../csv-rows'
import type { ImportedOrderLine } from '../import-record'
import { CellReader } from './cell-reader'
import { findColumns, hasColumn } from './columns'
import type { ExportFormat, FormatContext, FormatReader } from './format'
import { customerIdentity, customerIfKnown, order, UNKNOWN_STATUS } from './order-parts'
import { WOOCOMMERCE_STATUSES } from './woocommerce-status'

/** Analytics › Orders › Download (SRC: Reports/Orders/Controller.php get_export_columns()), current and older. */
export const WOOCOMMERCE_ANALYTICS_HEADER = [
  'Date', 'Order #', 'N. Revenue (formatted)', 'Status', 'Customer', 'Customer type', 'Product(s)', 'Items sold',
  'Coupon(s)', 'Net Sales', 'Attribution',
] as const

const COLUMNS = {
  date: ['Date'],
  orderNumber: ['Order #'],
  revenueFormatted: ['N. Revenue (formatted)'],
  status: ['Status'],
  customer: ['Customer'],
  products: ['Product(s)'],
  itemsSold: ['Items sold'],
  // Older exports end with "N. Revenue" instead of "Net Sales".
  netSales: ['Net Sales', 'N. Revenue'],
  // UNVERIFIED: the report has no email; stores can add one with the woocommerce_report_orders_export_columns filter.
  email: ['Email', 'Customer Email'],
} as const

/** `2× Hoodie, 1× Cap`: items joined by `, `, each `N× name` with U+00D7. A `, ` inside a name is kept unless a count follows. */
export function splitProducts(cell: string): Array<{ quantity: number; title: string }> | null {
  const items: Array<{ quantity: number; title: string }> = []
  for (const part of cell.split(/,\s*(?=\d+\s*×)/)) {
    const match = /^\s*(\d+)\s*×\s*(.+?)\s*$/.exec(part)
    if (match === null) return null
    items.push({ quantity: Number(match[1]), title: match[2] ?? '' })
  }
  return items
}

function createReader(context: FormatContext): FormatReader {
  const cells = new CellReader(context)
  const c = findColumns(context.header, COLUMNS)
  const { sink } = context

  const lines = (row: CsvRow): ImportedOrderLine[] => {
    const cell = cells.text(row, c.products)
    const itemsSold = cells.quantity(row, c.itemsSold)
    if (cell === null) {
      if (itemsSold !== null && itemsSold > 0) {
        sink.warn({ key: 'woo:blank-products', line: row.line, column: c.products.name, message: 'Orders with items sold but an empty “Product(s)” cell are imported without their items.' })
      }
      return []
    }
    const items = splitProducts(cell)
    if (items === null) {
      sink.warn({ key: 'woo:unreadable-products', line: row.line, column: c.products.name, message: `“${cell}” is not a list like “2× Hoodie, 1× Cap”, so the order is imported without its items.` })
      return []
    }
    // The report gives no item prices, only the order's revenue.
    return items.map(({ quantity, title }) => ({ sku: null, title, variant: null, vendor: null, quantity, unitPriceMinor: 0, lineDiscountMinor: 0, refundedQuantity: 0 }))
  }

  return {
    row(row: CsvRow) {
      const orderNumber = cells.required(row, c.orderNumber, 'order number')
      if (orderNumber === null) return
      const revenue = hasColumn(c.revenueFormatted) ? cells.pricedMoney(row, c.revenueFormatted, null) : null
      const currency = revenue?.currency ?? context.currency
      if (currency === null) {
        cells.report(row, c.revenueFormatted, 'The order revenue does not say its currency. Choose the shop currency for this import and try again.')
        return
      }
      const email = cells.email(row, c.email)
      if (email === null) {
        sink.warn({
          key: 'woo:no-email',
          line: row.line,
          column: hasColumn(c.email) ? c.email.name : null,
          message: 'WooCommerce Analytics exports have no customer email, so these orders are imported without a customer (a name is not enough to tell customers apart). Import an order export with emails to link them.',
        })
      }
      const buyerName = cells.text(row, c.customer)
      const status = cells.status(row, c.status, WOOCOMMERCE_STATUSES, UNKNOWN_STATUS)
      const at = { file: context.fileName, line: row.line }
      sink.emit({
        kind: 'order',
        order: order({
          source: 'woocommerce',
          externalId: orderNumber,
          orderNumber,
          // Store-local `Y-m-d H:i:s` (UNVERIFIED beyond WooCommerce's source).
          placedAt: cells.date(row, c.date, 'iso', true) ?? '',
          currency,
          at,
          customer: customerIfKnown(customerIdentity('woocommerce', email, null), { fullName: buyerName, at }),
          buyerEmail: email,
          buyerName,
          financialStatus: status.financial,
          fulfillmentStatus: status.fulfillment,
          // Net sales: after coupons and refunds, before shipping and tax.
          subtotalMinor: cells.money(row, c.netSales, currency),
          totalMinor: revenue?.minor ?? cells.money(row, c.netSales, currency),
          lines: lines(row),
        }),
      })
    },
    end() {},
  }
}

export const woocommerceAnalytics: ExportFormat = {
  id: 'woocommerce-analytics',
  source: 'woocommerce',
  label: 'WooCommerce Analytics orders report',
  signatures: [['Date', 'Order #', 'Status', 'Customer', 'Product(s)', 'Items sold']],
  knownColumns: [...WOOCOMMERCE_ANALYTICS_HEADER, 'N. Revenue', 'Email', 'Customer Email', 'Invoice Number'],
  requiredColumns: [['Date'], ['Order #'], ['N. Revenue (formatted)', 'Net Sales', 'N. Revenue']],
  takesCurrency: true,
  decimalSeparator: () => '.',
  createReader,
}
