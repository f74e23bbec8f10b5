import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Db } from '../../src-main/db/database'
import type { ReturnReason, ReturnStatus } from '../../src-main/returns/returns.table'
import type { SurveyKind } from '../../src-main/surveys/surveys.table'
import { addCustomer, addOrder } from '../support/builders'
import { openTempShop } from '../support/temp-shop'

// The shop clock is pinned at 2026-06-15T12:00Z (TEST_NOW); the shop lives in New York.
const ZONE = 'America/New_York'

type Shop = Awaited<ReturnType<typeof openTempShop>>

async function openShopInNewYork(): Promise<Shop> {
  const shop = await openTempShop()
  await shop.backend.client.settings.update({ timeZone: ZONE })
  return shop
}

let surveySeq = 0
async function addSurvey(db: Db, kind: SurveyKind, score: number, respondedAt: string, fields: { customerId?: string; orderId?: string; comment?: string } = {}) {
  await db
    .insertInto('survey_responses')
    .values({
      id: `survey-${++surveySeq}`,
      customer_id: fields.customerId ?? null,
      order_id: fields.orderId ?? null,
      kind,
      score,
      comment: fields.comment ?? '',
      responded_at: respondedAt,
      created_at: respondedAt,
    })
    .execute()
}

let returnSeq = 0
/** A return of `quantity` units of the order's line with `sku`; `byLine: false` names only the SKU, as some imports do. */
async function addReturn(db: Db, order: { id: string; customer_id: string | null }, sku: string, fields: { reason: ReturnReason; status: ReturnStatus; quantity?: number; byLine?: boolean }) {
  const line = await db.selectFrom('order_lines').select('id').where('order_id', '=', order.id).where('sku', '=', sku).executeTakeFirstOrThrow()
  const id = `return-${++returnSeq}`
  const at = '2026-05-01T00:00:00.000Z'
  await db
    .insertInto('returns')
    .values({
      id,
      order_id: order.id,
      customer_id: order.customer_id,
      rma_number: `RMA-${returnSeq}`,
      kind: 'return',
      status: fields.status,
      reason: fields.reason,
      currency: 'USD',
      refund_minor: 0,
      requested_at: at,
      note: '',
      created_at: at,
      updated_at: at,
    })
    .execute()
  await db
    .insertInto('return_lines')
    .values({ id: `${id}-line`, return_id: id, order_line_id: fields.byLine === false ? null : line.id, sku, quantity: fields.quantity ?? 1, condition: 'opened' })
    .execute()
}

function line(sku: string, quantity: number, unitPriceMinor: number, title = sku.toLowerCase()) {
  return { sku, title, quantity, unit_price_minor: unitPriceMinor }
}

/**
 * Period 2026-03-01..2026-05-31 in New York; the previous period is the 92 days
 * before it, 2025-11-29..2026-02-28.
 *   Ann  USD 2026-01-10 candle 5000 (returned, received) | 2026-03-05 candle 3000, order discount 500 (return rejected)
 *   Ben  USD 2026-03-10 candle 4000 fully refunded (returned by SKU only) | EUR 2026-04-10 soap 2000
 *   Cat  USD 2026-04-20 10 mugs × 400 + tee 2000 (1 mug returned, damaged) | a cancelled and a voided order
 *   Dan  USD 2025-12-15 candle 2000 | 2026-02-10 candle 2000
 *   an Amazon order without a customer, USD 2026-05-15 soap 1000
 */
