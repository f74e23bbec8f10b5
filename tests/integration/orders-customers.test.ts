import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { refreshCustomerStats } from '../../src-main/customers/customer-stats.repo'
import { addCustomer, addOrder } from '../support/builders'
import { openTempShop } from '../support/temp-shop'

let shop: Awaited<ReturnType<typeof openTempShop>>
let zoeId: string

beforeAll(async () => {
  shop = await openTempShop()
  const db = shop.backend.context.db
  const zoe = await addCustomer(db, { first_name: 'Zoë', last_name: 'Brontë', email: 'zoe@example.com', marketing_consent: 'granted' })
  const sam = await addCustomer(db, { first_name: 'Sam', last_name: 'Lee', email: 'sam@example.com' })
  zoeId = zoe.id
  await addOrder(db, { order_number: '#1001', customer_id: zoe.id, placed_at: '2026-01-10T10:00:00.000Z', currency: 'USD' }, [{ quantity: 2, unit_price_minor: 1500 }])
  await addOrder(db, { order_number: '#1002', customer_id: zoe.id, placed_at: '2026-03-10T10:00:00.000Z', currency: 'GBP', refunded_minor: 500 }, [{ quantity: 1, unit_price_minor: 2000 }])
  await addOrder(db, { order_number: '#1003', customer_id: sam.id, placed_at: '2026-02-10T10:00:00.000Z', cancelled_at: '2026-02-11T10:00:00.000Z' })
  await addOrder(db, { order_number: '114-2298412-1', source: 'amazon', placed_at: '2026-04-01T10:00:00.000Z', tracking_number: '1Z999AA10123456784' })
  await db
    .insertInto('loyalty_ledger')
    .values([
      { id: 'l1', customer_id: zoe.id, order_id: null, points: 30, reason: 'purchase', note: '', occurred_at: '2026-01-10T10:00:00.000Z', created_at: '2026-01-10T10:00:00.000Z' },
      { id: 'l2', customer_id: zoe.id, order_id: null, points: -10, reason: 'redemption', note: '', occurred_at: '2026-03-10T10:00:00.000Z', created_at: '2026-03-10T10:00:00.000Z' },
    ])
    .execute()
  // What every writer of orders does in its own transaction (imports, demo, merges).
  await refreshCustomerStats(db)
})

afterAll(() => shop.close())

describe('orders list', () => {
  it('pages in SQL and reports the total', async () => {
    const first = await shop.backend.client.orders.list({ pageSize: 3 })
    const second = await shop.backend.client.orders.list({ pageSize: 3, page: 1 })
    expect(first.total).toBe(4)
    expect(first.rows).toHaveLength(3)
    expect(second.rows).toHaveLength(1)
    expect(first.rows.map((r) => r.orderNumber)).toEqual(['114-2298412-1', '#1002', '#1003'])
  })

  it('sorts by the chosen column and direction', async () => {
    const page = await shop.backend.client.orders.list({ sort: 'orderNumber', direction: 'asc' })
    expect(page.rows.map((r) => r.orderNumber)).toEqual(['#1001', '#1002', '#1003', '114-2298412-1'])
  })

  it('finds orders by number and by tracking number, and shows the customer’s name', async () => {
    const byNumber = await shop.backend.client.orders.list({ search: '1002' })
    expect(byNumber.rows.map((r) => r.orderNumber)).toEqual(['#1002'])
    expect(byNumber.rows[0]?.customerName).toBe('Zoë Brontë')
    const byTracking = await shop.backend.client.orders.list({ search: '1z999aa1' })
    expect(byTracking.rows.map((r) => r.orderNumber)).toEqual(['114-2298412-1'])
    expect(byTracking.rows[0]?.customerId).toBeNull()
  })

  it('counts items from the lines', async () => {
    const page = await shop.backend.client.orders.list({ search: '#1001' })
    expect(page.rows[0]?.itemCount).toBe(2)
  })
})

describe('customers list and record', () => {
  it('finds a customer by part of an accented name typed without accents', async () => {
    const page = await shop.backend.client.customers.list({ search: 'bront' })
    expect(page.rows.map((r) => r.email)).toEqual(['zoe@example.com'])
    expect(page.rows[0]?.orderCount).toBe(2)
  })

  it('does not count cancelled orders toward a customer', async () => {
    const page = await shop.backend.client.customers.list({ search: 'sam' })
    expect(page.rows[0]?.orderCount).toBe(0)
    expect(page.rows[0]?.lastOrderAt).toBeNull()
  })

  it('shows net spending per currency, never added across currencies, and the loyalty balance', async () => {
    const record = await shop.backend.client.customers.get({ id: zoeId })
    expect(record.spentByCurrency).toEqual([
      { currency: 'GBP', netMinor: 1500, orders: 1 },
      { currency: 'USD', netMinor: 3000, orders: 1 },
    ])
    expect(record.loyaltyBalance).toBe(20)
    expect(record.orders.map((o) => o.orderNumber)).toEqual(['#1002', '#1001'])
  })

  it('sorts by what customers spent in the shop’s main currency unless another is named', async () => {
    const main = await shop.backend.client.customers.list({ sort: 'spent', direction: 'desc' })
    expect(main.rows.map((r) => r.email)).toEqual(['zoe@example.com', 'sam@example.com'])
    const stats = await shop.backend.context.db.selectFrom('customer_stats').select(['customer_id', 'main_currency_net_minor']).orderBy('main_currency_net_minor', 'desc').execute()
    // Dollars and pounds tie on orders; the main currency is then the first by code.
    expect(stats.map((s) => s.main_currency_net_minor)).toEqual([1500, 0])
    const dollars = await shop.backend.client.customers.list({ sort: 'spent', direction: 'asc', spendCurrency: 'USD' })
    expect(dollars.rows.map((r) => r.email)).toEqual(['sam@example.com', 'zoe@example.com'])
  })

  it('expects the next order one average gap after the last, and nothing for a customer without counted orders', async () => {
    const zoe = await shop.backend.client.customers.get({ id: zoeId })
    expect(zoe.stats?.avg_gap_days).toBe(59)
    expect(zoe.expectedNextOrder).toEqual({ at: '2026-05-08T10:00:00.000Z', basis: 'ownAverage' })
    const [sam] = (await shop.backend.client.customers.list({ search: 'sam' })).rows
    expect((await shop.backend.client.customers.get({ id: sam!.id })).expectedNextOrder).toBeNull()
  })

  it('says plainly when a customer does not exist', async () => {
    await expect(shop.backend.client.customers.get({ id: 'gone' })).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })
})
