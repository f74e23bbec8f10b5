import Papa from 'papaparse'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { refreshCustomerStats } from '../../src-main/customers/customer-stats.repo'
import type { Db } from '../../src-main/db/database'
import type { OrdersTable } from '../../src-main/orders/orders.table'
import { toSearchText } from '../../src-main/backend/search-text'
import { sortedCustomerIds, withFewMatches as withFewCustomerMatches, type CustomerListQuery } from '../../src-main/customers/customers.repo'
import { sortedOrderIds, withFewMatches as withFewOrderMatches, type OrderListQuery } from '../../src-main/orders/orders.repo'
import { addCustomer, addOrder, orderRow } from '../support/builders'
import { openTempShop } from '../support/temp-shop'

let shop: Awaited<ReturnType<typeof openTempShop>>
const client = () => shop.backend.client

const FORMULA_NAMES = ['=HYPERLINK("http://x","y")', '+1', '-2+3', '@SUM(A1)', '\tTabbed']

/** The file's text without its byte order mark, and its records. */
async function read(file: File): Promise<{ bytes: Buffer; text: string; records: string[][] }> {
  const bytes = Buffer.from(await file.arrayBuffer())
  const text = bytes.subarray(3).toString('utf8')
  const parsed = Papa.parse<string[]>(text, { header: false, newline: '\r\n' })
  // The last record ends with CRLF, which leaves one empty line after it.
  expect(parsed.data.at(-1)).toEqual([''])
  return { bytes, text, records: parsed.data.slice(0, -1) }
}

function column(records: string[][], header: string): string[] {
  const index = records[0]!.indexOf(header)
  expect(index, `column ${header}`).toBeGreaterThanOrEqual(0)
  return records.slice(1).map((record) => record[index]!)
}

async function allOrderNumbers(input: Parameters<ReturnType<typeof client>['orders']['list']>[0]): Promise<string[]> {
  const numbers: string[] = []
  for (let page = 0; ; page++) {
    const result = await client().orders.list({ ...input, page, pageSize: 500 })
    numbers.push(...result.rows.map((r) => r.orderNumber))
    if (numbers.length >= result.total) return numbers
  }
}

async function allCustomerEmails(input: Parameters<ReturnType<typeof client>['customers']['list']>[0]): Promise<Array<string | null>> {
  const emails: Array<string | null> = []
  for (let page = 0; ; page++) {
    const result = await client().customers.list({ ...input, page, pageSize: 500 })
    emails.push(...result.rows.map((r) => r.email))
    if (emails.length >= result.total) return emails
  }
}

/** Many orders at once, with few distinct dates and totals so that sorting has ties to break across batches. */
async function addManyOrders(db: Db, count: number, customerIds: string[]): Promise<void> {
  const rows: OrdersTable[] = []
  for (let i = 0; i < count; i++) {
    const total = 1_000 + (i % 30) * 250
    const id = `bulk-${String(i).padStart(5, '0')}`
    rows.push(
      orderRow({
        id,
        source: i % 3 === 0 ? 'etsy' : 'shopify',
        order_number: `B${(i * 7919) % 100_000}`,
        customer_id: customerIds[i % customerIds.length] ?? null,
        placed_at: new Date(Date.UTC(2025, 0, 1 + (i % 50), 9)).toISOString(),
        financial_status: i % 10 === 0 ? 'refunded' : 'paid',
        fulfillment_status: 'fulfilled',
        currency: i % 5 === 0 ? 'EUR' : 'USD',
        subtotal_minor: total,
        total_minor: total,
        refunded_minor: i % 10 === 0 ? total : 0,
        search_text: toSearchText(`B${i}`),
        created_at: '2025-01-01T00:00:00.000Z',
        updated_at: '2025-01-01T00:00:00.000Z',
      }),
    )
  }
  for (let i = 0; i < rows.length; i += 500) await db.insertInto('orders').values(rows.slice(i, i + 500)).execute()
}

