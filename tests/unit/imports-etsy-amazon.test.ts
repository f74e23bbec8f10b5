import { describe, expect, it } from 'vitest'
import type { ImportRecord } from '../../src-main/imports/import-record'
import { fixturePath, openFile, ordersOf, readFixture, warningsOf } from '../support/read-import'

const ETSY_ORDERS = 'etsy/EtsySoldOrders2025.csv'
const ETSY_ITEMS = 'etsy/EtsySoldOrderItems2025.csv'

function returnsOf(records: readonly ImportRecord[]) {
  return records.flatMap((record) => (record.kind === 'return' ? [record.return] : []))
}

describe('Etsy sold orders and order items', () => {
  it('reads the orders file alone: orders and buyers, no items, and says how to get them', async () => {
    const records = await readFixture(ETSY_ORDERS, { timeZone: 'America/Los_Angeles' })
    const orders = ordersOf(records)
    expect(orders.map((order) => [order.externalId, order.totalMinor, order.lines.length])).toEqual([
      ['3412345678', 5420, 0],
      ['3412345679', 1410, 0],
      ['3412345680', 3000, 0],
    ])
    expect(orders[0]).toMatchObject({
      placedAt: '2025-10-04T07:00:00.000Z',
      fulfilledAt: '2025-10-07T07:00:00.000Z',
      fulfillmentStatus: 'fulfilled',
      financialStatus: 'paid',
      subtotalMinor: 4500,
      shippingMinor: 650,
      buyerName: 'Jordan Ames, B. Eng, MBA, PMP',
      customer: { identity: { kind: 'buyer', source: 'etsy', externalId: '987650001' }, firstName: 'Jordan Ames, B. Eng, MBA,', lastName: 'PMP' },
      shippingAddress: { line1: '12', line2: 'Harbor Lane', city: 'Rancho Santa Fe', postalCode: '02339', countryCode: 'US' },
    })
    expect(orders[1]).toMatchObject({ customer: null, buyerName: 'lumi ☁️🧸🍄', discountMinor: 120, fulfillmentStatus: 'unfulfilled', shippingAddress: { city: 'Linköping', countryCode: 'SE' } })
    expect(orders[2]).toMatchObject({ financialStatus: 'partially_refunded', refundedMinor: 1000 })
    expect(warningsOf(records).map((warning) => warning.message)).toContain(
      'EtsySoldOrders lists orders without their items. Import EtsySoldOrderItems with it as the companion file to get the items. (3 rows; the first is line 2.)',
    )
  })

  it('pairs the items file as companion: lines by Order ID even when not adjacent, and the payment date', async () => {
    const records = await readFixture(ETSY_ORDERS, { companion: { fileName: 'EtsySoldOrderItems2025.csv', open: openFile(fixturePath(ETSY_ITEMS)) } })
    const orders = ordersOf(records)
    expect(orders[0]?.lines.map((line) => [line.sku, line.quantity, line.unitPriceMinor, line.variant])).toEqual([
      ['659839709617', 2, 1500, 'Scent:Lavender'],
      ['SOAP-L', 1, 1500, 'Style: Matte'],
    ])
    expect(orders[0]).toMatchObject({ totalMinor: 5420, paidAt: '2025-10-04T00:00:00.000Z', customer: { identity: { externalId: '987650001' } } })
    expect(orders[1]?.lines[0]?.title).toBe('Hand-poured Soy Candle')
    expect(warningsOf(records).some((warning) => warning.message.includes('without their items'))).toBe(false)
  })

  it('pairs the files whichever one is picked first', async () => {
    const direct = await readFixture(ETSY_ORDERS, { companion: { fileName: 'items', open: openFile(fixturePath(ETSY_ITEMS)) } })
    const reversed = await readFixture(ETSY_ITEMS, { companion: { fileName: 'EtsySoldOrders2025.csv', open: openFile(fixturePath(ETSY_ORDERS)) } })
    expect(ordersOf(reversed)).toEqual(ordersOf(direct))
  })

  it('reads the items file alone into orders without customers, and says why', async () => {
    const records = await readFixture(ETSY_ITEMS)
    const orders = ordersOf(records)
    expect(orders.map((order) => [order.externalId, order.lines.length, order.subtotalMinor, order.shippingMinor, order.totalMinor, order.customer])).toEqual([
      ['3412345678', 2, 4500, 650, 5150, null],
      ['3412345679', 1, 1200, 330, 1410, null],
      ['3412345680', 1, 3000, 0, 3000, null],
    ])
    expect(warningsOf(records)[0]?.message).toContain('EtsySoldOrderItems has no buyer id')
  })

  it('refuses a companion that is not the other Etsy file', async () => {
    await expect(
      readFixture(ETSY_ORDERS, { companion: { fileName: 'items-2026.csv', open: openFile(fixturePath('square/items-2026-05-01-2026-05-31.csv')) } }),
    ).rejects.toMatchObject({ code: 'IMPORT_REJECTED', message: expect.stringContaining('A companion file is only read with Etsy') })
  })
})

