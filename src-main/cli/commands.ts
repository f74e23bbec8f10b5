import type { ApiClient } from '../backend/router'
import { resultOf } from '../backend/progress'
import type { CliOutput } from './output'

export interface Command {
  summary: string
  usage: string
  options: Record<string, { type: 'string' | 'boolean'; description: string }>
  run(client: ApiClient, options: Record<string, string | boolean | undefined>, output: CliOutput): Promise<void>
}

function integerOption(value: string | boolean | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback
  const parsed = Number(value)
  if (typeof value !== 'string' || !Number.isInteger(parsed)) throw new UsageError(`--${name} takes a whole number, not "${String(value)}".`)
  return parsed
}

export class UsageError extends Error {}

export const commands: Record<string, Command> = {
  demo: {
    summary: 'Fill the shop with a realistic generated demo shop (about 2,000 customers and 5,000 orders).',
    usage: 'aftersale demo [--seed N] [--force]',
    options: {
      seed: { type: 'string', description: 'same seed, same shop (default 1)' },
      force: { type: 'boolean', description: 'add the demo even though the shop already has orders' },
    },
    async run(client, options, output) {
      const stream = await client.demo.load({ seed: integerOption(options.seed, 'seed', 1), force: options.force === true })
      let lastShown = 0
      const summary = await resultOf(stream, (p) => {
        if (Date.now() - lastShown > 500 || p.done === p.total) {
          lastShown = Date.now()
          output.progress(`${p.phase}: ${p.done} / ${p.total}`)
        }
      })
      const lines = Object.entries(summary.created).map(([table, n]) => `  ${table}: ${n}`)
      output.result(summary, `Demo shop created (seed ${summary.seed}):\n${lines.join('\n')}`)
    },
  },
  stats: {
    summary: 'Count the rows in every table of the shop.',
    usage: 'aftersale stats',
    options: {},
    async run(client, _options, output) {
      const stats = await client.shop.stats({})
      const width = Math.max(...Object.keys(stats.tables).map((t) => t.length))
      const lines = Object.entries(stats.tables).map(([table, n]) => `  ${table.padEnd(width)}  ${n}`)
      output.result(stats, `${stats.dbPath}\n${lines.join('\n')}`)
    },
  },
}
