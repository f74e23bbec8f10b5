import { describe, expect, it } from 'vitest'
import { cohortRows, lifetimeValues, repeatWindows, topProductsByReturnRate } from '../../src-main/dashboard/figures.rules'

describe('cohort grid', () => {
  it('takes the size from month 0, fills months without orders with 0 and marks only the current month incomplete', () => {
    const rows = cohortRows(['2026-04', '2026-05'], [
      { cohort: '2026-04', month: '2026-04', activeCustomers: 4 },
      { cohort: '2026-04', month: '2026-06', activeCustomers: 1 },
    ], '2026-06')
    expect(rows[0]).toEqual({
      cohort: '2026-04',
      customers: 4,
      cells: [
        { monthsAfter: 0, month: '2026-04', activeCustomers: 4, share: 1, incomplete: false },
        { monthsAfter: 1, month: '2026-05', activeCustomers: 0, share: 0, incomplete: false },
        { monthsAfter: 2, month: '2026-06', activeCustomers: 1, share: 0.25, incomplete: true },
      ],
    })
    expect(rows[1]?.customers).toBe(0)
    expect(rows[1]?.cells.every((c) => c.share === null)).toBe(true)
  })
})

describe('repeat windows', () => {
  it('sums cohorts for the overall figure only where the first order is in the period', () => {
    const windows = [{ days: 30 as const, firstOrderBy: '2026-05-02T00:00:00.000Z' }]
    const result = repeatWindows(
      [
        { cohort: '2026-03', inPeriod: false, customers: 5, windows: [{ days: 30, eligibleCustomers: 5, repeatCustomers: 1 }] },
        { cohort: '2026-03', inPeriod: true, customers: 3, windows: [{ days: 30, eligibleCustomers: 3, repeatCustomers: 3 }] },
      ],
      windows,
      ['2026-03'],
    )
    expect(result.overall).toEqual([{ days: 30, firstOrderBy: '2026-05-02T00:00:00.000Z', eligibleCustomers: 3, repeatCustomers: 3, share: 1 }])
    expect(result.byCohort[0]).toMatchObject({ cohort: '2026-03', customers: 8, windows: [{ eligibleCustomers: 8, repeatCustomers: 4, share: 0.5 }] })
  })
})

describe('lifetime value', () => {
  it('rounds the average and the median of an even count to whole minor units', () => {
    expect(lifetimeValues([{ currency: 'USD', customers: 3, totalMinor: 1000, middleMinor: [333, 333] }])).toEqual([
      { currency: 'USD', customers: 3, averageMinor: 333, medianMinor: 333 },
    ])
    expect(lifetimeValues([{ currency: 'JPY', customers: 2, totalMinor: 3, middleMinor: [1, 2] }])[0]?.medianMinor).toBe(2)
  })
})

describe('products by return rate', () => {
  it('adds a product’s sales across currencies and ranks only products with enough units sold', () => {
    const ranked = topProductsByReturnRate(
      [
        { currency: 'USD', productKey: 'p1', soldUnits: 6, revenueMinor: 600, orders: 5 },
        { currency: 'EUR', productKey: 'p1', soldUnits: 6, revenueMinor: 600, orders: 5 },
        { currency: 'USD', productKey: 'p2', soldUnits: 9, revenueMinor: 900, orders: 9 },
        { currency: 'USD', productKey: 'p3', soldUnits: 40, revenueMinor: 900, orders: 20 },
      ],
      [
        { productKey: 'p1', returnedUnits: 3, returnedOrders: 2 },
        { productKey: 'p2', returnedUnits: 9, returnedOrders: 9 },
        { productKey: 'p3', returnedUnits: 2, returnedOrders: 2 },
      ],
    )
    expect(ranked.map((p) => [p.productKey, p.soldUnits, p.unitShare, p.orderShare])).toEqual([
      ['p1', 12, 0.25, 0.2],
      ['p3', 40, 0.05, 0.1],
    ])
  })
})
