import fs from 'node:fs'
import path from 'node:path'
import { AppError } from '../backend/errors'
import { countCsvRecords } from '../exports/csv-text'
import type { Command } from './commands'
import { stringOption, UsageError } from './options'

const TABLES = ['orders', 'customers'] as const
type Table = (typeof TABLES)[number]

function isTable(value: string | undefined): value is Table {
  return TABLES.some((table) => table === value)
}

function alreadyExists(outPath: string): AppError {
  return new AppError('CONFLICT', `${outPath} already exists. Choose another --out, or add --force to replace it.`)
}

/** What the shop owner can do about a file that could not be written; anything else stays unexpected. */
function writeRefusal(error: unknown, outPath: string): unknown {
  const code = error instanceof Error && 'code' in error ? error.code : undefined
  if (code === 'EEXIST') return alreadyExists(outPath)
  if (code === 'ENOENT') return new AppError('INVALID_INPUT', `The folder ${path.dirname(outPath)} does not exist. Choose a file in an existing folder.`)
  if (code === 'EACCES' || code === 'EPERM' || code === 'EISDIR') return new AppError('INVALID_INPUT', `${outPath} cannot be written here. Choose another --out.`)
  return error
}

/** `aftersale export`: the same CSV file as the Export button, made by the same procedure. */
export const exportCommand: Command = {
  summary: 'Write the orders, the customers or one segment of customers to a CSV file.',
  usage: 'aftersale export orders|customers [--segment NAME] --out FILE.csv [--force]',
  options: {
    segment: { type: 'string', description: 'only this segment’s customers: a saved customers view or an RFM group (Champions, At risk, …)' },
    out: { type: 'string', description: 'the CSV file to write (UTF-8, opens in Excel, Numbers, LibreOffice)' },
    force: { type: 'boolean', description: 'replace the file if it already exists' },
  },
  positionals: true,
  async run(client, options, output, args) {
    const [table, ...extra] = args
    if (!isTable(table) || extra.length > 0) throw new UsageError('Say what to export: orders or customers.')
    const segment = stringOption(options.segment)
    if (segment !== undefined && table === 'orders') throw new UsageError('--segment chooses customers: use it with `aftersale export customers`.')
    const out = stringOption(options.out)
    if (!out) throw new UsageError('Name the CSV file to write with --out FILE.csv.')
    const outPath = path.resolve(out)
    const overwrite = options.force === true
    // Checked before the export is made so a refusal is instant; the write itself refuses too, should the file appear meanwhile.
    if (!overwrite && fs.existsSync(outPath)) throw alreadyExists(outPath)
    const file = table === 'orders' ? await client.exports.orders({}) : await client.exports.customers(segment === undefined ? {} : { segment })
    const bytes = Buffer.from(await file.arrayBuffer())
    try {
      fs.writeFileSync(outPath, bytes, { flag: overwrite ? 'w' : 'wx' })
    } catch (error) {
      throw writeRefusal(error, outPath)
    }
    const rows = countCsvRecords(bytes.toString('utf8')) - 1
    const what = segment === undefined ? table : `customers of “${segment}”`
    output.result({ out: outPath, table, ...(segment === undefined ? {} : { segment }), rows }, `Wrote ${rows} ${what} to ${outPath}.`)
  },
}
