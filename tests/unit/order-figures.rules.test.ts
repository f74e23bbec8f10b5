import { describe, expect, it } from 'vitest'
import { cohortActivity, repeatWithin } from '../../src-main/dashboard/cohort-figures.rules'
import { customerActivity, lifetimeValue } from '../../src-main/dashboard/customer-figures.rules'
import { monthFinder, msRange, viewOf } from '../../src-main/dashboard/facts-view.rules'
import type { MonthBounds } from '../../src-main/dashboard/metrics-sql'
import { groupBy, type OrderFacts } from '../../src-main/dashboard/order-facts.repo'

interface OrderSketch {
  customer: number
  at: string
  netMinor?: number
  currency?: string
  source?: string
  counted?: boolean
}

/** Facts for a handful of orders without lines, returns or answers. */
function factsOf(orders: OrderSketch[]): OrderFacts {
  const currencies = [...new Set(orders.map((o) => o.currency ?? 'USD'))]
  const sources = [...new Set(orders.map((o) => o.source ?? 'shopify'))]
  return {
    orders: orders.length,
    counted: Uint8Array.from(orders, (o) => (o.counted === false ? 0 : 1)),
    customerOf: Int32Array.from(orders, (o) => o.customer),
    placedAt: Float64Array.from(orders, (o) => Date.parse(o.at)),
    netMinor: Float64Array.from(orders, (o) => o.netMinor ?? 1000),
    currencyOf: Uint16Array.from(orders, (o) => currencies.indexOf(o.currency ?? 'USD')),
    sourceOf: Uint8Array.from(orders, (o) => sources.indexOf(o.source ?? 'shopify')),
    currencies,
    sources,
    customers: Math.max(-1, ...orders.map((o) => o.customer)) + 1,
    lineStart: new Int32Array(orders.length + 1),
    lineProduct: new Int32Array(0),
    lineQuantity: new Float64Array(0),
    lineRevenueMinor: new Float64Array(0),
    productKeys: [],
    returned: { count: 0, order: new Int32Array(0), reason: new Uint8Array(0), reasons: [], product: new Int32Array(0), quantity: new Float64Array(0), isLine: new Uint8Array(0) },
    surveys: { count: 0, isNps: new Uint8Array(0), score: new Uint8Array(0), respondedAt: new Float64Array(0), order: new Int32Array(0) },
  }
}

// New York months around the spring clock change: March starts at 05:00Z, April at 04:00Z.
const MONTHS: MonthBounds[] = [
  { month: '2026-02', startsAt: '2026-02-01T05:00:00.000Z', endsBefore: '2026-03-01T05:00:00.000Z' },
  { month: '2026-03', startsAt: '2026-03-01T05:00:00.000Z', endsBefore: '2026-04-01T04:00:00.000Z' },
  { month: '2026-04', startsAt: '2026-04-01T04:00:00.000Z', endsBefore: '2026-05-01T04:00:00.000Z' },
]

