import type { Source } from '../orders/orders.table'
import type { Command } from './commands'
import { stringOption } from './options'
import { formatMetricsSummary } from './metrics-summary'

/** `aftersale metrics`: the retention dashboard's figures; the procedure checks the values and names any it refuses. */
export const metricsCommand: Command = {
  summary: 'Retention figures for a period: customers, repeat rate, revenue, CLV, cohorts, returns, NPS.',
  usage: 'aftersale metrics [--from DATE] [--to DATE] [--source S] [--currency C]',
  options: {
    from: { type: 'string', description: 'first day, YYYY-MM-DD in the shop’s time zone (default: 364 days before --to)' },
    to: { type: 'string', description: 'last day, YYYY-MM-DD (default: today)' },
    source: { type: 'string', description: 'only orders from this source (shopify, etsy, amazon, …)' },
    currency: { type: 'string', description: 'only orders in this currency (USD, EUR, …)' },
  },
  async run(client, options, output) {
    const metrics = await client.dashboard.metrics({
      from: stringOption(options.from),
      to: stringOption(options.to),
      // Unchecked here on purpose: the procedure's schema refuses an unknown source and lists the accepted ones.
      source: stringOption(options.source) as Source | undefined,
      currency: stringOption(options.currency),
    })
    output.result(metrics, formatMetricsSummary(metrics))
  },
}
