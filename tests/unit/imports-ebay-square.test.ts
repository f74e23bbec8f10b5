import { describe, expect, it } from 'vitest'
import type { ImportRecord } from '../../src-main/imports/import-record'
import { ordersOf, readFixture, readText, warningsOf } from '../support/read-import'

function refundsOf(records: readonly ImportRecord[]) {
  return records.flatMap((record) => (record.kind === 'refund' ? [record.refund] : []))
}

describe('eBay Seller Hub orders report', () => {
  it('reads past the preamble, padding row and footer; a combined order takes its totals from the summary row', async () => {
    const records = await readFixture('ebay/eBay-OrdersReport-Oct-01-2026-100000.csv', { timeZone: 'America/Los_Angeles' })
    const orders = ordersOf(records)
    expect(orders.map((order) => [order.externalId, order.at.line, order.lines.length, order.totalMinor])).toEqual([
      ['12-34567-89012', 4, 2, 5862],
      ['23-45678-90123', 7, 1, 124_300],
    ])
    expect(orders[0]).toMatchObject({
      currency: 'USD',
      placedAt: '2026-09-18T07:00:00.000Z',
      paidAt: '2026-09-18T07:00:00.000Z',
      fulfilledAt: '2026-09-19T07:00:00.000Z',
      financialStatus: 'paid',
      fulfillmentStatus: 'fulfilled',
      subtotalMinor: 4750,
      shippingMinor: 800,
      taxMinor: 312,
      trackingNumber: '9400100000000000000001',
      carrier: 'USPS Ground Advantage',
      note: 'Please combine shipping, thanks!',
      customer: { identity: { kind: 'email', email: 'riley.chen@example.com', source: 'ebay', externalId: 'vintage_fan88' }, firstName: 'Riley', lastName: 'Chen' },
      shippingAddress: { line1: '42 Elm Street', line2: 'Apt 3', city: 'Portland', region: 'OR', postalCode: '97201', countryCode: 'US' },
    })
    expect(orders[0]?.lines.map((line) => [line.sku, line.title, line.quantity, line.unitPriceMinor, line.variant])).toEqual([
      ['PAN-12', 'Vintage 12" Pizza Pan, cast iron', 1, 1950, null],
      ['MUG-E', 'Enamel Mug', 2, 1400, '[Colour:Blue]'],
    ])
    expect(orders[1]).toMatchObject({
      placedAt: '2026-10-01T06:45:00.000Z',
      financialStatus: 'pending',
      fulfillmentStatus: 'unfulfilled',
      customer: { identity: { kind: 'buyer', source: 'ebay', externalId: 'sam_w' } },
      shippingAddress: { postalCode: '07102' },
    })
    expect(warningsOf(records).map((warning) => [warning.line, warning.column])).toEqual([[5, 'Item Number']])
  })

  it('reads the Australian site: “AU $3,000.00”, day-first dates, “Post To” columns', async () => {
    const [order] = ordersOf(await readFixture('ebay/eBay-OrdersReport-AU.csv', { timeZone: 'Australia/Sydney' }))
    expect(order).toMatchObject({
      currency: 'AUD',
      totalMinor: 332_750,
      subtotalMinor: 300_000,
      shippingMinor: 2500,
      taxMinor: 30_250,
      placedAt: '2026-05-25T14:00:00.000Z',
      shippingAddress: { city: 'Sydney', region: 'NSW', postalCode: '2000', countryCode: 'AU' },
    })
  })

  it('reads a localised export: semicolons, decimal commas, euro amounts and German months', async () => {
    const header = 'Sales Record Number;Order Number;Buyer Username;Item Number;Item Title;Quantity;Sold For;Shipping And Handling;Total Price;Sale Date'
    const records = await readText(`${header}\n7;01-00001-00001;hans;314251234571;Lampe;1;EUR 90,00;8,50 €;"98,50 €";10-Dez-25\n`, { timeZone: 'Europe/Berlin' })
    expect(ordersOf(records)[0]).toMatchObject({ currency: 'EUR', totalMinor: 9850, shippingMinor: 850, subtotalMinor: 9000, placedAt: '2025-12-09T23:00:00.000Z' })
  })
})

