import type { DashboardMetrics } from '../dashboard/metrics.types'
import { currenciesOf, relativeChange, scoreChange, shareChangePoints } from './monthly-report.rules'
import type { MonthlyReport } from './read-monthly-report'
import { formatCount, formatMoney, formatMonth, formatPointChange, formatRelativeChange, formatScore, formatShare, NOTHING, pluralize } from './report-format'
import { html, type SafeHtml } from './safe-html'

/**
 * The key figures of the month beside the calendar month before, each with
 * the sentence that defines it. Per-currency figures get one line per
 * currency and are never added together.
 */

type Direction = 'better' | 'worse' | 'same' | 'none'

/** One month's value of a figure. */
interface Reading {
  /** What the change is computed from: a count, minor units, a 0..1 share or a score. */
  amount: number | null
  value: string
  /** What the value rests on ("97 of 160 customers"), printed small beneath it. */
  detail?: string
}

interface KpiLine {
  /** A currency code or a variant ("Units") when the figure has several lines. */
  label: string | null
  current: Reading
  previous: Reading
  change: string
  direction: Direction
}

interface Kpi {
  name: string
  definition: string
  lines: KpiLine[]
}

/** The report's month and the calendar month before it. */
interface Months {
  now: DashboardMetrics
  before: DashboardMetrics
}

/**
 * How a change is written: counts and money relative to the month before
 * (+12.5%), shares and scores in points (+2.0 pts). `better` says whether a
 * rise is good news: more returns are not.
 */
type Comparison = { kind: 'relative' | 'share' | 'score'; better: 'higher' | 'lower' }

const COUNT: Comparison = { kind: 'relative', better: 'higher' }
const SHARE: Comparison = { kind: 'share', better: 'higher' }
const SCORE: Comparison = { kind: 'score', better: 'higher' }
const RETURNS: Comparison = { kind: 'share', better: 'lower' }

const changeOf = { relative: relativeChange, share: shareChangePoints, score: scoreChange }
const formatChangeOf = { relative: formatRelativeChange, share: formatPointChange, score: formatPointChange }

/** Below these a change prints as zero (0.0% or 0.0 pts), and reads as no change rather than good or bad news. */
const UNCHANGED_BELOW = { relative: 0.0005, share: 0.05, score: 0.05 }

function directionOf(change: number | null, comparison: Comparison): Direction {
  if (change === null) return 'none'
  if (Math.abs(change) < UNCHANGED_BELOW[comparison.kind]) return 'same'
  return change > 0 === (comparison.better === 'higher') ? 'better' : 'worse'
}

function compare(label: string | null, months: Months, comparison: Comparison, read: (month: DashboardMetrics) => Reading): KpiLine {
  const current = read(months.now)
  const previous = read(months.before)
  const change = changeOf[comparison.kind](current.amount, previous.amount)
  return { label, current, previous, change: formatChangeOf[comparison.kind](change), direction: directionOf(change, comparison) }
}

function ofCount(count: number, detail?: string): Reading {
  return { amount: count, value: formatCount(count), detail }
}

function ofShare(share: number | null, part: number, whole: number, unit: [string, string]): Reading {
  return { amount: share, value: formatShare(share), detail: `${formatCount(part)} of ${pluralize(whole, ...unit)}` }
}

/**
 * One line per currency sold in either month. In a month without sales in
 * it, a total is zero but an average is unknown.
 */
function perCurrency<T extends { currency: string }>(
  months: Months,
  list: (month: DashboardMetrics) => T[],
  figure: { minor: (item: T) => number; detail: (item: T) => string; kind: 'total' | 'average' },
): KpiLine[] {
  return currenciesOf(list(months.now), list(months.before)).map((currency) =>
    compare(currency, months, COUNT, (month) => {
      const item = list(month).find((i) => i.currency === currency)
      if (item) return { amount: figure.minor(item), value: formatMoney(figure.minor(item), currency), detail: figure.detail(item) }
      return figure.kind === 'total' ? { amount: 0, value: formatMoney(0, currency) } : { amount: null, value: NOTHING }
    }),
  )
}

