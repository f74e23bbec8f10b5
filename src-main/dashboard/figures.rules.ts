import type { CohortActivity, CohortValueRow, RepeatWithinRow } from './cohort-figures.rules'
import type { LifetimeValueByCurrency } from './customer-figures.rules'
import {
  addMonths,
  averageMinor,
  daysBefore,
  median,
  MIN_UNITS_FOR_RETURN_RANKING,
  monthsBetween,
  npsScore,
  REPEAT_WINDOWS_DAYS,
  share,
  TOP_PRODUCTS,
  type NpsCounts,
  type RepeatWindowDays,
} from './metrics.rules'
import type { AverageOrderValue, CohortRow, CohortValue, LifetimeValue, NetPromoterScore, RepeatWindow } from './metrics.types'
import type { ProductLabel } from './product-labels.repo'
import type { ReturnsByProduct } from './return-figures.rules'
import type { ProductSales, SalesByCurrency } from './sales-figures.rules'

/**
 * Turns the repositories' rows into the dashboard's figures: shares, averages
 * and medians, cohort grids, rankings. Pure, so the shaping is tested without SQL.
 */

export function sumOf<T>(items: readonly T[], value: (item: T) => number): number {
  return items.reduce((total, item) => total + value(item), 0)
}

export function averageOrderValues(sales: readonly SalesByCurrency[]): AverageOrderValue[] {
  return sales.map((s) => ({ currency: s.currency, averageMinor: averageMinor(s.netMinor, s.orders) ?? 0, orders: s.orders }))
}

export function lifetimeValues(rows: readonly LifetimeValueByCurrency[]): LifetimeValue[] {
  return rows.map((r) => ({
    currency: r.currency,
    customers: r.customers,
    averageMinor: averageMinor(r.totalMinor, r.customers) ?? 0,
    medianMinor: Math.round(median(r.middleMinor) ?? 0),
  }))
}

export function netPromoterScore(counts: NpsCounts): NetPromoterScore {
  return { score: npsScore(counts), responses: counts.promoters + counts.passives + counts.detractors, ...counts }
}

export function repeatWindows(rows: readonly RepeatWithinRow[], cutoffs: ReadonlyArray<{ days: RepeatWindowDays; firstOrderBy: string }>, cohorts: readonly string[]) {
  const windowsOf = (selected: readonly RepeatWithinRow[]): RepeatWindow[] =>
    cutoffs.map((cutoff, i) => {
      const eligibleCustomers = sumOf(selected, (r) => r.windows[i]!.eligibleCustomers)
      const repeatCustomers = sumOf(selected, (r) => r.windows[i]!.repeatCustomers)
      return { ...cutoff, eligibleCustomers, repeatCustomers, share: share(repeatCustomers, eligibleCustomers) }
    })
  return {
    overall: windowsOf(rows.filter((r) => r.inPeriod)),
    byCohort: cohorts.map((cohort) => {
      const members = rows.filter((r) => r.cohort === cohort)
      return { cohort, customers: sumOf(members, (r) => r.customers), windows: windowsOf(members) }
    }),
  }
}

export function cohortRows(cohorts: readonly string[], activity: readonly CohortActivity[], currentMonth: string): CohortRow[] {
  const active = new Map(activity.map((a) => [`${a.cohort}|${a.month}`, a.activeCustomers]))
  return cohorts.map((cohort) => {
    // Every member ordered in their first month, so month 0's count is the cohort's size.
    const customers = active.get(`${cohort}|${cohort}`) ?? 0
    const cells = Array.from({ length: monthsBetween(cohort, currentMonth) + 1 }, (_, monthsAfter) => {
      const month = addMonths(cohort, monthsAfter)
      const activeCustomers = active.get(`${cohort}|${month}`) ?? 0
      return { monthsAfter, month, activeCustomers, share: share(activeCustomers, customers), incomplete: month === currentMonth }
    })
    return { cohort, customers, cells }
  })
}

export function cohortValues(rows: readonly CohortValueRow[], monthStart: (month: string) => string, now: Date): CohortValue[] {
  return rows.map((row) => {
    const lastFirstOrderAt = new Date(monthStart(addMonths(row.cohort, 1)))
    return {
      cohort: row.cohort,
      currency: row.currency,
      customers: row.customers,
      windows: REPEAT_WINDOWS_DAYS.map((days, i) => ({
        days,
        averageMinor: averageMinor(row.withinMinor[i]!.netMinor, row.customers),
        complete: daysBefore(now, days) >= lastFirstOrderAt,
      })),
    }
  })
}

interface RankedProduct {
  productKey: string
}

export function topProductsByRevenue(sales: readonly ProductSales[]) {
  const currencies = [...new Set(sales.map((s) => s.currency))].sort()
  return currencies.map((currency) => ({
    currency,
    products: sales
      .filter((s): s is ProductSales & RankedProduct => s.currency === currency && s.productKey !== null)
      .sort((a, b) => b.revenueMinor - a.revenueMinor || a.productKey.localeCompare(b.productKey))
      .slice(0, TOP_PRODUCTS)
      .map((s) => ({ productKey: s.productKey, revenueMinor: s.revenueMinor, soldUnits: s.soldUnits })),
  }))
}

export function topProductsByReturnRate(sales: readonly ProductSales[], returned: readonly ReturnsByProduct[]) {
  const sold = new Map<string, { soldUnits: number; orders: number }>()
  for (const s of sales) {
    if (s.productKey === null) continue
    const total = sold.get(s.productKey) ?? { soldUnits: 0, orders: 0 }
    // An order has one currency, so per-currency order counts add up without double counting.
    sold.set(s.productKey, { soldUnits: total.soldUnits + s.soldUnits, orders: total.orders + s.orders })
  }
  return returned
    .flatMap((r) => {
      const s = sold.get(r.productKey)
      if (!s || s.soldUnits < MIN_UNITS_FOR_RETURN_RANKING) return []
      return [
        {
          productKey: r.productKey,
          ...s,
          returnedUnits: r.returnedUnits,
          unitShare: share(r.returnedUnits, s.soldUnits),
          returnedOrders: r.returnedOrders,
          orderShare: share(r.returnedOrders, s.orders),
        },
      ]
    })
    .sort((a, b) => (b.unitShare ?? 0) - (a.unitShare ?? 0) || b.returnedUnits - a.returnedUnits || a.productKey.localeCompare(b.productKey))
    .slice(0, TOP_PRODUCTS)
}

export function labelled<T extends RankedProduct>(product: T, labels: ReadonlyMap<string, ProductLabel>): T & { title: string; sku: string | null } {
  const label = labels.get(product.productKey)
  return { ...product, title: label?.title ?? product.productKey, sku: label?.sku ?? null }
}