describe('the dashboard figures of a small shop', () => {
  let shop: Shop
  const period = { from: '2026-03-01', to: '2026-05-31' }

  beforeAll(async () => {
    shop = await openShopInNewYork()
    const db = shop.backend.context.db
    const [ann, ben, cat, dan] = await Promise.all(['ann', 'ben', 'cat', 'dan'].map((name) => addCustomer(db, { email: `${name}@example.com` })))
    const annFirst = await addOrder(db, { customer_id: ann!.id, placed_at: '2026-01-10T15:00:00.000Z' }, [line('CANDLE', 1, 5000)])
    const annSecond = await addOrder(db, { customer_id: ann!.id, placed_at: '2026-03-05T15:00:00.000Z', discount_minor: 500 }, [line('CANDLE', 1, 3000)])
    const benRefunded = await addOrder(db, { customer_id: ben!.id, placed_at: '2026-03-10T15:00:00.000Z', refunded_minor: 4000, financial_status: 'refunded' }, [
      line('CANDLE', 1, 4000),
    ])
    await addOrder(db, { customer_id: ben!.id, placed_at: '2026-04-10T15:00:00.000Z', currency: 'EUR' }, [line('SOAP', 1, 2000)])
    const catOrder = await addOrder(db, { customer_id: cat!.id, placed_at: '2026-04-20T15:00:00.000Z' }, [line('MUG', 10, 400, 'Mug'), line('TEE', 1, 2000)])
    await addOrder(db, { customer_id: cat!.id, placed_at: '2026-04-25T15:00:00.000Z', cancelled_at: '2026-04-26T15:00:00.000Z' }, [line('MUG', 5, 400)])
    await addOrder(db, { customer_id: cat!.id, placed_at: '2026-05-01T15:00:00.000Z', financial_status: 'voided' }, [line('MUG', 5, 400)])
    await addOrder(db, { customer_id: dan!.id, placed_at: '2025-12-15T15:00:00.000Z' }, [line('CANDLE', 1, 2000)])
    await addOrder(db, { customer_id: dan!.id, placed_at: '2026-02-10T15:00:00.000Z' }, [line('CANDLE', 1, 2000)])
    await addOrder(db, { source: 'amazon', placed_at: '2026-05-15T15:00:00.000Z' }, [line('SOAP', 1, 1000)])

    await addReturn(db, catOrder, 'MUG', { reason: 'damaged', status: 'refunded' })
    await addReturn(db, benRefunded, 'CANDLE', { reason: 'changed_mind', status: 'refunded', byLine: false })
    await addReturn(db, annSecond, 'CANDLE', { reason: 'size_fit', status: 'rejected' })
    await addReturn(db, annFirst, 'CANDLE', { reason: 'defective', status: 'received' })

    await addSurvey(db, 'nps', 10, '2026-03-20T15:00:00.000Z', { customerId: ann!.id, orderId: annSecond.id, comment: 'Love it' })
    await addSurvey(db, 'nps', 9, '2026-04-02T15:00:00.000Z', { customerId: ben!.id })
    await addSurvey(db, 'nps', 7, '2026-04-15T15:00:00.000Z', { customerId: cat!.id, orderId: catOrder.id, comment: 'ok' })
    // 23:30 on 31 May in New York: still in the period and in May.
    await addSurvey(db, 'nps', 3, '2026-06-01T03:30:00.000Z', { comment: 'Slow' })
    await addSurvey(db, 'nps', 8, '2026-02-01T15:00:00.000Z', { customerId: dan!.id })
    await addSurvey(db, 'csat', 5, '2026-03-21T15:00:00.000Z')
    await addSurvey(db, 'csat', 4, '2026-03-22T15:00:00.000Z')
    await addSurvey(db, 'csat', 2, '2026-03-23T15:00:00.000Z')
  })

  afterAll(() => shop.close())

  it('reports the period it used, as shop-local days and UTC bounds, and the previous one of equal length', async () => {
    const metrics = await shop.backend.client.dashboard.metrics(period)
    expect(metrics.timeZone).toBe(ZONE)
    expect(metrics.period).toEqual({ from: '2026-03-01', to: '2026-05-31', days: 92, startsAt: '2026-03-01T05:00:00.000Z', endsBefore: '2026-06-01T04:00:00.000Z' })
    expect(metrics.previousPeriod).toMatchObject({ from: '2025-11-29', to: '2026-02-28', days: 92 })
  })

  it('counts orders that are not cancelled or voided, refunded ones included, and says how many had no customer', async () => {
    const { kpis, excluded } = await shop.backend.client.dashboard.metrics(period)
    expect(kpis.orders).toMatchObject({ current: 5, previous: 3 })
    expect(excluded).toMatchObject({ current: { ordersWithoutCustomer: 1 }, previous: { ordersWithoutCustomer: 0 } })
    expect(excluded.definition).toContain('Amazon')
  })

  it('counts customers who ordered and the share of them with two orders by the end of the period', async () => {
    const { kpis } = await shop.backend.client.dashboard.metrics(period)
    expect(kpis.customers).toMatchObject({ current: 3, previous: 2 })
    expect(kpis.repeatPurchaseRate.current).toEqual({ share: 2 / 3, repeatCustomers: 2, customers: 3 })
    expect(kpis.repeatPurchaseRate.previous).toEqual({ share: 1 / 2, repeatCustomers: 1, customers: 2 })
  })

  it('gives net revenue and average order value per currency, net of discounts and refunds, never mixing currencies', async () => {
    const { kpis } = await shop.backend.client.dashboard.metrics(period)
    expect(kpis.netRevenue.current).toEqual([
      { currency: 'EUR', netMinor: 2000, orders: 1 },
      { currency: 'USD', netMinor: 2500 + 0 + 6000 + 1000, orders: 4 },
    ])
    expect(kpis.netRevenue.previous).toEqual([{ currency: 'USD', netMinor: 9000, orders: 3 }])
    expect(kpis.averageOrderValue.current).toEqual([
      { currency: 'EUR', averageMinor: 2000, orders: 1 },
      { currency: 'USD', averageMinor: 2375, orders: 4 },
    ])
    expect(kpis.netRevenue.definition).toContain('shipping and tax are not revenue')
  })

  it('gives historic CLV per currency at the end of each period, a two-currency customer in both', async () => {
    const { kpis } = await shop.backend.client.dashboard.metrics(period)
    // USD to date: Ann 7500, Ben 0 (refunded), Cat 6000, Dan 4000; EUR: Ben 2000.
    expect(kpis.lifetimeValue.current).toEqual([
      { currency: 'EUR', customers: 1, averageMinor: 2000, medianMinor: 2000 },
      { currency: 'USD', customers: 4, averageMinor: 4375, medianMinor: 5000 },
    ])
    expect(kpis.lifetimeValue.previous).toEqual([{ currency: 'USD', customers: 2, averageMinor: 4500, medianMinor: 4500 }])
  })

  it('rates returns by units and by orders, against the period the order was placed in, without rejected returns', async () => {
    const { kpis, returnsByReason } = await shop.backend.client.dashboard.metrics(period)
    expect(kpis.returnRate.current).toEqual({ unitShare: 2 / 15, returnedUnits: 2, soldUnits: 15, orderShare: 2 / 5, returnedOrders: 2, orders: 5 })
    expect(kpis.returnRate.previous).toEqual({ unitShare: 1 / 3, returnedUnits: 1, soldUnits: 3, orderShare: 1 / 3, returnedOrders: 1, orders: 3 })
    expect(returnsByReason.reasons).toEqual([
      { reason: 'changed_mind', returnedUnits: 1, unitShare: 1 / 15, returnedOrders: 1, orderShare: 1 / 5 },
      { reason: 'damaged', returnedUnits: 1, unitShare: 1 / 15, returnedOrders: 1, orderShare: 1 / 5 },
    ])
  })

  it('ranks products by line revenue per currency and by return rate once enough units sold', async () => {
    const { topProducts } = await shop.backend.client.dashboard.metrics(period)
    expect(topProducts.byRevenue.currencies).toEqual([
      { currency: 'EUR', products: [{ productKey: 'sku:SOAP', title: 'soap', sku: 'SOAP', revenueMinor: 2000, soldUnits: 1 }] },
      {
        currency: 'USD',
        products: [
          { productKey: 'sku:CANDLE', title: 'candle', sku: 'CANDLE', revenueMinor: 7000, soldUnits: 2 },
          { productKey: 'sku:MUG', title: 'Mug', sku: 'MUG', revenueMinor: 4000, soldUnits: 10 },
          { productKey: 'sku:TEE', title: 'tee', sku: 'TEE', revenueMinor: 2000, soldUnits: 1 },
          { productKey: 'sku:SOAP', title: 'soap', sku: 'SOAP', revenueMinor: 1000, soldUnits: 1 },
        ],
      },
    ])
    // Only the mug sold 10 units; the candle's return (matched by SKU) is real but 2 sold units are too few to rank.
    expect(topProducts.byReturnRate.products).toEqual([
      { productKey: 'sku:MUG', title: 'Mug', sku: 'MUG', soldUnits: 10, orders: 1, returnedUnits: 1, unitShare: 0.1, returnedOrders: 1, orderShare: 1 },
    ])
  })

  it('scores NPS and CSAT with their number of answers, by shop-local month, with the latest comments', async () => {
    const { kpis, npsTrend } = await shop.backend.client.dashboard.metrics(period)
    expect(kpis.nps.current).toEqual({ score: 25, responses: 4, promoters: 2, passives: 1, detractors: 1 })
    expect(kpis.nps.previous).toEqual({ score: 0, responses: 1, promoters: 0, passives: 1, detractors: 0 })
    expect(kpis.csat.current).toEqual({ share: 2 / 3, responses: 3, satisfied: 2 })
    expect(kpis.csat.previous).toEqual({ share: null, responses: 0, satisfied: 0 })
    expect(npsTrend.months).toEqual([
      { month: '2026-03', responses: 1, score: 100 },
      { month: '2026-04', responses: 2, score: 50 },
      { month: '2026-05', responses: 1, score: -100 },
    ])
    expect(npsTrend.latestComments.map((c) => [c.comment, c.score, c.respondedAt])).toEqual([
      ['Slow', 3, '2026-06-01T03:30:00.000Z'],
      ['ok', 7, '2026-04-15T15:00:00.000Z'],
      ['Love it', 10, '2026-03-20T15:00:00.000Z'],
    ])
    expect(npsTrend.latestComments[0]?.customerId).toBeNull()
  })

  it('applies a currency filter to every figure, a customer counting only their orders in it', async () => {
    const { kpis, excluded } = await shop.backend.client.dashboard.metrics({ ...period, currency: 'eur' })
    expect(kpis.orders.current).toBe(1)
    expect(kpis.customers.current).toBe(1)
    expect(kpis.repeatPurchaseRate.current).toEqual({ share: 0, repeatCustomers: 0, customers: 1 })
    expect(kpis.netRevenue.current).toEqual([{ currency: 'EUR', netMinor: 2000, orders: 1 }])
    expect(kpis.lifetimeValue.current).toEqual([{ currency: 'EUR', customers: 1, averageMinor: 2000, medianMinor: 2000 }])
    expect(excluded.current.ordersWithoutCustomer).toBe(0)
    expect(kpis.nps.current.responses).toBe(0)
  })

  it('applies a source filter, leaving Amazon orders in revenue but out of customer figures', async () => {
    const { kpis, excluded } = await shop.backend.client.dashboard.metrics({ ...period, source: 'amazon' })
    expect(kpis.orders.current).toBe(1)
    expect(excluded.current.ordersWithoutCustomer).toBe(1)
    expect(kpis.netRevenue.current).toEqual([{ currency: 'USD', netMinor: 1000, orders: 1 }])
    expect(kpis.customers.current).toBe(0)
    expect(kpis.repeatPurchaseRate.current.share).toBeNull()
  })

  it('gives every figure a definition', async () => {
    const metrics = await shop.backend.client.dashboard.metrics(period)
    for (const figure of Object.values(metrics.kpis)) expect(figure.definition.length).toBeGreaterThan(20)
    for (const section of [metrics.repeatWithin, metrics.cohorts, metrics.cohortLifetimeValue, metrics.orderGaps, metrics.returnsByReason, metrics.npsTrend]) {
      expect(section.definition.length).toBeGreaterThan(20)
    }
  })

  it('refuses a period that ends before it starts, or a date that does not exist, saying why', async () => {
    await expect(shop.backend.client.dashboard.metrics({ from: '2026-05-01', to: '2026-04-01' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('on or before its last day'),
    })
    await expect(shop.backend.client.dashboard.metrics({ from: '2026-02-30' })).rejects.toMatchObject({ code: 'INVALID_INPUT' })
    await expect(shop.backend.client.dashboard.metrics({ currency: 'dollars' })).rejects.toMatchObject({ code: 'INVALID_INPUT' })
    await expect(shop.backend.client.dashboard.metrics({ from: '2026-07-01' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('2026-07-01'),
    })
  })
})

/**
 * Period 2026-01-01..2026-03-31 in New York (it ends at 2026-04-01T04:00Z); now is 2026-06-15.
 *   Eve  2026-02-01T04:30Z (23:30 on 31 Jan in New York) 1000 | 2026-02-20 2000 | 2026-06-10 4000
 *   Gus  2026-01-15 1000 | 2026-01-20 1000 | 2026-04-05 3000
 *   Hal  2026-02-10 5000          Ivy  2026-02-15 1000          (the February cohort never comes back)
 *   Jay  2026-04-01T03:30Z (23:30 on 31 March) 2000 | 2026-05-01 2000
 *   Kim  2025-11-01 1000 | 2026-01-10 1000
 *   Lee  2025-06-01 1000
 */
describe('cohorts, repeat windows and order gaps', () => {
  let shop: Shop
  const period = { from: '2026-01-01', to: '2026-03-31' }

  beforeAll(async () => {
    shop = await openShopInNewYork()
    const db = shop.backend.context.db
    const history: Record<string, Array<[string, number]>> = {
      eve: [['2026-02-01T04:30:00.000Z', 1000], ['2026-02-20T15:00:00.000Z', 2000], ['2026-06-10T15:00:00.000Z', 4000]],
      gus: [['2026-01-15T15:00:00.000Z', 1000], ['2026-01-20T15:00:00.000Z', 1000], ['2026-04-05T15:00:00.000Z', 3000]],
      hal: [['2026-02-10T15:00:00.000Z', 5000]],
      ivy: [['2026-02-15T15:00:00.000Z', 1000]],
      jay: [['2026-04-01T03:30:00.000Z', 2000], ['2026-05-01T15:00:00.000Z', 2000]],
      kim: [['2025-11-01T15:00:00.000Z', 1000], ['2026-01-10T15:00:00.000Z', 1000]],
      lee: [['2025-06-01T15:00:00.000Z', 1000]],
    }
    for (const [name, orders] of Object.entries(history)) {
      const customer = await addCustomer(db, { email: `${name}@example.com` })
      for (const [placedAt, amount] of orders) await addOrder(db, { customer_id: customer.id, placed_at: placedAt }, [line('ITEM', 1, amount)])
    }
  })

  afterAll(() => shop.close())

  it('puts a customer in the cohort of the shop-local month of their first order, and marks the current month incomplete', async () => {
    const { cohorts } = await shop.backend.client.dashboard.metrics(period)
    expect(cohorts.currentMonth).toBe('2026-06')
    const shares = Object.fromEntries(cohorts.rows.map((row) => [row.cohort, [row.customers, ...row.cells.map((c) => c.share)]]))
    expect(shares).toEqual({
      '2026-01': [2, 1, 0.5, 0, 0.5, 0, 0.5],
      '2026-02': [2, 1, 0, 0, 0, 0],
      '2026-03': [1, 1, 0, 1, 0],
    })
    const january = cohorts.rows[0]!
    expect(january.cells.map((c) => c.month)).toEqual(['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06'])
    expect(january.cells.map((c) => c.incomplete)).toEqual([false, false, false, false, false, true])
  })

  it('counts second orders within N days only over customers who had all N days before the period ended', async () => {
    const { repeatWithin } = await shop.backend.client.dashboard.metrics(period)
    const overall = Object.fromEntries(repeatWithin.overall.map((w) => [w.days, [w.eligibleCustomers, w.repeatCustomers, w.share]]))
    // Jay's first order is less than 30 days before the end; nobody's is 90 days before it.
    expect(overall).toEqual({ 30: [4, 2, 0.5], 90: [0, 0, null], 180: [0, 0, null], 365: [0, 0, null] })
    expect(repeatWithin.overall[0]?.firstOrderBy).toBe('2026-03-02T04:00:00.000Z')
    const byCohort = Object.fromEntries(repeatWithin.byCohort.map((c) => [c.cohort, [c.customers, c.windows[0]!.eligibleCustomers, c.windows[0]!.share]]))
    expect(byCohort).toEqual({ '2026-01': [2, 2, 1], '2026-02': [2, 2, 0], '2026-03': [1, 0, null] })
  })

  it('gives each cohort’s value per member within N days of their first order, marking windows not yet over', async () => {
    const { cohortLifetimeValue } = await shop.backend.client.dashboard.metrics(period)
    const values = Object.fromEntries(
      cohortLifetimeValue.rows.map((row) => [`${row.cohort} ${row.currency} ${row.customers}`, row.windows.map((w) => [w.averageMinor, w.complete])]),
    )
    expect(values).toEqual({
      '2026-01 USD 2': [[2500, true], [4000, true], [6000, false], [6000, false]],
      '2026-02 USD 2': [[3000, true], [3000, true], [3000, false], [3000, false]],
      '2026-03 USD 1': [[2000, true], [4000, false], [4000, false], [4000, false]],
    })
  })

  it('measures the days between orders up to the period end and when each customer’s next order is expected', async () => {
    const { orderGaps } = await shop.backend.client.dashboard.metrics(period)
    // Gaps: Eve 19.4375 days, Gus 5, Kim 70.
    expect(orderGaps.repeatCustomers).toBe(3)
    expect(orderGaps.averageDays).toBeCloseTo((19.4375 + 5 + 70) / 3, 6)
    expect(orderGaps.medianDays).toBeCloseTo(19.4375, 6)
    // Jay's one order plus the median gap falls after the end; Lee's expected order is long past.
    expect(orderGaps.expectedNextOrder).toMatchObject({ dueSoon: 1, recentlyOverdue: 5, longOverdue: 1 })
  })
})

describe('a period without any data', () => {
  let shop: Shop

  beforeAll(async () => {
    shop = await openShopInNewYork()
  })

  afterAll(() => shop.close())

  it('gives zeros, empty lists and null shares, never NaN', async () => {
    const metrics = await shop.backend.client.dashboard.metrics({})
    expect(metrics.period).toMatchObject({ from: '2025-06-16', to: '2026-06-15', days: 365 })
    expect(metrics.kpis.customers.current).toBe(0)
    expect(metrics.kpis.repeatPurchaseRate.current.share).toBeNull()
    expect(metrics.kpis.netRevenue.current).toEqual([])
    expect(metrics.kpis.averageOrderValue.current).toEqual([])
    expect(metrics.kpis.lifetimeValue.current).toEqual([])
    expect(metrics.kpis.returnRate.current).toMatchObject({ unitShare: null, orderShare: null })
    expect(metrics.kpis.nps.current).toEqual({ score: null, responses: 0, promoters: 0, passives: 0, detractors: 0 })
    expect(metrics.kpis.csat.current.share).toBeNull()
    expect(metrics.orderGaps).toMatchObject({ averageDays: null, medianDays: null, repeatCustomers: 0 })
    expect(metrics.repeatWithin.overall.every((w) => w.share === null)).toBe(true)
    expect(metrics.cohorts.rows).toHaveLength(13)
    expect(metrics.cohorts.rows.every((row) => row.customers === 0 && row.cells.every((c) => c.share === null))).toBe(true)
    expect(JSON.stringify(metrics)).not.toContain('NaN')
  })
})
