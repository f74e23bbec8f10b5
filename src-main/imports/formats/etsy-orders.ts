import type { FinancialStatus } from '../../orders/orders.table'
import type { CsvRow } from '../csv-rows'
import { CellReader } from './cell-reader'
import { findColumns } from './columns'
import type { ExportFormat, FormatContext, FormatReader } from './format'
import { address, customerIdentity, customerIfKnown, order, withRefunds } from './order-parts'

/** EtsySoldOrders<YEAR>.csv, 36 columns (REAL, 2022 and 2025 files). */
export const ETSY_ORDERS_HEADER = [
  'Sale Date', 'Order ID', 'Buyer User ID', 'Full Name', 'First Name', 'Last Name', 'Number of Items', 'Payment Method',
  'Date Shipped', 'Street 1', 'Street 2', 'Ship City', 'Ship State', 'Ship Zipcode', 'Ship Country', 'Currency',
  'Order Value', 'Coupon Code', 'Coupon Details', 'Discount Amount', 'Shipping Discount', 'Shipping', 'Sales Tax',
  'Order Total', 'Status', 'Card Processing Fees', 'Order Net', 'Adjusted Order Total', 'Adjusted Card Processing Fees',
  'Adjusted Net Order Amount', 'Buyer', 'Order Type', 'Payment Type', 'InPerson Discount', 'InPerson Location', 'SKU',
] as const

/** Trailing columns newer fixtures show (FIXTURE only): read by name when present. */
const NEWER_COLUMNS = ['Buyer Receipt Message', 'VAT Paid by Buyer', 'Date Paid'] as const

/**
 * `Status` was empty in every real row seen; these words are what Etsy's
 * help pages use (UNVERIFIED). A sold order is paid unless it says otherwise.
 */
const STATUSES: Readonly<Record<string, FinancialStatus>> = {
  '': 'paid',
  completed: 'paid',
  complete: 'paid',
  paid: 'paid',
  refunded: 'refunded',
  partially_refunded: 'partially_refunded',
  canceled: 'voided',
  cancelled: 'voided',
}

const COLUMNS = {
  saleDate: ['Sale Date'],
  orderId: ['Order ID'],
  buyerUserId: ['Buyer User ID'],
  fullName: ['Full Name'],
  firstName: ['First Name'],
  lastName: ['Last Name'],
  dateShipped: ['Date Shipped'],
  datePaid: ['Date Paid'],
  street1: ['Street 1'],
  street2: ['Street 2'],
  city: ['Ship City'],
  state: ['Ship State'],
  zip: ['Ship Zipcode'],
  country: ['Ship Country'],
  currency: ['Currency'],
  orderValue: ['Order Value'],
  discount: ['Discount Amount'],
  shippingDiscount: ['Shipping Discount'],
  shipping: ['Shipping'],
  salesTax: ['Sales Tax'],
  orderTotal: ['Order Total'],
  status: ['Status'],
  adjustedTotal: ['Adjusted Order Total'],
} as const