function kpisOf(now: DashboardMetrics, before: DashboardMetrics): Kpi[] {
  const months = { now, before }
  const k = now.kpis
  return [
    { name: 'Customers', definition: k.customers.definition, lines: [compare(null, months, COUNT, (m) => ofCount(m.kpis.customers.current))] },
    {
      name: 'Orders',
      definition: `${k.orders.definition} ${now.excluded.definition}`,
      lines: [compare(null, months, COUNT, (m) => ofCount(m.kpis.orders.current, `${formatCount(m.excluded.current.ordersWithoutCustomer)} without a known customer`))],
    },
    {
      name: 'Repeat purchase rate',
      definition: k.repeatPurchaseRate.definition,
      lines: [compare(null, months, SHARE, ({ kpis: { repeatPurchaseRate: { current: r } } }) => ofShare(r.share, r.repeatCustomers, r.customers, ['customer', 'customers']))],
    },
    {
      name: 'Net revenue',
      definition: k.netRevenue.definition,
      lines: perCurrency(months, (m) => m.kpis.netRevenue.current, { minor: (r) => r.netMinor, detail: (r) => pluralize(r.orders, 'order', 'orders'), kind: 'total' }),
    },
    {
      name: 'Average order value',
      definition: k.averageOrderValue.definition,
      lines: perCurrency(months, (m) => m.kpis.averageOrderValue.current, { minor: (r) => r.averageMinor, detail: (r) => pluralize(r.orders, 'order', 'orders'), kind: 'average' }),
    },
    {
      name: 'Customer lifetime value (average)',
      definition: k.lifetimeValue.definition,
      lines: perCurrency(months, (m) => m.kpis.lifetimeValue.current, { minor: (r) => r.averageMinor, detail: (r) => `median ${formatMoney(r.medianMinor, r.currency)}`, kind: 'average' }),
    },
    {
      name: 'Return rate',
      definition: k.returnRate.definition,
      lines: [
        compare('Units', months, RETURNS, ({ kpis: { returnRate: { current: r } } }) => ofShare(r.unitShare, r.returnedUnits, r.soldUnits, ['unit', 'units'])),
        compare('Orders', months, RETURNS, ({ kpis: { returnRate: { current: r } } }) => ofShare(r.orderShare, r.returnedOrders, r.orders, ['order', 'orders'])),
      ],
    },
    {
      name: 'Net Promoter Score',
      definition: k.nps.definition,
      lines: [compare(null, months, SCORE, ({ kpis: { nps: { current: n } } }) => ({ amount: n.score, value: formatScore(n.score), detail: pluralize(n.responses, 'answer', 'answers') }))],
    },
    {
      name: 'Customer satisfaction (CSAT)',
      definition: k.csat.definition,
      lines: [compare(null, months, SHARE, ({ kpis: { csat: { current: c } } }) => ofShare(c.share, c.satisfied, c.responses, ['answer', 'answers']))],
    },
  ]
}

function readingCell(reading: Reading): SafeHtml {
  return html`<td class="num">${reading.value}${reading.detail ? html`<small>${reading.detail}</small>` : ''}</td>`
}

function valueCells(line: KpiLine): SafeHtml {
  return html`${readingCell(line.current)}${readingCell(line.previous)}<td class="num change ${line.direction}">${line.change}</td>`
}

const COLUMNS = html`<colgroup><col><col class="value"><col class="value"><col class="value"></colgroup>`

/**
 * Each figure is one row of the outer table, holding its own small table of
 * lines and its definition: Chromium keeps a single row on one page, where it
 * would not keep a group of rows together without pushing the whole table on.
 */
function kpiRow(kpi: Kpi): SafeHtml {
  const [first] = kpi.lines
  const lines =
    kpi.lines.length === 1 && first?.label === null
      ? html`<tr class="figure"><th scope="row">${kpi.name}</th>${valueCells(first)}</tr>`
      : html`<tr class="figure"><th scope="row" colspan="4">${kpi.name}${kpi.lines.length === 0 ? html`<small>No orders in either month</small>` : ''}</th></tr>
      ${kpi.lines.map((line) => html`<tr class="variant"><th scope="row">${line.label}</th>${valueCells(line)}</tr>`)}`
  return html`<tr class="kpi"><td colspan="4"><table class="kpi-lines">${COLUMNS}<tbody>${lines}<tr class="definition"><td colspan="4">${kpi.definition}</td></tr></tbody></table></td></tr>`
}

export function kpiSection(report: MonthlyReport): SafeHtml {
  return html`<section class="block" aria-labelledby="kpis">
  <h2 id="kpis">Key figures</h2>
  <table class="kpis">
    ${COLUMNS}
    <thead><tr><th scope="col">Figure</th><th scope="col" class="num">${formatMonth(report.month)}</th><th scope="col" class="num">${formatMonth(report.monthBefore.period.from.slice(0, 7))}</th><th scope="col" class="num">Change</th></tr></thead>
    <tbody>${kpisOf(report.thisMonth, report.monthBefore).map(kpiRow)}</tbody>
  </table>
</section>`
}
