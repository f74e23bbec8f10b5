import { sourceLabel } from '../orders/source-labels'
import type { MonthlyReport } from './read-monthly-report'
import { formatDateTimeIn, formatDay, formatMonth } from './report-format'
import { kpiSection } from './report-kpis'
import { npsSection } from './report-nps'
import { productsSection } from './report-products'
import { retentionSection } from './report-retention'
import { reportStyles } from './report-styles'
import { html, trustedMarkup, type SafeHtml } from './safe-html'

/**
 * The report's policy: nothing may load and nothing may run. Charts are
 * inline SVG and styles are inline, so the document stands alone in a print
 * window, an iframe or a PDF.
 */
export const REPORT_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'none'",
  "style-src 'unsafe-inline'",
  'img-src data:',
  'font-src data:',
  "base-uri 'none'",
  "form-action 'none'",
].join('; ')

function masthead(report: MonthlyReport): SafeHtml {
  const { period } = report.thisMonth
  const generated = formatDateTimeIn(report.generatedAt, report.timeZone)
  const unfinished = report.month === report.currentMonth
  return html`<header class="masthead">
  <div>
    <p class="eyebrow">Monthly report</p>
    <h1>${report.shopName}</h1>
    <p class="month">${formatMonth(report.month)}</p>
  </div>
  <dl class="facts">
    <dt>Period</dt><dd>${formatDay(period.from)} – ${formatDay(period.to)}</dd>
    <dt>Compared with</dt><dd>${formatMonth(report.monthBefore.period.from.slice(0, 7))}</dd>
    <dt>Orders from</dt><dd>${report.filters.source ? `${sourceLabel(report.filters.source)} only` : 'All sources'}</dd>
    <dt>Currencies</dt><dd>${report.filters.currency ? `${report.filters.currency} only` : 'All, each on its own'}</dd>
    <dt>Time zone</dt><dd>${report.timeZone}</dd>
    <dt>Generated</dt><dd>${generated}</dd>
  </dl>
</header>
${unfinished ? html`<p class="notice">${formatMonth(report.month)} is not over yet: these figures cover it up to ${generated}, and will change.</p>` : ''}`
}

/** The whole report as one self-contained HTML document: no script, no external resource, every piece of shop data escaped. */
export function renderMonthlyReportHtml(report: MonthlyReport): string {
  const month = formatMonth(report.month)
  const document = html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CONTENT_SECURITY_POLICY}">
<meta name="color-scheme" content="light">
<title>${report.shopName} – monthly report, ${month}</title>
<style>${trustedMarkup(reportStyles({ topRight: `Monthly report, ${month}`, bottomLeft: `Generated ${formatDateTimeIn(report.generatedAt, report.timeZone)} by Aftersale` }))}</style>
</head>
<body>
${masthead(report)}
${kpiSection(report)}
${retentionSection(report)}
${productsSection(report)}
${npsSection(report)}
</body>
</html>
`
  return document.value
}