describe('eBay Selling Manager SalesHistory.csv (the older format)', () => {
  it('reads a header that starts with a tab, between comma preamble and footer lines', async () => {
    const header = [
      '\tSales Record Number', 'User Id', 'Buyer Fullname', 'Buyer Phone Number', 'Buyer Email', 'Buyer Address 1', 'Buyer Address 2', 'Buyer City',
      'Buyer State', 'Buyer Zip', 'Buyer Country', 'Item Number', 'Item Title', 'Custom Label', 'Quantity', 'Sale Price', 'Shipping and Handling',
      'US Tax', 'Insurance', 'Cash on delivery fee', 'Total Price', 'Payment Method', 'Sale Date', 'Checkout Date', 'Paid on Date', 'Shipped on Date',
      'Feedback left', 'Feedback received', 'Notes to yourself', 'Unique Product Id', 'Private Field', 'ProductIDType', 'ProductIDValue',
      'ProductIDValue-2', 'PayPal Transaction ID', 'Shipping Service', 'Cash on delivery option', 'Transaction ID', 'Order ID', 'Variation Details',
    ]
    const cells = new Map([
      ['\tSales Record Number', '101'], ['User Id', 'oldbuyer'], ['Buyer Fullname', 'Pat Doe'], ['Buyer Email', 'pat@example.com'], ['Buyer City', 'Boston'],
      ['Buyer Zip', '02108'], ['Buyer Country', 'United States'], ['Item Number', '110000000001'], ['Item Title', 'Tin Robot'], ['Quantity', '1'],
      ['Sale Price', '$12'], ['Shipping and Handling', '$3'], ['Total Price', '$15'], ['Sale Date', 'Jan-18-16'], ['Paid on Date', 'Jan-18-16'],
    ])
    const blank = ','.repeat(header.length - 1)
    const text = [
      blank,
      header.join(','),
      blank,
      header.map((name) => cells.get(name) ?? '').join(','),
      blank,
      `1, record(s) downloaded,from ,Jan-18-16,16:41:35, to ,Jan-18-16,21:54:24${','.repeat(header.length - 7)}`,
      `Seller ID: random@example.com${','.repeat(header.length - 1)}`,
    ].join('\n')
    const [order] = ordersOf(await readText(`${text}\n`, { timeZone: 'America/New_York' }))
    expect(order).toMatchObject({
      externalId: '101',
      currency: 'USD',
      totalMinor: 1500,
      shippingMinor: 300,
      placedAt: '2016-01-18T05:00:00.000Z',
      financialStatus: 'paid',
      customer: { identity: { kind: 'email', email: 'pat@example.com', externalId: 'oldbuyer' } },
      shippingAddress: { city: 'Boston', postalCode: '02108', countryCode: 'US' },
      lines: [{ title: 'Tin Robot', quantity: 1, unitPriceMinor: 1200 }],
    })
  })
})

describe('eBay payments transaction report', () => {
  it('reads refunds past the BOM and eleven preamble lines, and counts what it skipped', async () => {
    const records = await readFixture('ebay/Transaction_report_Nov-05-2022_Dec-05-2022.csv', { timeZone: 'America/Los_Angeles' })
    expect(refundsOf(records)).toEqual([
      {
        source: 'ebay',
        orderExternalId: '12-34567-89012',
        currency: 'USD',
        amountMinor: 2808,
        refundedAt: '2022-12-09T08:00:00.000Z',
        lines: [{ sku: 'PAN-12', title: 'Vintage 12" Pizza Pan', quantity: 1 }],
        at: { file: 'Transaction_report_Nov-05-2022_Dec-05-2022.csv', line: 15 },
      },
      expect.objectContaining({ orderExternalId: '23-45678-90123', amountMinor: 7000, lines: [] }),
    ])
    expect(warningsOf(records).map((warning) => warning.message)).toEqual([
      'Rows of type “Order” were skipped: only refunds are read from this report (orders come from the Orders report).',
      'Rows of type “Shipping label” were skipped: only refunds are read from this report (orders come from the Orders report).',
      'Rows of type “Payout” were skipped: only refunds are read from this report (orders come from the Orders report).',
    ])
  })
})

describe('Square item sales (Items detail)', () => {
  it('groups payment rows by Transaction ID and dates them by the Rails zone name', async () => {
    const records = await readFixture('square/items-2026-05-01-2026-05-31.csv', { currency: 'USD' })
    const orders = ordersOf(records)
    expect(orders.map((order) => [order.externalId, order.placedAt, order.lines.length, order.subtotalMinor, order.discountMinor, order.taxMinor, order.totalMinor])).toEqual([
      ['TxAAA111', '2026-05-04T12:15:00.000Z', 2, 1450, 100, 121, 1471],
      ['TxBBB222', '2026-05-04T19:40:10.000Z', 1, 124_000, 0, 11_160, 135_160],
    ])
    expect(orders[0]).toMatchObject({
      source: 'square',
      financialStatus: 'paid',
      fulfillmentStatus: 'fulfilled',
      customer: { identity: { kind: 'buyer', source: 'square', externalId: 'CUST-0001' }, firstName: 'Morgan', lastName: 'Blake' },
    })
    expect(orders[0]?.lines.map((line) => [line.title, line.variant, line.quantity, line.unitPriceMinor, line.lineDiscountMinor])).toEqual([
      ['Iced Latte', 'Large', 1, 650, 100],
      ['Croissant', 'Regular', 2, 400, 0],
    ])
    expect(orders[1]?.note).toBe('Deliver to 5th floor, reception')
    expect(warningsOf(records)).toEqual([])
  })

  it('turns refund rows (negative amounts, same Transaction ID) into a refund of that order', async () => {
    const refunds = refundsOf(await readFixture('square/items-2026-05-01-2026-05-31.csv', { currency: 'USD' }))
    expect(refunds).toEqual([
      {
        source: 'square',
        orderExternalId: 'TxAAA111',
        currency: 'USD',
        amountMinor: 599,
        refundedAt: '2026-05-05T13:00:00.000Z',
        lines: [{ sku: 'LATTE-L', title: 'Iced Latte', quantity: 1 }],
        at: { file: 'items-2026-05-01-2026-05-31.csv', line: 5 },
      },
    ])
  })

  it('reads a bare “$” as US dollars only with a warning, and as the chosen currency otherwise', async () => {
    const assumed = await readFixture('square/items-2026-05-01-2026-05-31.csv')
    expect(ordersOf(assumed)[0]?.currency).toBe('USD')
    expect(warningsOf(assumed)[0]?.message).toContain('Amounts written with a bare “$” were read as US dollars')
    const chosen = await readFixture('square/items-2026-05-01-2026-05-31.csv', { currency: 'CAD' })
    expect(ordersOf(chosen).map((order) => order.currency)).toEqual(['CAD', 'CAD'])
  })
})
