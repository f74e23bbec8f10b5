import type { FinancialStatus, FulfillmentStatus } from '../../orders/orders.table'
import type { CsvRow } from '../csv-rows'
import { isScientificNotation } from '../excel-damage'
import type { ImportedOrderLine } from '../import-record'
import { CellReader } from './cell-reader'
import { findColumns } from './columns'
import { groupedRowsReader } from './consecutive-groups'
import type { ExportFormat, FormatContext, FormatReader } from './format'
import { address, consentFrom, customerIdentity, customerIfKnown, order } from './order-parts'

/** Admin › Orders › Export, current 79-column header (REAL, identical in three 2025–2026 exports). */
export const SHOPIFY_ORDERS_HEADER = [
  'Name', 'Email', 'Financial Status', 'Paid at', 'Fulfillment Status', 'Fulfilled at', 'Accepts Marketing', 'Currency',
  'Subtotal', 'Shipping', 'Taxes', 'Total', 'Discount Code', 'Discount Amount', 'Shipping Method', 'Created at',
  'Lineitem quantity', 'Lineitem name', 'Lineitem price', 'Lineitem compare at price', 'Lineitem sku',
  'Lineitem requires shipping', 'Lineitem taxable', 'Lineitem fulfillment status', 'Billing Name', 'Billing Street',
  'Billing Address1', 'Billing Address2', 'Billing Company', 'Billing City', 'Billing Zip', 'Billing Province',
  'Billing Country', 'Billing Phone', 'Shipping Name', 'Shipping Street', 'Shipping Address1', 'Shipping Address2',
  'Shipping Company', 'Shipping City', 'Shipping Zip', 'Shipping Province', 'Shipping Country', 'Shipping Phone',
  'Notes', 'Note Attributes', 'Cancelled at', 'Payment Method', 'Payment Reference', 'Refunded Amount', 'Vendor',
  'Outstanding Balance', 'Employee', 'Location', 'Device ID', 'Id', 'Tags', 'Risk Level', 'Source', 'Lineitem discount',
  'Tax 1 Name', 'Tax 1 Value', 'Tax 2 Name', 'Tax 2 Value', 'Tax 3 Name', 'Tax 3 Value', 'Tax 4 Name', 'Tax 4 Value',
  'Tax 5 Name', 'Tax 5 Value', 'Phone', 'Receipt Number', 'Duties', 'Billing Province Name', 'Shipping Province Name',
  'Payment ID', 'Payment Terms Name', 'Next Payment Due At', 'Payment References',
] as const

const FINANCIAL: Readonly<Record<string, FinancialStatus>> = {
  pending: 'pending',
  authorized: 'authorized',
  partially_paid: 'pending',
  paid: 'paid',
  partially_refunded: 'partially_refunded',
  refunded: 'refunded',
  voided: 'voided',
  expired: 'voided',
}

const FULFILLMENT: Readonly<Record<string, FulfillmentStatus>> = {
  '': 'unfulfilled',
  unfulfilled: 'unfulfilled',
  pending: 'unfulfilled',
  scheduled: 'unfulfilled',
  on_hold: 'unfulfilled',
  restocked: 'unfulfilled',
  partial: 'partially_fulfilled',
  partially_fulfilled: 'partially_fulfilled',
  fulfilled: 'fulfilled',
}

const COLUMNS = {
  name: ['Name'],
  email: ['Email'],
  financialStatus: ['Financial Status'],
  paidAt: ['Paid at'],
  fulfillmentStatus: ['Fulfillment Status'],
  // An older export seen in a fixture called it "Fulfillment Date".
  fulfilledAt: ['Fulfilled at', 'Fulfillment Date'],
  acceptsMarketing: ['Accepts Marketing'],
  currency: ['Currency'],
  subtotal: ['Subtotal'],
  shipping: ['Shipping'],
  taxes: ['Taxes'],
  total: ['Total'],
  discountAmount: ['Discount Amount'],
  createdAt: ['Created at'],
  lineQuantity: ['Lineitem quantity'],
  lineName: ['Lineitem name'],
  linePrice: ['Lineitem price'],
  lineSku: ['Lineitem sku'],
  lineDiscount: ['Lineitem discount'],
  vendor: ['Vendor'],
  billingName: ['Billing Name'],
  billingAddress1: ['Billing Address1'],
  billingAddress2: ['Billing Address2'],
  billingCompany: ['Billing Company'],
  billingCity: ['Billing City'],
  billingZip: ['Billing Zip'],
  billingProvince: ['Billing Province', 'Billing Province Name'],
  billingCountry: ['Billing Country'],
  billingPhone: ['Billing Phone'],
  shippingName: ['Shipping Name'],
  shippingAddress1: ['Shipping Address1'],
  shippingAddress2: ['Shipping Address2'],
  shippingCompany: ['Shipping Company'],
  shippingCity: ['Shipping City'],
  shippingZip: ['Shipping Zip'],
  shippingProvince: ['Shipping Province', 'Shipping Province Name'],
  shippingCountry: ['Shipping Country'],
  shippingPhone: ['Shipping Phone'],
  shippingMethod: ['Shipping Method'],
  notes: ['Notes'],
  cancelledAt: ['Cancelled at'],
  refundedAmount: ['Refunded Amount'],
  id: ['Id'],
  tags: ['Tags'],
  phone: ['Phone'],
} as const

