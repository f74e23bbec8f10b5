import type { Share } from '../dashboard/metrics.rules'
import type { Compared, DashboardMetrics } from '../dashboard/metrics.types'

/** The dashboard's figures as plain text for a terminal; `--json` prints every figure instead. */

const count = new Intl.NumberFormat('en-US')
const oneDecimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 })

function percent(value: Share): string {
  return value === null ? '–' : `${oneDecimal.format(value * 100)}%`
}

function money(currency: string, minor: number): string {
  try {
    const format = new Intl.NumberFormat('en-US', { style: 'currency', currency })
    return format.format(minor / 10 ** (format.resolvedOptions().maximumFractionDigits ?? 2))
  } catch {
    // An imported code Intl does not know still prints, in minor units, rather than failing the summary.
    return `${count.format(minor)} ${currency} (minor units)`
  }
}

function listOrNone(lines: string[]): string[] {
  return lines.length > 0 ? lines : ['  (none)']
}

function line(label: string, current: string, previous: string): string {
  return `  ${label.padEnd(24)} ${current.padStart(16)}   (before: ${previous})`
}

function perCurrency<T extends { currency: string }>(label: string, figure: Compared<T[]>, show: (item: T) => string): string[] {
  const currencies = [...new Set([...figure.current, ...figure.previous].map((item) => item.currency))].sort()
  if (currencies.length === 0) return [line(label, '–', '–')]
  return currencies.map((currency, i) => {
    const current = figure.current.find((item) => item.currency === currency)
    const previous = figure.previous.find((item) => item.currency === currency)
    return line(i === 0 ? label : '', current ? show(current) : '–', previous ? show(previous) : '–')
  })
}

export function formatMetricsSummary(metrics: DashboardMetrics): string {
  const { kpis, period, previousPeriod } = metrics
  const filters = [metrics.filters.source && `source ${metrics.filters.source}`, metrics.filters.currency && `currency ${metrics.filters.currency}`].filter(Boolean)
  const nps = (n: typeof kpis.nps.current) => (n.score === null ? `– (0 answers)` : `${oneDecimal.format(n.score)} (${count.format(n.responses)} answers)`)
  const returns = (r: typeof kpis.returnRate.current) => `${percent(r.unitShare)} units, ${percent(r.orderShare)} orders`
  const sections = [
    `Retention ${period.from} to ${period.to} (${metrics.timeZone}), before: ${previousPeriod.from} to ${previousPeriod.to}${filters.length ? `; ${filters.join(', ')}` : ''}`,
    '',
    line('Customers', count.format(kpis.customers.current), count.format(kpis.customers.previous)),
    line('Orders', count.format(kpis.orders.current), count.format(kpis.orders.previous)),
    line('Repeat purchase rate', percent(kpis.repeatPurchaseRate.current.share), percent(kpis.repeatPurchaseRate.previous.share)),
    ...perCurrency('Net revenue', kpis.netRevenue, (r) => money(r.currency, r.netMinor)),
    ...perCurrency('Average order value', kpis.averageOrderValue, (r) => money(r.currency, r.averageMinor)),
    ...perCurrency('CLV average / median', kpis.lifetimeValue, (r) => `${money(r.currency, r.averageMinor)} / ${money(r.currency, r.medianMinor)}`),
    line('Return rate', returns(kpis.returnRate.current), returns(kpis.returnRate.previous)),
    line('NPS', nps(kpis.nps.current), nps(kpis.nps.previous)),
    line('CSAT', percent(kpis.csat.current.share), percent(kpis.csat.previous.share)),
    `  Orders without a known customer (left out of customer figures): ${count.format(metrics.excluded.current.ordersWithoutCustomer)}`,
    '',
    `Second order within ${metrics.repeatWithin.overall.map((w) => `${w.days} days: ${percent(w.share)}`).join(', ')}`,
    `Days between orders: average ${metrics.orderGaps.averageDays === null ? '–' : oneDecimal.format(metrics.orderGaps.averageDays)}, median ${
      metrics.orderGaps.medianDays === null ? '–' : oneDecimal.format(metrics.orderGaps.medianDays)
    }; next orders due soon ${count.format(metrics.orderGaps.expectedNextOrder.dueSoon)}, recently overdue ${count.format(
      metrics.orderGaps.expectedNextOrder.recentlyOverdue,
    )}`,
    '',
    'Cohorts (customers, then share ordering 0, 1, 2… months after their first month):',
    ...metrics.cohorts.rows.map((row) => `  ${row.cohort}  ${count.format(row.customers).padStart(7)}  ${row.cells.map((c) => percent(c.share).padStart(6)).join(' ')}`),
    '',
    'Top products by revenue:',
    ...listOrNone(metrics.topProducts.byRevenue.currencies.flatMap((c) => c.products.slice(0, 5).map((p) => `  ${money(c.currency, p.revenueMinor).padStart(16)}  ${p.title}`))),
    'Top products by return rate:',
    ...listOrNone(metrics.topProducts.byReturnRate.products.slice(0, 5).map((p) => `  ${percent(p.unitShare).padStart(6)}  ${p.title} (${count.format(p.soldUnits)} sold)`)),
    'Returns by reason (share of units sold):',
    ...listOrNone(metrics.returnsByReason.reasons.map((r) => `  ${r.reason.padEnd(18)} ${percent(r.unitShare)}`)),
  ]
  return sections.join('\n')
}
