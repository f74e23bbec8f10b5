import type { CohortCell, CohortRow } from '../dashboard/metrics.types'
import { TREND_MONTHS } from './monthly-report.rules'
import type { MonthlyReport } from './read-monthly-report'
import { repeatWithinChartSvg } from './report-charts'
import { formatCount, formatMonth, formatShortMonth, formatWholeShare } from './report-format'
import { html, trustedMarkup, type SafeHtml } from './safe-html'

/**
 * Whether customers come back: the cohort table of the twelve months up to
 * the report's month, and how soon each cohort ordered a second time.
 */

/** A year-long window never fits in the twelve months the report looks back over. */
const CHARTED_WINDOWS_DAYS = [30, 90, 180] as const

/** Shade steps of a cohort cell; retention after the first month rarely passes 40%, so the steps sit low. */
const HEAT_STEPS = [0.05, 0.1, 0.15, 0.25, 0.4] as const

function heatOf(share: number | null): number {
  return share === null ? 0 : HEAT_STEPS.filter((step) => share >= step).length
}

function cohortCell(cell: CohortCell | undefined): SafeHtml {
  if (cell === undefined) return html`<td class="later"></td>`
  const marked = cell.incomplete ? html`<span class="mark">*</span>` : ''
  return html`<td class="num heat-${heatOf(cell.share)}${cell.incomplete ? ' incomplete' : ''}">${formatWholeShare(cell.share)}${marked}</td>`
}

function cohortRow(row: CohortRow, lastMonth: string): SafeHtml {
  const shown = row.cells.filter((cell) => cell.month <= lastMonth)
  const after = Array.from({ length: TREND_MONTHS - 1 }, (_, i) => shown.find((cell) => cell.monthsAfter === i + 1))
  return html`<tr><th scope="row">${formatShortMonth(row.cohort)}</th><td class="num">${formatCount(row.customers)}</td>${after.map(cohortCell)}</tr>`
}

function cohortTable(report: MonthlyReport): SafeHtml {
  const shown = report.trend.cohorts.rows.filter((row) => row.cohort <= report.month)
  // Months before the shop's first customer would only be rows of dashes.
  const rows = shown.slice(Math.max(0, shown.findIndex((row) => row.customers > 0)))
  if (!rows.some((row) => row.customers > 0)) return html`<p class="empty">No customer placed a first order in these twelve months.</p>`
  const anyIncomplete = rows.some((row) => row.cells.some((cell) => cell.incomplete && cell.month <= report.month))
  const monthNumbers = Array.from({ length: TREND_MONTHS - 1 }, (_, i) => i + 1)
  return html`<table class="cohorts">
    <colgroup><col class="cohort"><col class="size">${monthNumbers.map(() => html`<col>`)}</colgroup>
    <thead>
      <tr><th scope="col" rowspan="2" class="cohort">First order</th><th scope="col" rowspan="2" class="size">New customers</th><th scope="colgroup" colspan="${TREND_MONTHS - 1}" class="span">Ordered again, months after the first order</th></tr>
      <tr>${monthNumbers.map((n) => html`<th scope="col" class="num">+${n}</th>`)}</tr>
    </thead>
    <tbody>${rows.map((row) => cohortRow(row, report.month))}</tbody>
  </table>
  <p class="legend">${anyIncomplete ? html`<span class="mark">*</span> ${formatMonth(report.currentMonth)} is not over yet, so these shares can still grow. ` : ''}Blank cells are months that had not come by ${formatMonth(report.month)}.</p>`
}

function repeatWithinFigure(report: MonthlyReport): SafeHtml {
  const cohorts = report.trend.repeatWithin.byCohort.filter((c) => c.cohort <= report.month)
  const svg = repeatWithinChartSvg(cohorts, CHARTED_WINDOWS_DAYS)
  if (svg === null) return html`<p class="empty">No cohort of these twelve months has had 30 days since its first orders yet.</p>`
  return html`<div class="chart">${trustedMarkup(svg)}</div>`
}

export function retentionSection(report: MonthlyReport): SafeHtml {
  return html`<section class="block" aria-labelledby="cohorts">
  <div class="keep">
    <h2 id="cohorts">Cohort retention</h2>
    <p class="definition">Customers grouped by the month of their first counted order (in the shop's time zone), for the twelve months up to ${formatMonth(report.month)}. Each cell is the share of the group who placed a counted order again in the n-th month after that one.</p>
    ${cohortTable(report)}
  </div>
  <div class="keep">
    <h2 id="repeat">Repeat purchase within 30, 90 and 180 days</h2>
    <p class="definition">Of the customers whose first counted order was placed in each month, the share who placed a second counted order within 30, 90 or 180 days (of 24 hours) of the first. Only customers who had the whole window by the end of ${formatMonth(report.month)} count, so the latest months show only the shorter windows.</p>
    ${repeatWithinFigure(report)}
  </div>
</section>`
}
