import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CustomerFilters } from '../../src-main/customers/customer-filters'
import { refreshCustomerStats } from '../../src-main/customers/customer-stats.repo'
import { RFM_RULES } from '../../src-main/customers/rfm.rules'
import { resolveSegment } from '../../src-main/segments/segments.repo'
import { addCustomer, addOrder } from '../support/builders'
import { openTempShop } from '../support/temp-shop'

let shop: Awaited<ReturnType<typeof openTempShop>>
const DAY_MS = 86_400_000
const NOW_MS = Date.parse('2026-06-15T12:00:00.000Z')
const daysAgo = (n: number) => new Date(NOW_MS - n * DAY_MS).toISOString()

const SEGMENTS: Array<{ name: string; filters: CustomerFilters; search?: string }> = [
  { name: 'Ordered once, more than 90 days ago', filters: { minOrders: 1, maxOrders: 1, lastOrderOlderThanDays: 90 } },
  { name: 'Spent over 200 in the last 12 months', filters: { spent: { currency: 'USD', minMinor: 20_000, withinDays: 365 } } },
  { name: 'Has a return', filters: { hasReturn: true } },
  { name: 'Wholesale', filters: { tag: 'wholesale' } },
  { name: 'No consent', filters: { consent: ['denied', 'unknown'] } },
  { name: 'Müllers', filters: {}, search: 'muller' },
]

beforeAll(async () => {
  shop = await openTempShop()
  const db = shop.backend.context.db
  // 40 customers whose order counts, ages, amounts, consent, tags and returns vary with their number.
  for (let i = 0; i < 40; i++) {
    const customer = await addCustomer(db, {
      first_name: i % 5 === 0 ? 'Jürgen' : `Person${i}`,
      last_name: i % 5 === 0 ? 'Müller' : 'Smith',
      email: `p${i}@example.com`,
      marketing_consent: (['granted', 'denied', 'unknown'] as const)[i % 3],
    })
    if (i % 7 === 0) await db.insertInto('customer_tags').values({ customer_id: customer.id, tag: 'wholesale' }).execute()
    const orders = i % 4
    for (let n = 0; n < orders; n++) {
      const order = await addOrder(db, { customer_id: customer.id, placed_at: daysAgo(20 + i * 9 + n * 30) }, [{ quantity: 1 + (i % 3), unit_price_minor: 4_000 + i * 500 }])
      if (i % 6 === 1 && n === 0) {
        const at = daysAgo(10)
        await db
          .insertInto('returns')
          .values({ id: `ret-${i}`, order_id: order.id, customer_id: customer.id, rma_number: `RMA-${i}`, kind: 'return', status: 'refunded', reason: 'size_fit', currency: 'USD', refund_minor: 1000, requested_at: at, received_at: null, resolved_at: null, note: '', import_batch_id: null, created_at: at, updated_at: at })
          .execute()
      }
    }
  }
  await refreshCustomerStats(db)
  for (const segment of SEGMENTS) {
    await shop.backend.client.savedViews.save({ screen: 'customers', name: segment.name, state: { filters: segment.filters, search: segment.search ?? '' } })
  }
  await shop.backend.client.savedViews.save({ screen: 'orders', name: 'Not a segment', state: {} })
})
afterAll(() => shop.close())

describe('segments', () => {
  it('counts each saved customers view as the customers list totals it', async () => {
    const { saved } = await shop.backend.client.segments.list()
    expect(saved.map((s) => s.name).sort()).toEqual(SEGMENTS.map((s) => s.name).sort())
    for (const segment of saved) {
      const list = await shop.backend.client.customers.list({ filters: segment.filters, search: segment.search, pageSize: 1 })
      expect(segment.count, segment.name).toBe(list.total)
    }
    // Not every segment is empty or everyone: the counts say something.
    expect(saved.filter((s) => s.count > 0 && s.count < 40).length).toBe(SEGMENTS.length)
  })

  it('gives every RFM group its label, explanation and the customers list’s count', async () => {
    const { builtIn } = await shop.backend.client.segments.list()
    expect(builtIn.map((s) => s.key)).toEqual(RFM_RULES.map((r) => r.group))
    expect(builtIn.map((s) => s.name)).toEqual(RFM_RULES.map((r) => r.label))
    for (const segment of builtIn) {
      expect(segment.explanation).toBe(RFM_RULES.find((r) => r.group === segment.key)?.explanation)
      const list = await shop.backend.client.customers.list({ filters: { rfmGroup: segment.key }, pageSize: 1 })
      expect(segment.count, segment.key).toBe(list.total)
    }
    const withOrders = await shop.backend.client.customers.list({ filters: { minOrders: 1 }, pageSize: 1 })
    expect(builtIn.reduce((sum, s) => sum + s.count, 0)).toBe(withOrders.total)
  })

  it('finds a segment by name regardless of case: a saved view, or an RFM group by label or key', async () => {
    const db = shop.backend.context.db
    expect(await resolveSegment(db, 'has a RETURN')).toMatchObject({ name: 'Has a return', state: { filters: { hasReturn: true } } })
    expect(await resolveSegment(db, 'at risk')).toMatchObject({ name: 'At risk', state: { filters: { rfmGroup: 'at_risk' } } })
    expect(await resolveSegment(db, 'AT_RISK')).toMatchObject({ name: 'At risk' })
  })

  it('names every segment when asked for one that does not exist', async () => {
    const refusal = resolveSegment(shop.backend.context.db, 'VIPs')
    await expect(refusal).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(refusal).rejects.toThrow(
      'No segment named "VIPs". Segments: Champions, Loyal, Promising, At risk, Hibernating, Lost, Has a return, Müllers, No consent, Ordered once, more than 90 days ago, Spent over 200 in the last 12 months, Wholesale.',
    )
  })
})
