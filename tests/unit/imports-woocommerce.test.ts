import { describe, expect, it } from 'vitest'
import { splitProducts } from '../../src-main/imports/formats/woocommerce-analytics'
import { splitPackedItems } from '../../src-main/imports/formats/woocommerce-orders'
import { ordersOf, readFixture, rejectionOf, warningsOf } from '../support/read-import'

describe('WooCommerce Analytics orders report', () => {
  it('reads one order per row; revenue with its currency symbol and thousands separator', async () => {
    const orders = ordersOf(await readFixture('woocommerce-analytics/wc-orders-report-export-2026-01.csv', { timeZone: 'Asia/Dhaka' }))
    expect(orders.map((order) => [order.externalId, order.currency, order.totalMinor, order.subtotalMinor, order.financialStatus, order.fulfillmentStatus])).toEqual([
      ['2041', 'BDT', 299_900, 279_900, 'paid', 'fulfilled'],
      ['2042', 'BDT', 125_000, 112_500, 'paid', 'unfulfilled'],
      ['2043', 'BDT', 0, 0, 'refunded', 'unknown'],
      ['2044', 'BDT', 410_000, 390_000, 'unknown', 'unknown'],
    ])
    expect(orders[0]?.placedAt).toBe('2026-01-14T03:12:45.000Z')
  })

  it('splits “2× Hoodie, 1× Cap” into lines, keeping commas inside names', async () => {
    const orders = ordersOf(await readFixture('woocommerce-analytics/wc-orders-report-export-2026-01.csv'))
    expect(orders[0]?.lines.map((line) => [line.quantity, line.title])).toEqual([
      [2, 'Hoodie'],
      [1, 'Cap'],
    ])
    expect(orders[1]?.lines.map((line) => line.title)).toEqual(['Mug, handmade, blue'])
    expect(splitProducts('3×Tea, 1× Pot')).toEqual([
      { quantity: 3, title: 'Tea' },
      { quantity: 1, title: 'Pot' },
    ])
    expect(splitProducts('Gift card')).toBeNull()
  })

  it('never identifies a customer by name: the orders come without one, with a warning', async () => {
    const records = await readFixture('woocommerce-analytics/wc-orders-report-export-2026-01.csv')
    expect(ordersOf(records).every((order) => order.customer === null && order.buyerName !== null)).toBe(true)
    const messages = warningsOf(records).map((warning) => warning.message)
    expect(messages.some((message) => message.startsWith('WooCommerce Analytics exports have no customer email') && message.includes('(4 rows'))).toBe(true)
    expect(messages).toContain('Orders with items sold but an empty “Product(s)” cell are imported without their items.')
    expect(messages).toContain('“Completo” is not a status this app knows for this file, so it is read as unknown.')
  })
})

describe('WooCommerce order exports (SkyVerge, AlgolPlus)', () => {
  it('reads the SkyVerge default export with items packed into line_items', async () => {
    const orders = ordersOf(await readFixture('woocommerce-orders/customer-order-export-default.csv'))
    expect(orders.map((order) => [order.externalId, order.orderNumber, order.financialStatus, order.totalMinor, order.refundedMinor])).toEqual([
      ['1201', 'WC-1201', 'paid', 5450, 0],
      ['1202', 'WC-1202', 'refunded', 2000, 2000],
      ['1203', 'WC-1203', 'pending', 1500, 0],
    ])
    expect(orders[0]).toMatchObject({
      currency: 'EUR',
      subtotalMinor: 5000,
      discountMinor: 500,
      shippingMinor: 500,
      taxMinor: 450,
      note: 'Ring the bell twice, please',
      customer: { identity: { kind: 'email', email: 'ines.ferreira@example.pt', source: 'woocommerce', externalId: '17' }, firstName: 'Ines', lastName: 'Ferreira' },
      shippingAddress: { line1: 'Rua Augusta, 100', line2: '2º Esq', postalCode: '1100-048', countryCode: 'PT' },
    })
    expect(orders[0]?.lines).toEqual([
      { sku: 'LS-M', title: 'Linen Shirt', variant: 'size=M', vendor: null, quantity: 2, unitPriceMinor: 2000, lineDiscountMinor: 500, refundedQuantity: 0 },
      { sku: 'TOTE', title: 'Canvas Tote', variant: null, vendor: null, quantity: 1, unitPriceMinor: 1000, lineDiscountMinor: 0, refundedQuantity: 0 },
    ])
    expect(orders[1]?.lines[0]?.refundedQuantity).toBe(2)
    expect(orders[1]?.customer?.identity).toEqual({ kind: 'email', email: 'jan.kowalski@example.pl', source: 'woocommerce', externalId: null })
    expect(orders[2]?.customer).toBeNull()
  })

  it('reads the SkyVerge one-row-per-item export, grouping rows by order', async () => {
    const orders = ordersOf(await readFixture('woocommerce-orders/customer-order-export-one-row-per-item.csv'))
    expect(orders).toHaveLength(2)
    expect(orders[0]).toMatchObject({ externalId: '1301', currency: 'USD', financialStatus: 'partially_refunded', refundedMinor: 500, subtotalMinor: 3000, totalMinor: 3400 })
    expect(orders[0]?.customer?.identity).toMatchObject({ email: 'kim.lee@example.com', externalId: '21' })
    expect(orders[0]?.lines.map((line) => [line.sku, line.quantity, line.unitPriceMinor, line.refundedQuantity])).toEqual([
      ['LS-S', 1, 2000, 0],
      ['TOTE', 1, 1000, 1],
    ])
    expect(orders[1]?.lines[0]).toMatchObject({ quantity: 2, unitPriceMinor: 1000, lineDiscountMinor: 200 })
  })

  it('reads an AlgolPlus export (BOM, CRLF, blank continuation cells, capitalised statuses) by column name', async () => {
    const records = await readFixture('woocommerce-orders/algolplus-order-export.csv', { currency: 'EUR', timeZone: 'Europe/Rome' })
    const orders = ordersOf(records)
    expect(orders.map((order) => [order.externalId, order.financialStatus, order.totalMinor, order.refundedMinor])).toEqual([
      ['5001', 'partially_refunded', 4516, 1525],
      ['5002', 'unknown', 1830, 0],
    ])
    expect(orders[0]).toMatchObject({ placedAt: '2026-02-10T13:03:00.000Z', subtotalMinor: 3300, taxMinor: 726, shippingMinor: 490, note: 'Leave at the door' })
    expect(orders[0]?.lines.map((line) => [line.title, line.variant, line.quantity, line.unitPriceMinor, line.refundedQuantity])).toEqual([
      ['T-shirt "Roma"', 'Colour: Red', 2, 1250, 1],
      ['Mug', null, 1, 800, 0],
    ])
  })

  it('needs a currency for AlgolPlus files, which have no currency column', async () => {
    const { problems } = await rejectionOf(readFixture('woocommerce-orders/algolplus-order-export.csv'))
    expect(problems).toHaveLength(1)
    expect(problems[0]?.message).toContain('This export has no currency column')
  })

  it('unpacks SkyVerge line_items', () => {
    expect(splitPackedItems('name:A|quantity:1|total:2.00;name:B|sku:b-1|quantity:3|total:6.00')).toEqual([
      { name: 'A', quantity: '1', total: '2.00' },
      { name: 'B', sku: 'b-1', quantity: '3', total: '6.00' },
    ])
  })
})
