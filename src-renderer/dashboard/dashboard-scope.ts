import type { DashboardMetrics } from '../../src-main/dashboard/metrics.types'

/** The period and filters every figure on screen was computed for: each drill-down names them, so a click lists the same rows. */
export interface FigureScope {
  from: string
  to: string
  source?: NonNullable<DashboardMetrics['filters']['source']>
  currency?: string
}

export function scopeOf(metrics: DashboardMetrics): FigureScope {
  const { source, currency } = metrics.filters
  return { from: metrics.period.from, to: metrics.period.to, ...(source ? { source } : {}), ...(currency ? { currency } : {}) }
}