beforeAll(async () => {
  shop = await openTempShop()
  const db = shop.backend.context.db
  await client().settings.update({ timeZone: 'America/New_York' })
  const zoe = await addCustomer(db, { first_name: 'Zoë', last_name: 'Brontë', email: 'zoe@example.com', marketing_consent: 'granted' })
  await addOrder(db, { order_number: '#1001', customer_id: zoe.id, placed_at: '2026-01-10T15:04:00.000Z', currency: 'USD' }, [{ quantity: 2, unit_price_minor: 1250 }])
  await addOrder(db, { order_number: '#1002', customer_id: zoe.id, placed_at: '2026-03-10T10:00:00.000Z', currency: 'GBP', refunded_minor: 500 }, [
    { quantity: 1, unit_price_minor: 2000 },
  ])
  await addOrder(db, { order_number: '#1003', placed_at: '2026-04-01T10:00:00.000Z', currency: 'JPY', buyer_name: '=cmd|calc' }, [{ quantity: 1, unit_price_minor: 1250 }])
  await db
    .insertInto('loyalty_ledger')
    .values({ id: 'l1', customer_id: zoe.id, order_id: null, points: -10, reason: 'redemption', note: '', occurred_at: '2026-03-10T10:00:00.000Z', created_at: '2026-03-10T10:00:00.000Z' })
    .execute()
  for (const [i, name] of FORMULA_NAMES.entries()) {
    const customer = await addCustomer(db, { first_name: name, last_name: 'Formula', email: `formula${i}@example.com`, marketing_consent: 'denied' })
    await addOrder(db, { customer_id: customer.id, placed_at: '2025-06-01T10:00:00.000Z' })
  }
  const crowd: string[] = []
  for (let i = 0; i < 2_100; i++) crowd.push((await addCustomer(db, { first_name: `Crowd${i}`, last_name: i % 2 ? 'Even' : 'Odd', email: `crowd${i}@example.com` })).id)
  await addManyOrders(db, 4_500, crowd.slice(0, 1_500))
  await refreshCustomerStats(db)
})
afterAll(() => shop.close())

describe('orders export', () => {
  it('is a UTF-8 file with a byte order mark and CRLF line ends, named after the shop’s day', async () => {
    const file = await client().exports.orders({ search: '#100' })
    expect(file.name).toBe('orders-2026-06-15.csv')
    expect(file.type).toContain('text/csv')
    const { bytes, text } = await read(file)
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(text.endsWith('\r\n')).toBe(true)
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/)
  })

  it('holds exactly the screen’s rows, in its order, across batches and ties', async () => {
    const cases: Array<Parameters<ReturnType<typeof client>['exports']['orders']>[0]> = [
      { sort: 'total', direction: 'desc', filters: { sources: ['shopify'] } },
      { sort: 'placedAt', direction: 'asc', filters: { placedFrom: '2025-01-10', placedTo: '2025-01-30' } },
      { sort: 'orderNumber', direction: 'asc', filters: {} },
      { sort: 'source', direction: 'desc', filters: { currency: 'EUR' } },
      { sort: 'placedAt', direction: 'desc', search: 'b1' },
    ]
    for (const input of cases) {
      const { records } = await read(await client().exports.orders(input))
      const expected = await allOrderNumbers(input)
      expect(expected.length).toBeGreaterThan(100)
      expect(column(records, 'Order'), JSON.stringify(input)).toEqual(expected)
    }
  })

  it('writes amounts in the order’s own currency beside it, and times on the shop’s clock', async () => {
    const { records } = await read(await client().exports.orders({ search: '#100', sort: 'orderNumber', direction: 'asc' }))
    expect(records[0]).toEqual(['Order', 'Placed', 'Customer', 'Email', 'Channel', 'Payment', 'Fulfilment', 'Cancelled', 'Items', 'Total', 'Refunded', 'Currency'])
    expect(records.slice(1).map((r) => [r[0], r[1], r[2], r[8], r[9], r[10], r[11]])).toEqual([
      ['#1001', '2026-01-10 10:04', 'Zoë Brontë', '2', '25.00', '0.00', 'USD'],
      ['#1002', '2026-03-10 06:00', 'Zoë Brontë', '1', '20.00', '5.00', 'GBP'],
      ['#1003', '2026-04-01 06:00', "'=cmd|calc", '1', '1250', '0', 'JPY'],
    ])
  })

  it('keeps the view’s columns, in its order', async () => {
    const { records } = await read(await client().exports.orders({ search: '#1001', columns: ['total', 'select', 'orderNumber'] }))
    expect(records).toEqual([
      ['Total', 'Refunded', 'Currency', 'Order'],
      ['25.00', '0.00', 'USD', '#1001'],
    ])
  })
})

describe('searching', () => {
  it('lists the same rows in the same order whether its matches are few enough to collect first or not', async () => {
    const db = shop.backend.context.db
    const orders = { search: 'b1', sort: 'total' as const, direction: 'desc' as const, timeZone: 'America/New_York' }
    const collected = await withFewOrderMatches(db, orders)
    expect(collected.ids?.length).toBeGreaterThan(1_000)
    const orderIds = async (query: OrderListQuery) => (await sortedOrderIds(db, query).execute()).map((r) => r.id)
    expect(await orderIds(collected)).toEqual(await orderIds(orders))

    const customers = { search: 'crowd1', sort: 'name' as const, direction: 'asc' as const, spendCurrency: null, now: new Date() }
    const found = await withFewCustomerMatches(db, customers)
    expect(found.ids?.length).toBeGreaterThan(1_000)
    const customerIds = async (query: CustomerListQuery) => (await sortedCustomerIds(db, query).execute()).map((r) => r.id)
    expect(await customerIds(found)).toEqual(await customerIds(customers))
  })
})

