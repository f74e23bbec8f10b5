import type { DashboardMetrics } from '../../src-main/dashboard/metrics.types'
import { monthPeriod, previousMonth, trendPeriod } from '../../src-main/report/monthly-report.rules'
import type { MonthlyReport } from '../../src-main/report/read-monthly-report'

/**
 * Builders for the printed report's input: dashboard figures of a shop that
 * sold nothing, for a test to fill in only what it is about.
 */

function quietMetrics(period: { from: string; to: string }): DashboardMetrics {
  const bounds = { ...period, days: 30, startsAt: `${period.from}T00:00:00.000Z`, endsBefore: `${period.to}T00:00:00.000Z` }
  const nps = { score: null, responses: 0, promoters: 0, passives: 0, detractors: 0 }
  const compared = <T>(value: T) => ({ current: value, previous: value, definition: 'Defined.' })
  return {
    asOf: '2026-06-15T12:00:00.000Z',
    timeZone: 'UTC',
    filters: { source: null, currency: null, definition: 'Filters.' },
    period: bounds,
    previousPeriod: bounds,
    excluded: compared({ ordersWithoutCustomer: 0 }),
    kpis: {
      customers: compared(0),
      orders: compared(0),
      repeatPurchaseRate: compared({ share: null, repeatCustomers: 0, customers: 0 }),
      netRevenue: compared([]),
      averageOrderValue: compared([]),
      lifetimeValue: compared([]),
      returnRate: compared({ unitShare: null, returnedUnits: 0, soldUnits: 0, orderShare: null, returnedOrders: 0, orders: 0 }),
      nps: compared(nps),
      csat: compared({ share: null, responses: 0, satisfied: 0 }),
    },
    repeatWithin: { definition: 'Repeat.', overall: [], byCohort: [] },
    cohorts: { definition: 'Cohorts.', currentMonth: '2026-06', rows: [] },
    cohortLifetimeValue: { definition: 'Cohort value.', rows: [] },
    orderGaps: { definition: 'Gaps.', averageDays: null, medianDays: null, repeatCustomers: 0, expectedNextOrder: { definition: 'Next.', dueSoon: 0, recentlyOverdue: 0, longOverdue: 0 } },
    returnsByReason: { definition: 'Reasons.', reasons: [] },
    topProducts: { byRevenue: { definition: 'Top revenue.', currencies: [] }, byReturnRate: { definition: 'Top returns.', products: [] } },
    npsTrend: { definition: 'Trend.', months: [], latestComments: [] },
  }
}

export interface ReportParts {
  thisMonth?: (metrics: DashboardMetrics) => void
  monthBefore?: (metrics: DashboardMetrics) => void
  trend?: (metrics: DashboardMetrics) => void
}

/** The report of a quiet month of "Test shop"; each part's figures can be changed before it is rendered. */
export function aReport(month: string, parts: ReportParts = {}, shop: Partial<Pick<MonthlyReport, 'shopName' | 'currentMonth'>> = {}): MonthlyReport {
  const thisMonth = quietMetrics(monthPeriod(month))
  const monthBefore = quietMetrics(monthPeriod(previousMonth(month)))
  const trend = quietMetrics(trendPeriod(month))
  parts.thisMonth?.(thisMonth)
  parts.monthBefore?.(monthBefore)
  parts.trend?.(trend)
  return {
    shopName: shop.shopName ?? 'Test shop',
    timeZone: 'UTC',
    month,
    currentMonth: shop.currentMonth ?? '2026-06',
    generatedAt: '2026-06-15T12:00:00.000Z',
    filters: { source: null, currency: null },
    thisMonth,
    monthBefore,
    trend,
  }
}