describe('Amazon reports', () => {
  it('reads the All Orders report (tab-separated, unquoted) into orders without customers, with a notice', async () => {
    const records = await readFixture('amazon/all-orders-report.txt')
    expect(records[0]).toEqual({
      kind: 'warning',
      warning: {
        file: 'all-orders-report.txt',
        line: null,
        column: null,
        message: 'Amazon reports carry no buyer name or email, so these orders are imported without a customer: they count toward revenue and products, but not toward any customer.',
      },
    })
    const orders = ordersOf(records)
    expect(orders.map((order) => [order.externalId, order.currency, order.financialStatus, order.fulfillmentStatus, order.customer])).toEqual([
      ['114-2962899-5762619', 'USD', 'paid', 'fulfilled', null],
      ['028-1234567-7654321', 'EUR', 'voided', 'unfulfilled', null],
    ])
    expect(orders[0]).toMatchObject({ placedAt: '2026-01-05T10:00:00.000Z', subtotalMinor: 5998, discountMinor: 1099, shippingMinor: 599, taxMinor: 528, totalMinor: 6026 })
    expect(orders[0]?.lines).toEqual([
      { sku: 'LVA1004-UPC', title: 'Vive Alternating Air Pressure Mattress Pad, "Deluxe"', variant: null, vendor: null, quantity: 2, unitPriceMinor: 2999, lineDiscountMinor: 500, refundedQuantity: 0 },
    ])
    expect(orders[1]).toMatchObject({ placedAt: '2026-01-06T22:30:00.000Z', cancelledAt: '2026-01-08T11:00:00.000Z', shippingAddress: { city: 'Köln', countryCode: 'DE' } })
    expect(warningsOf(records).map((warning) => warning.message)).toContain('Orders without a price yet (pending) were skipped; import a later report once they are priced.')
  })

  it('reads FBA customer returns', async () => {
    const returns = returnsOf(await readFixture('amazon/fba-customer-returns.txt'))
    expect(returns).toEqual([
      {
        source: 'amazon',
        orderExternalId: '114-2962899-5762619',
        externalId: 'LPNNC5N165ZVR',
        sku: 'LVA1004-UPC',
        quantity: 1,
        reason: 'changed_mind',
        reasonText: 'NOT_COMPATIBLE',
        requestedAt: '2026-02-05T15:31:40.000Z',
        condition: 'damaged',
        at: { file: 'fba-customer-returns.txt', line: 2 },
      },
      expect.objectContaining({ externalId: '114-2962899-5762619:LVA1004-UPC:2026-02-09T08:00:00.000Z', reason: 'size_fit', reasonText: 'APPAREL_TOO_SMALL: Too small for the bed', condition: 'new' }),
      expect.objectContaining({ orderExternalId: '028-1234567-7654321', reason: 'defective', condition: 'damaged' }),
    ])
  })
})
