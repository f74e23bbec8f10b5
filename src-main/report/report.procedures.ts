import { z } from 'zod'
import type { Context } from '../backend/context'
import { AppError } from '../backend/errors'
import { procedure } from '../backend/procedure'
import { metricsInput } from '../dashboard/dashboard.procedures'
import { orderFactsOf } from '../dashboard/order-facts-cache'
import { readSettings } from '../settings/settings.repo'
import { localMonthOf } from '../time/zoned-time'
import { MONTH_PATTERN, offeredMonths, reportFileName } from './monthly-report.rules'
import { renderHtmlToPdf } from './print-pdf'
import { readMonthlyReport } from './read-monthly-report'
import { readOrderSpan } from './report-choices.repo'
import { formatMonth } from './report-format'

export const monthlyReportInput = z.object({
  month: z.string().regex(MONTH_PATTERN, 'Use a month written as YYYY-MM, such as 2026-04'),
  // The dashboard's own filters, so a report and the dashboard accept exactly the same values.
  source: metricsInput.shape.source,
  currency: metricsInput.shape.currency,
})

type MonthlyReportInput = z.infer<typeof monthlyReportInput>

async function monthlyReportOf(context: Context, input: MonthlyReportInput): Promise<{ html: string; fileName: string }> {
  const settings = await readSettings(context.db)
  const now = context.clock.now()
  const currentMonth = localMonthOf(now, settings.timeZone)
  if (input.month > currentMonth) {
    throw new AppError('INVALID_INPUT', `${formatMonth(input.month)} has not begun yet. Choose ${formatMonth(currentMonth)} or an earlier month.`)
  }
  const filters = { source: input.source, currency: input.currency }
  const report = await readMonthlyReport(context.db, await orderFactsOf(context.db, context.dbPath), { month: input.month, filters, now, settings })
  // The renderer draws charts with echarts, loaded only when a report is made: it would add about 50 MB to every start.
  const { renderMonthlyReportHtml } = await import('./render-monthly-report')
  return { html: renderMonthlyReportHtml(report), fileName: reportFileName(settings.shopName, input.month, filters) }
}

export const reportProcedures = {
  /** The months, sources and currencies a report can be made for, and the month to open on (the last complete one). */
  choices: procedure.input(z.object({})).handler(async ({ context }) => {
    const { timeZone } = await readSettings(context.db)
    const span = await readOrderSpan(context.db)
    const currentMonth = localMonthOf(context.clock.now(), timeZone)
    const { months, defaultMonth } = offeredMonths(span.firstPlacedAt ? localMonthOf(new Date(span.firstPlacedAt), timeZone) : null, currentMonth)
    return { months, defaultMonth, currentMonth, sources: span.sources, currencies: span.currencies }
  }),
  /** The printable report of one month, as a self-contained HTML document without any script. */
  monthlyHtml: procedure.input(monthlyReportInput).handler(({ input, context }) => monthlyReportOf(context, input)),
  /** The same report printed to PDF by Chromium, for the CLI and the browser mode (the desktop app prints with Electron). */
  monthlyPdf: procedure.input(monthlyReportInput).handler(async ({ input, context }) => {
    const { html, fileName } = await monthlyReportOf(context, input)
    return new File([await renderHtmlToPdf(html)], fileName, { type: 'application/pdf' })
  }),
}