function createReader(context: FormatContext): FormatReader {
  const cells = new CellReader(context)
  const c = findColumns(context.header, COLUMNS)
  const { sink } = context
  const itemsByOrder = context.companionOrders

  /** The same order as read from the items file: its lines, and the payment date this file lacks. */
  const itemsOrder = (row: CsvRow, orderId: string) => {
    if (itemsByOrder === null) {
      sink.warn({
        key: 'etsy:no-items-file',
        line: row.line,
        column: null,
        message: 'EtsySoldOrders lists orders without their items. Import EtsySoldOrderItems with it as the companion file to get the items.',
      })
      return null
    }
    const items = itemsByOrder.get(orderId)
    if (items === undefined) {
      sink.warn({ key: 'etsy:order-without-items', line: row.line, column: c.orderId.name, message: 'Orders not found in the companion items file are imported without items.' })
      return null
    }
    return items
  }

  /**
   * Etsy says a refunded order gets a non-zero `Adjusted Order Total` (no
   * refunded row has been seen, UNVERIFIED): what was given back is the
   * difference from the original total.
   */
  const refunded = (row: CsvRow, currency: string, totalMinor: number) => {
    const adjusted = cells.optionalMoney(row, c.adjustedTotal, currency)
    return adjusted === null || adjusted === 0 || adjusted >= totalMinor ? 0 : totalMinor - adjusted
  }

  return {
    row(row: CsvRow) {
      const orderId = cells.required(row, c.orderId, 'order id')
      if (orderId === null) return
      const currency = cells.currency(row, c.currency)
      if (currency === null) {
        if (cells.raw(row, c.currency).trim() === '') cells.report(row, c.currency, 'The currency is empty. Export the file again from Etsy.')
        return
      }
      const buyerId = cells.identifier(row, c.buyerUserId)
      if (buyerId === null) {
        sink.warn({ key: 'etsy:no-buyer-id', line: row.line, column: c.buyerUserId.name, message: 'Orders from guests or deleted accounts have no Buyer User ID and are imported without a customer.' })
      }
      const fullName = cells.text(row, c.fullName)
      const totalMinor = cells.money(row, c.orderTotal, currency)
      const refundedMinor = refunded(row, currency, totalMinor)
      const fulfilledAt = cells.date(row, c.dateShipped, 'mdy', false)
      const shippingAddress = address({
        name: fullName,
        line1: cells.text(row, c.street1),
        line2: cells.text(row, c.street2),
        city: cells.text(row, c.city),
        region: cells.text(row, c.state),
        postalCode: cells.identifier(row, c.zip),
        country: cells.text(row, c.country),
      })
      const at = { file: context.fileName, line: row.line }
      const items = itemsOrder(row, orderId)
      sink.emit({
        kind: 'order',
        order: order({
          source: 'etsy',
          externalId: orderId,
          orderNumber: orderId,
          placedAt: cells.date(row, c.saleDate, 'mdy', true) ?? '',
          currency,
          at,
          customer: customerIfKnown(customerIdentity('etsy', null, buyerId), {
            firstName: cells.text(row, c.firstName),
            lastName: cells.text(row, c.lastName),
            address: shippingAddress,
            at,
          }),
          buyerName: fullName,
          paidAt: cells.date(row, c.datePaid, 'mdy', false) ?? items?.paidAt ?? null,
          fulfilledAt,
          financialStatus: withRefunds(cells.status(row, c.status, STATUSES, 'unknown'), refundedMinor, totalMinor),
          fulfillmentStatus: fulfilledAt === null ? 'unfulfilled' : 'fulfilled',
          subtotalMinor: cells.money(row, c.orderValue, currency),
          discountMinor: Math.abs(cells.money(row, c.discount, currency)) + Math.abs(cells.money(row, c.shippingDiscount, currency)),
          shippingMinor: cells.money(row, c.shipping, currency),
          taxMinor: cells.money(row, c.salesTax, currency),
          // Includes tax Etsy collected as marketplace facilitator, which "Sales Tax" does not show.
          totalMinor,
          refundedMinor,
          shippingAddress,
          lines: items?.lines ?? [],
        }),
      })
    },
    end() {},
  }
}

export const etsyOrders: ExportFormat = {
  id: 'etsy-orders',
  source: 'etsy',
  label: 'Etsy sold orders (EtsySoldOrders)',
  signatures: [['Sale Date', 'Order ID', 'Buyer User ID', 'Full Name', 'Order Total', 'Number of Items']],
  knownColumns: [...ETSY_ORDERS_HEADER, ...NEWER_COLUMNS],
  requiredColumns: [['Order ID'], ['Sale Date'], ['Currency'], ['Order Total']],
  companion: 'etsy-items',
  decimalSeparator: () => '.',
  createReader,
}