describe('customers export', () => {
  it('neutralises formula-like names and keeps accents intact', async () => {
    const { records, bytes } = await read(await client().exports.customers({ filters: { consent: ['denied'] }, sort: 'name', direction: 'asc' }))
    expect(column(records, 'First name').sort()).toEqual(FORMULA_NAMES.map((name) => `'${name}`).sort())
    const zoe = await read(await client().exports.customers({ search: 'bronte' }))
    expect(column(zoe.records, 'First name')).toEqual(['Zoë'])
    expect(zoe.bytes.includes(Buffer.from('Zoë,Brontë', 'utf8'))).toBe(true)
    expect(bytes.includes(Buffer.from(`"'=HYPERLINK(""http://x"",""y"")"`, 'utf8'))).toBe(true)
  })

  it('gives spending a column per currency, and leaves negative figures as numbers', async () => {
    const { records } = await read(await client().exports.customers({ search: 'bronte' }))
    expect(records[0]).toEqual([
      'First name', 'Last name', 'Email', 'Orders', 'Spent USD', 'Spent GBP', 'First order', 'Last order', 'Days between orders',
      'Returns', 'Claims', 'Loyalty points', 'Email marketing', 'RFM group', 'Customer since',
    ])
    const zoe = Object.fromEntries(records[0]!.map((header, i) => [header, records[1]![i]]))
    expect(zoe).toMatchObject({ 'Spent USD': '25.00', 'Spent GBP': '15.00', Orders: '2', 'Loyalty points': '-10', 'Days between orders': '58.8' })
  })

  it('has a spending column for each currency the exported customers paid in, the shop’s main one first', async () => {
    const { records } = await read(await client().exports.customers({ filters: { minOrders: 1 } }))
    expect(records[0]!.filter((header) => header.startsWith('Spent'))).toEqual(['Spent USD', 'Spent EUR', 'Spent GBP'])
    const usdOnly = column(records, 'Spent GBP').filter((cell) => cell === '').length
    expect(usdOnly).toBe(records.length - 2)
  })

  it('holds exactly the screen’s customers, in its order, across batches', async () => {
    const cases: Array<Parameters<ReturnType<typeof client>['customers']['list']>[0]> = [
      { sort: 'lastOrderAt', direction: 'desc', filters: {} },
      { sort: 'name', direction: 'asc', filters: { minOrders: 1 } },
      { sort: 'spent', direction: 'desc', filters: {}, spendCurrency: 'EUR' },
      { sort: 'firstOrderAt', direction: 'asc', search: 'crowd1' },
    ]
    for (const input of cases) {
      const { records } = await read(await client().exports.customers(input))
      const expected = await allCustomerEmails(input)
      expect(expected.length).toBeGreaterThan(1_000)
      expect(column(records, 'Email'), JSON.stringify(input)).toEqual(expected.map((e) => e ?? ''))
    }
  })

  it('exports exactly a segment’s customers, saved or built in', async () => {
    const filters = { minOrders: 3, consent: ['unknown' as const] }
    await client().savedViews.save({ screen: 'customers', name: 'Regulars', state: { filters, sort: 'orders', columns: ['name', 'email', 'orders'] } })
    const file = await client().exports.customers({ segment: 'regulars' })
    expect(file.name).toBe('customers-regulars-2026-06-15.csv')
    const { records } = await read(file)
    expect(records[0]).toEqual(['First name', 'Last name', 'Email', 'Orders'])
    expect(column(records, 'Email')).toEqual(await allCustomerEmails({ filters, sort: 'orders' }))

    const lost = await read(await client().exports.customers({ segment: 'Lost' }))
    const expected = await allCustomerEmails({ filters: { rfmGroup: 'lost' } })
    expect(expected.length).toBeGreaterThan(0)
    expect(column(lost.records, 'Email')).toEqual(expected)
  })

  it('refuses an unknown segment by naming the segments there are, and a segment mixed with filters', async () => {
    await expect(client().exports.customers({ segment: 'VIPs' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringMatching(/^No segment named "VIPs"\. Segments: Champions, .*Regulars\.$/),
    })
    await expect(client().exports.customers({ segment: 'Lost', search: 'zoe' })).rejects.toMatchObject({ code: 'INVALID_INPUT' })
  })
})
