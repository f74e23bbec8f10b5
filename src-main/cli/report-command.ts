import fs from 'node:fs'
import path from 'node:path'
import { AppError } from '../backend/errors'
import type { Source } from '../orders/orders.table'
import { printHtmlToPdf } from '../report/print-pdf'
import { formatMonth } from '../report/report-format'
import type { Command } from './commands'
import { stringOption, UsageError } from './options'

/** `aftersale report`: the printable monthly report, written as a PDF by the Chromium installed on the computer. */
export const reportCommand: Command = {
  summary: 'Write the monthly report (KPIs, cohorts, products, NPS) as a PDF.',
  usage: 'aftersale report --month YYYY-MM --out FILE.pdf [--source S] [--currency C] [--force]',
  options: {
    month: { type: 'string', description: 'the month to report on, YYYY-MM in the shop’s time zone' },
    out: { type: 'string', description: 'the PDF file to write' },
    source: { type: 'string', description: 'only orders from this source (shopify, etsy, amazon, …)' },
    currency: { type: 'string', description: 'only orders in this currency (USD, EUR, …)' },
    force: { type: 'boolean', description: 'replace the file if it already exists' },
  },
  async run(client, options, output) {
    const month = stringOption(options.month)
    const out = stringOption(options.out)
    if (!month) throw new UsageError('Name the month to report on with --month YYYY-MM.')
    if (!out) throw new UsageError('Name the PDF file to write with --out FILE.pdf.')
    const outPath = path.resolve(out)
    const overwrite = options.force === true
    // Checked before the report is made so a refusal is instant; the write itself refuses too, should the file appear meanwhile.
    if (!overwrite && fs.existsSync(outPath)) {
      throw new AppError('CONFLICT', `${outPath} already exists. Choose another --out, or add --force to replace it.`)
    }
    const { html } = await client.report.monthlyHtml({
      month,
      // Unchecked here on purpose: the procedure's schema refuses an unknown source and lists the accepted ones.
      source: stringOption(options.source) as Source | undefined,
      currency: stringOption(options.currency),
    })
    output.progress(`Printing the report for ${formatMonth(month)}…`)
    const { pages } = await printHtmlToPdf(html, outPath, { overwrite })
    const pageCount = pages === null ? '' : ` (${pages} ${pages === 1 ? 'page' : 'pages'})`
    output.result({ out: outPath, month, ...(pages === null ? {} : { pages }) }, `Wrote the report for ${formatMonth(month)} to ${outPath}${pageCount}.`)
  },
}