describe('the order figures computed from facts', () => {
  it('put an instant in the shop-local month whose bounds hold it, and outside the months in none', () => {
    const monthOf = monthFinder(MONTHS)
    expect(monthOf(Date.parse('2026-03-01T05:00:00.000Z'))).toBe(1)
    expect(monthOf(Date.parse('2026-03-01T04:59:59.999Z'))).toBe(0)
    expect(monthOf(Date.parse('2026-04-01T03:30:00.000Z'))).toBe(1)
    expect(monthOf(Date.parse('2026-02-01T04:59:59.999Z'))).toBe(-1)
    expect(monthOf(Date.parse('2026-05-01T04:00:00.000Z'))).toBe(-1)
  })

  it('group items by their group, in item order, leaving out those of no group', () => {
    expect(groupBy(Int32Array.from([1, -1, 0, 1, 0]), 3)).toEqual({ start: Int32Array.from([0, 2, 4, 4]), members: Int32Array.from([2, 4, 0, 3]) })
  })

  it('see nothing through a filter naming a currency the shop never took, and never count a cancelled order', () => {
    const facts = factsOf([
      { customer: 0, at: '2026-03-02T12:00:00.000Z' },
      { customer: 0, at: '2026-03-03T12:00:00.000Z', counted: false, currency: 'EUR' },
    ])
    expect(Array.from(viewOf(facts, { currency: 'JPY' }).matches)).toEqual([0, 0])
    const euro = viewOf(facts, { currency: 'EUR' })
    expect(Array.from(euro.attributed)).toEqual([0, 1])
    expect(Array.from(euro.matches)).toEqual([0, 0])
  })

  it('count a second order placed at the very instant of the first as a repeat within 0 days', () => {
    const view = viewOf(
      factsOf([
        { customer: 0, at: '2026-03-02T05:00:00.000Z' },
        { customer: 0, at: '2026-03-02T05:00:00.000Z' },
        { customer: 1, at: '2026-03-05T12:00:00.000Z' },
        { customer: 1, at: '2026-04-05T12:00:00.000Z' },
      ]),
      {},
    )
    const period = msRange({ startsAt: MONTHS[1]!.startsAt, endsBefore: MONTHS[2]!.endsBefore })
    const rows = repeatWithin(view, { months: MONTHS, firstOrders: period, period, windows: [{ days: 30, firstOrderBy: '2026-04-01T00:00:00.000Z' }] })
    expect(rows).toEqual([{ cohort: '2026-03', inPeriod: true, customers: 2, windows: [{ days: 30, eligibleCustomers: 2, repeatCustomers: 1 }] }])
    expect(cohortActivity(view, { months: MONTHS, firstOrders: period })).toEqual([
      { cohort: '2026-03', month: '2026-03', activeCustomers: 2 },
      { cohort: '2026-03', month: '2026-04', activeCustomers: 1 },
    ])
  })

  it('take the shop’s median gap for a one-time buyer’s next order, and the middle two of an even count', () => {
    const view = viewOf(
      factsOf([
        { customer: 0, at: '2026-01-01T00:00:00.000Z', netMinor: 100 },
        { customer: 0, at: '2026-01-11T00:00:00.000Z', netMinor: 300 },
        { customer: 1, at: '2026-01-01T00:00:00.000Z', netMinor: 500 },
        { customer: 1, at: '2026-01-31T00:00:00.000Z', netMinor: 700 },
        { customer: 2, at: '2026-02-20T00:00:00.000Z', netMinor: 900 },
      ]),
      {},
    )
    const periods = {
      current: msRange({ startsAt: '2026-02-01T00:00:00.000Z', endsBefore: '2026-03-01T00:00:00.000Z' }),
      previous: msRange({ startsAt: '2026-01-04T00:00:00.000Z', endsBefore: '2026-02-01T00:00:00.000Z' }),
    }
    const activity = customerActivity(view, periods)
    // Own gaps 10 and 30 days, so the shop's median is 20: the one-time buyer is expected back on 12 March and the
    // 30-day customer on 2 March (both due soon after the 1 March end), the 10-day one was expected on 21 January.
    expect(activity.gaps).toMatchObject({ repeatCustomers: 2, totalGapDays: 40, gaps: 2, middleGapDays: [10, 30], dueSoon: 2, recentlyOverdue: 1, longOverdue: 0 })
    expect(activity.current).toEqual({ customers: 1, repeatCustomers: 0 })
    expect(activity.previous).toEqual({ customers: 2, repeatCustomers: 2 })
    expect(lifetimeValue(view, periods)).toEqual({
      current: [{ currency: 'USD', customers: 3, totalMinor: 2500, middleMinor: [900] }],
      previous: [{ currency: 'USD', customers: 2, totalMinor: 1600, middleMinor: [400, 1200] }],
    })
  })
})
