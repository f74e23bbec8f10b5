import type { OrderFilters } from '../dashboard/metrics-sql'
import type { DashboardMetrics } from '../dashboard/metrics.types'
import type { OrderFacts } from '../dashboard/order-facts.repo'
import { readDashboardMetrics } from '../dashboard/read-dashboard-metrics'
import type { Db } from '../db/database'
import type { Source } from '../orders/orders.table'
import type { ShopSettings } from '../settings/settings.rules'
import { localMonthOf } from '../time/zoned-time'
import { monthPeriod, previousMonth, trendPeriod } from './monthly-report.rules'

/** Everything the printed report shows, read from the same figures as the dashboard. */
export interface MonthlyReport {
  shopName: string
  timeZone: string
  month: string
  /** The shop's current month: a report of it is a report of a month not yet over. */
  currentMonth: string
  generatedAt: string
  filters: { source: Source | null; currency: string | null }
  /** The dashboard's figures for the report's month... */
  thisMonth: DashboardMetrics
  /** ...for the calendar month before it, which the KPIs compare with... */
  monthBefore: DashboardMetrics
  /** ...and for the twelve months ending with it: cohorts, repeat purchases and NPS trend. */
  trend: DashboardMetrics
}

export interface MonthlyReportRequest {
  month: string
  filters: OrderFilters
  now: Date
  settings: Pick<ShopSettings, 'shopName' | 'timeZone'>
}

export async function readMonthlyReport(db: Db, facts: OrderFacts, request: MonthlyReportRequest): Promise<MonthlyReport> {
  const { shopName, timeZone } = request.settings
  const metricsOf = (period: { from: string; to: string }) => readDashboardMetrics(db, facts, { period, filters: request.filters, now: request.now, timeZone })
  const thisMonth = await metricsOf(monthPeriod(request.month))
  const monthBefore = await metricsOf(monthPeriod(previousMonth(request.month)))
  const trend = await metricsOf(trendPeriod(request.month))
  return {
    shopName,
    timeZone,
    month: request.month,
    currentMonth: localMonthOf(request.now, timeZone),
    generatedAt: request.now.toISOString(),
    filters: { source: request.filters.source ?? null, currency: request.filters.currency ?? null },
    thisMonth,
    monthBefore,
    trend,
  }
}