function createReader(context: FormatContext): FormatReader {
  const cells = new CellReader(context)
  const c = findColumns(context.header, COLUMNS)
  const { sink } = context

  /** The first row of an order carries the order fields; continuation rows leave them blank. */
  const isOrderRow = (row: CsvRow) =>
    cells.raw(row, c.id) !== '' || cells.raw(row, c.financialStatus) !== '' || cells.raw(row, c.total) !== '' || cells.raw(row, c.currency) !== ''

  const line = (row: CsvRow, currency: string): ImportedOrderLine => ({
    sku: cells.text(row, c.lineSku),
    title: cells.text(row, c.lineName) ?? cells.text(row, c.lineSku) ?? 'Item',
    variant: null,
    vendor: cells.text(row, c.vendor),
    quantity: cells.quantity(row, c.lineQuantity, true) ?? 0,
    unitPriceMinor: cells.money(row, c.linePrice, currency),
    lineDiscountMinor: Math.abs(cells.money(row, c.lineDiscount, currency)),
    refundedQuantity: 0,
  })

  const onOrder = (rows: readonly CsvRow[]) => {
    const first = rows[0]
    if (first === undefined) return
    const name = cells.text(first, c.name) ?? ''
    if (!isOrderRow(first)) {
      cells.report(first, c.name, `This row continues order ${name}, but the order's first row (with its status and totals) is not right above it. Was the file sorted? Export it again from Shopify.`)
      return
    }
    const currency = cells.currency(first, c.currency)
    if (currency === null) {
      if (cells.raw(first, c.currency).trim() === '') cells.report(first, c.currency, `The currency of order ${name} is empty. Export the file again from Shopify.`)
      return
    }
    const id = cells.identifier(first, c.id)
    // Excel turns the 13-digit Id into 5.91235E+12, which several orders could share.
    const externalId = id === null || isScientificNotation(id) ? name : id
    if (externalId !== id) {
      sink.warn({
        key: 'shopify:no-id',
        line: first.line,
        column: c.id.name,
        message: 'Orders without a usable Id are identified by their name (#1001); importing a clean export with the Id column later may list them twice.',
      })
    }
    const email = cells.email(first, c.email)
    const buyerName = cells.text(first, c.billingName) ?? cells.text(first, c.shippingName)
    const at = { file: context.fileName, line: first.line }
    if (email === null) {
      sink.warn({ key: 'shopify:no-email', line: first.line, column: c.email.name, message: 'Orders without an email address are imported without a customer.' })
    }
    sink.emit({
      kind: 'order',
      order: order({
        source: 'shopify',
        externalId,
        orderNumber: name,
        placedAt: cells.date(first, c.createdAt, 'iso', true) ?? '',
        currency,
        at,
        customer: customerIfKnown(customerIdentity('shopify', email, null), {
          fullName: buyerName,
          phone: cells.identifier(first, c.phone) ?? cells.identifier(first, c.billingPhone),
          consent: consentFrom(cells.yesNo(first, c.acceptsMarketing), 'shopify'),
          address: address({
            name: cells.text(first, c.billingName),
            company: cells.text(first, c.billingCompany),
            line1: cells.text(first, c.billingAddress1),
            line2: cells.text(first, c.billingAddress2),
            city: cells.text(first, c.billingCity),
            region: cells.text(first, c.billingProvince),
            postalCode: cells.identifier(first, c.billingZip),
            country: cells.text(first, c.billingCountry),
            phone: cells.identifier(first, c.billingPhone),
          }),
          at,
        }),
        buyerEmail: email,
        buyerName,
        paidAt: cells.date(first, c.paidAt, 'iso', false),
        fulfilledAt: cells.date(first, c.fulfilledAt, 'iso', false),
        cancelledAt: cells.date(first, c.cancelledAt, 'iso', false),
        financialStatus: cells.status(first, c.financialStatus, FINANCIAL, 'unknown'),
        fulfillmentStatus: cells.status(first, c.fulfillmentStatus, FULFILLMENT, 'unknown'),
        subtotalMinor: cells.money(first, c.subtotal, currency),
        discountMinor: Math.abs(cells.money(first, c.discountAmount, currency)),
        shippingMinor: cells.money(first, c.shipping, currency),
        taxMinor: cells.money(first, c.taxes, currency),
        totalMinor: cells.money(first, c.total, currency),
        refundedMinor: cells.money(first, c.refundedAmount, currency),
        shippingAddress: address({
          name: cells.text(first, c.shippingName),
          company: cells.text(first, c.shippingCompany),
          line1: cells.text(first, c.shippingAddress1),
          line2: cells.text(first, c.shippingAddress2),
          city: cells.text(first, c.shippingCity),
          region: cells.text(first, c.shippingProvince),
          postalCode: cells.identifier(first, c.shippingZip),
          country: cells.text(first, c.shippingCountry),
          phone: cells.identifier(first, c.shippingPhone),
        }),
        // The export has no tracking numbers.
        trackingNumber: null,
        note: cells.text(first, c.notes) ?? '',
        tags: cells.list(first, c.tags),
        // Every row of the group is one line item, the first included.
        lines: rows.map((row) => line(row, currency)),
      }),
    })
  }

  return groupedRowsReader((row) => cells.required(row, c.name, 'order name'), onOrder)
}

export const shopifyOrders: ExportFormat = {
  id: 'shopify-orders',
  source: 'shopify',
  label: 'Shopify orders export',
  signatures: [['Name', 'Email', 'Financial Status', 'Lineitem quantity', 'Lineitem name']],
  knownColumns: [...SHOPIFY_ORDERS_HEADER, 'Fulfillment Date'],
  requiredColumns: [['Name'], ['Created at'], ['Currency'], ['Total'], ['Lineitem quantity'], ['Lineitem name']],
  decimalSeparator: () => '.',
  createReader,
}
