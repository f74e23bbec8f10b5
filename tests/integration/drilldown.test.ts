import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiClient } from '../../src-main/backend/router'
import { resultOf } from '../../src-main/backend/progress'
import type { CustomerDrilldown, OrderDrilldown } from '../../src-main/dashboard/drilldown.rules'
import { openTempShop } from '../support/temp-shop'

type Shop = Awaited<ReturnType<typeof openTempShop>>
type Metrics = Awaited<ReturnType<ApiClient['dashboard']['metrics']>>

/**
 * A figure's click-through must list exactly the rows the figure counted. The
 * demo shop (clock pinned at 2026-06-15) is read in a zone far from UTC, so a
 * drill-down that bounded its days or months in UTC would be caught.
 */
const ZONE = 'Asia/Tokyo'

interface View {
  from: string
  to: string
  source?: 'shopify'
  currency?: string
}

const LAST_365_DAYS: View = { from: '2025-06-16', to: '2026-06-15' }

/** Periods that cross month and year ends, with and without the dashboard's filters. */
const VIEWS: View[] = [LAST_365_DAYS, { from: '2025-11-10', to: '2026-02-20', source: 'shopify' }, { from: '2024-01-01', to: '2025-12-31', currency: 'EUR' }]

describe('drill-downs on the demo shop', () => {
  let shop: Shop
  let client: ApiClient
  const metricsOf = new Map<View, Metrics>()

  const orderCount = async (drilldown: OrderDrilldown) => (await client.orders.list({ drilldown, pageSize: 1 })).total
  const customerCount = async (drilldown: CustomerDrilldown) => (await client.customers.list({ drilldown, pageSize: 1 })).total

  beforeAll(async () => {
    shop = await openTempShop()
    client = shop.backend.client
    await resultOf(await client.demo.load({ seed: 1 }))
    await client.settings.update({ timeZone: ZONE })
    for (const view of VIEWS) metricsOf.set(view, await client.dashboard.metrics(view))
  })
  afterAll(() => shop.close())

  describe.each(VIEWS)('for $from to $to, source $source, currency $currency', (view) => {
    const metrics = () => metricsOf.get(view)!

    it('lists as many orders as the period counted, and as many without a known customer as it excluded', async () => {
      const { kpis, excluded } = metrics()
      expect(kpis.orders.current).toBeGreaterThan(0)
      expect(await orderCount({ kind: 'periodOrders', ...view })).toBe(kpis.orders.current)
      expect(await orderCount({ kind: 'periodOrders', ...view, customer: 'unknown' })).toBe(excluded.current.ordersWithoutCustomer)
    })

    it('lists the orders behind each currency’s net revenue and average order value', async () => {
      const { netRevenue, averageOrderValue } = metrics().kpis
      expect(netRevenue.current.length).toBeGreaterThan(0)
      for (const { currency, orders } of [...netRevenue.current, ...averageOrderValue.current]) {
        expect(await orderCount({ kind: 'periodOrders', ...view, currency })).toBe(orders)
      }
    })

    it('lists the customers who ordered in the period and the repeat customers among them', async () => {
      const { customers, repeatPurchaseRate } = metrics().kpis
      expect(await customerCount({ kind: 'periodCustomers', ...view })).toBe(customers.current)
      expect(await customerCount({ kind: 'repeatCustomers', ...view })).toBe(repeatPurchaseRate.current.repeatCustomers)
      expect(repeatPurchaseRate.current.repeatCustomers).toBeGreaterThan(0)
    })

    it('lists the customers each currency’s lifetime value averages over', async () => {
      const { lifetimeValue } = metrics().kpis
      for (const { currency, customers } of lifetimeValue.current) {
        expect(await customerCount({ kind: 'lifetimeCustomers', to: view.to, source: view.source, currency })).toBe(customers)
      }
    })

    it('lists the orders with a return, in all and for each reason', async () => {
      const { kpis, returnsByReason } = metrics()
      expect(await orderCount({ kind: 'returnedOrders', ...view })).toBe(kpis.returnRate.current.returnedOrders)
      for (const { reason, returnedOrders } of returnsByReason.reasons) {
        expect(await orderCount({ kind: 'returnedOrders', ...view, reason })).toBe(returnedOrders)
      }
    })

    it('lists the orders of the products ranked by return rate', async () => {
      const { products } = metrics().topProducts.byReturnRate
      for (const { productKey, orders } of products.slice(0, 3)) {
        expect(await orderCount({ kind: 'productOrders', ...view, productKey })).toBe(orders)
      }
    })

    it('lists a cohort’s members, and for each month after, the members who ordered then: cell size × share', async () => {
      const { rows } = metrics().cohorts
      expect(rows.length).toBeGreaterThan(2)
      for (const row of [rows[0]!, rows[Math.floor(rows.length / 2)]!, rows.at(-1)!]) {
        const cohort = { kind: 'cohort', month: row.cohort, source: view.source, currency: view.currency } as const
        expect(await customerCount(cohort)).toBe(row.customers)
        for (const cell of row.cells.slice(0, 4)) {
          const listed = await customerCount({ ...cohort, offset: cell.monthsAfter })
          expect(listed).toBe(cell.activeCustomers)
          expect(listed).toBe(Math.round((cell.share ?? 0) * row.customers))
        }
      }
    })

    it('lists the first-time customers each repeat window had, and those who came back within it', async () => {
      for (const window of metrics().repeatWithin.overall) {
        expect(await customerCount({ kind: 'repeatWithin', ...view, days: window.days, group: 'eligible' })).toBe(window.eligibleCustomers)
        expect(await customerCount({ kind: 'repeatWithin', ...view, days: window.days, group: 'repeated' })).toBe(window.repeatCustomers)
      }
    })

    it('lists the customers whose next order is due soon, recently overdue and long overdue', async () => {
      const expected = metrics().orderGaps.expectedNextOrder
      const { to, source, currency } = view
      for (const group of ['dueSoon', 'recentlyOverdue', 'longOverdue'] as const) {
        expect(await customerCount({ kind: 'expectedNextOrder', to, source, currency, group }), group).toBe(expected[group])
      }
      expect(expected.dueSoon + expected.recentlyOverdue + expected.longOverdue).toBeGreaterThan(0)
    })
  })

  it('lists the customers behind the NPS: no more than the answers, and promoters and detractors among them', async () => {
    const view = LAST_365_DAYS
    const { nps, csat } = metricsOf.get(view)!.kpis
    const respondents = await customerCount({ kind: 'npsRespondents', ...view })
    expect(respondents).toBeGreaterThan(0)
    expect(respondents).toBeLessThanOrEqual(nps.current.responses)
    const promoters = await customerCount({ kind: 'npsRespondents', ...view, group: 'promoters' })
    const detractors = await customerCount({ kind: 'npsRespondents', ...view, group: 'detractors' })
    expect(promoters).toBeGreaterThan(0)
    expect(promoters).toBeLessThanOrEqual(nps.current.promoters)
    expect(detractors).toBeLessThanOrEqual(nps.current.detractors)
    expect(await customerCount({ kind: 'csatRespondents', ...view, group: 'satisfied' })).toBeLessThanOrEqual(csat.current.satisfied)
  })

  it('narrows a drill-down further by the list’s own search', async () => {
    const drilldown = { kind: 'periodOrders', ...LAST_365_DAYS } as const
    const [first] = (await client.orders.list({ drilldown, pageSize: 1 })).rows
    const found = await client.orders.list({ drilldown, search: first!.orderNumber })
    expect(found.rows.map((order) => order.id)).toContain(first!.id)
    expect(found.total).toBeLessThan(await orderCount(drilldown))
  })

  it('refuses a drill-down that belongs to the other list, or whose period ends before it starts', async () => {
    await expect(client.customers.list({ drilldown: { kind: 'periodOrders', from: '2026-01-01', to: '2026-01-31' } as never })).rejects.toThrow()
    await expect(client.orders.list({ drilldown: { kind: 'periodOrders', from: '2026-02-01', to: '2026-01-31' } })).rejects.toThrow(/on or before/)
  })
})
