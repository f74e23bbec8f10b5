import { NPS_DETRACTOR_MAX, NPS_PROMOTER_MIN } from '../dashboard/metrics.rules'
import type { NpsComment } from '../dashboard/metrics.types'
import type { MonthlyReport } from './read-monthly-report'
import { npsTrendChartSvg } from './report-charts'
import { formatDateIn, formatMonth, formatScore, pluralize } from './report-format'
import { html, trustedMarkup, type SafeHtml } from './safe-html'

/** What customers said: NPS over the twelve months, and the month's latest comments in their own words. */

function kindOf(score: number): 'promoter' | 'passive' | 'detractor' {
  if (score >= NPS_PROMOTER_MIN) return 'promoter'
  return score <= NPS_DETRACTOR_MAX ? 'detractor' : 'passive'
}

function commentsTable(comments: readonly NpsComment[], timeZone: string): SafeHtml {
  return html`<table class="comments">
    <colgroup><col class="date"><col class="score"><col></colgroup>
    <thead><tr><th scope="col">Answered</th><th scope="col" class="num">Score</th><th scope="col">Comment</th></tr></thead>
    <tbody>${comments.map(
      (c) => html`<tr><td>${formatDateIn(c.respondedAt, timeZone)}</td><td class="num"><span class="score ${kindOf(c.score)}">${c.score}</span></td><td class="comment">${c.comment}</td></tr>`,
    )}</tbody>
  </table>`
}

function monthSummary(report: MonthlyReport): SafeHtml {
  const nps = report.thisMonth.kpis.nps.current
  if (nps.responses === 0) return html`<p class="summary">No NPS answers in ${formatMonth(report.month)}.</p>`
  return html`<p class="summary">NPS <strong>${formatScore(nps.score)}</strong> in ${formatMonth(report.month)}, from ${pluralize(nps.responses, 'answer', 'answers')}: ${pluralize(nps.promoters, 'promoter', 'promoters')}, ${pluralize(nps.passives, 'passive', 'passives')}, ${pluralize(nps.detractors, 'detractor', 'detractors')}.</p>`
}

export function npsSection(report: MonthlyReport): SafeHtml {
  const trend = report.trend.npsTrend
  const comments = report.thisMonth.npsTrend.latestComments
  const svg = npsTrendChartSvg(trend.months)
  return html`<section class="block" aria-labelledby="nps">
  <div class="keep">
    <h2 id="nps">Net Promoter Score</h2>
    <p class="definition">${report.thisMonth.kpis.nps.definition} ${trend.definition}</p>
    ${svg === null ? html`<p class="empty">No NPS answers in the twelve months up to ${formatMonth(report.month)}.</p>` : html`${monthSummary(report)}<div class="chart">${trustedMarkup(svg)}</div>`}
  </div>
  <div class="keep">
    <h3>Latest comments</h3>
    ${comments.length === 0 ? html`<p class="empty">No NPS answer in ${formatMonth(report.month)} came with a comment.</p>` : commentsTable(comments, report.timeZone)}
  </div>
</section>`
}
