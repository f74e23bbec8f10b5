import type { ApiClient } from '../backend/router'
import { resultOf } from '../backend/progress'
import { importFiles, listImports, undoImportById } from '../imports/import-cli'
import { exportCommand } from './export-command'
import { metricsCommand } from './metrics-command'
import { reportCommand } from './report-command'
import { integerOption, UsageError } from './options'
import { progressLines, type CliOutput } from './output'

export interface Command {
  summary: string
  usage: string
  options: Record<string, { type: 'string' | 'boolean'; description: string }>
  /** Whether the command takes arguments besides options (file names, an id). */
  positionals?: boolean
  /** Resolves to the exit code when it is not 0 (a command that reports failures per item). */
  run(client: ApiClient, options: Record<string, string | boolean | undefined>, output: CliOutput, positionals: string[]): Promise<number | void>
}

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
      const show = progressLines(output)
      const summary = await resultOf(stream, (p) => show(`${p.phase}: ${p.done} / ${p.total}`, p.done === p.total))
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
  metrics: metricsCommand,
  report: reportCommand,
  export: exportCommand,
  import: {
    summary: 'Import marketplace exports (Shopify, WooCommerce, Etsy, Amazon, eBay, Square), each file all or nothing.',
    usage: 'aftersale import <file...> [--source FORMAT|MAPPING] [--currency CODE] [--dry-run]',
    options: {
      source: { type: 'string', description: 'read the files as this format (e.g. shopify-orders) or saved mapping, instead of recognising them' },
      currency: { type: 'string', description: 'currency of amounts written with a bare $ or none (e.g. USD)' },
      'dry-run': { type: 'boolean', description: 'show what would be created, updated and skipped, and change nothing' },
    },
    positionals: true,
    run(client, options, output, files) {
      if (files.length === 0) throw new UsageError('Name at least one export file to import.')
      const source = typeof options.source === 'string' ? options.source : undefined
      const currency = typeof options.currency === 'string' ? options.currency : undefined
      return importFiles(client, files, { source, currency, dryRun: options['dry-run'] === true }, output)
    },
  },
  imports: {
    summary: 'List past imports, newest first (batch id, file, counts, warnings, undone or not).',
    usage: 'aftersale imports',
    options: {},
    run: (client, _options, output) => listImports(client, output),
  },
  'undo-import': {
    summary: 'Undo one import: the shop goes back to exactly how it was before it.',
    usage: 'aftersale undo-import <batch-id>',
    options: {},
    positionals: true,
    run(client, _options, output, ids) {
      if (ids.length !== 1) throw new UsageError('Name exactly one import batch id (see `aftersale imports`).')
      return undoImportById(client, ids[0]!, output)
    },
  },
}
