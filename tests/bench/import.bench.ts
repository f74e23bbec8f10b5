/**
 * End-to-end import of a big Shopify orders export through the CLI code path
 * (hash, decode, parse, normalise, upsert customers, orders, lines and
 * products with every index, commit), against the floor of SQLite's own
 * shell loading the same CSV into one raw table with no index.
 *
 *   npx tsx tests/bench/import.bench.ts [--rows N] [--dir DIR] [--keep]
 *
 * The export is generated once per size (seeded, so the same file) and kept
 * in DIR (default: the OS temp folder); --keep also keeps the databases.
 * Prints numbers, asserts nothing. Targets: at most 1.5x the floor, peak RSS
 * under 300 MB.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { writeShopifyOrdersExport } from './shopify-export-generator'

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '1000000' },
    dir: { type: 'string', default: os.tmpdir() },
    keep: { type: 'boolean', default: false },
  },
})
const lineRows = Number(values.rows)
const dir = values.dir
const BIN = path.resolve(__dirname, '../../src-main/cli/bin.cjs')

interface Timed {
  seconds: number
  stdout: string
  stderr: string
  status: number | null
  /** The longest wait between two lines on stderr (the CLI's progress reports) or after the last one until the end, and the line before it. */
  longestSilence: { seconds: number; after: string }
}

/** Runs a command to its end, noting when each stderr line arrives: the progress a user would see, as they saw it. */
async function timed(command: string, args: readonly string[]): Promise<Timed> {
  const started = performance.now()
  const child = spawn(command, args, { env: { ...process.env, AFTERSALE_DB: '' } })
  let stdout = ''
  let stderr = ''
  let partial = ''
  let lastAt: number | null = null
  let lastLine = ''
  let longestSilence = { seconds: 0, after: '' }
  const noteLine = (at: number, line: string) => {
    if (lastAt !== null && (at - lastAt) / 1000 > longestSilence.seconds) longestSilence = { seconds: (at - lastAt) / 1000, after: lastLine }
    lastAt = at
    lastLine = line
  }
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk
    const lines = (partial + chunk).split('\n')
    partial = lines.pop()!
    for (const line of lines) noteLine(performance.now(), line)
  })
  const status = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code) => resolve(code))
  })
  noteLine(performance.now(), '(end)')
  return { seconds: (performance.now() - started) / 1000, stdout, stderr, status, longestSilence }
}

function removeDb(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '.aftersale-marker.json']) fs.rmSync(file + suffix, { force: true })
  for (const f of fs.readdirSync(path.dirname(file))) if (f.startsWith(`${path.basename(file)}.before-`)) fs.rmSync(path.join(path.dirname(file), f))
}

/** `/usr/bin/time -v` reports the child's peak resident set; the CLI's own numbers stay on stdout. */
function peakRssMb(stderr: string): number | null {
  const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)
  return match ? Math.round(Number(match[1]) / 1024) : null
}

function cpuSeconds(stderr: string): number | null {
  const user = /User time \(seconds\): ([\d.]+)/.exec(stderr)
  const system = /System time \(seconds\): ([\d.]+)/.exec(stderr)
  return user && system ? Number(user[1]) + Number(system[1]) : null
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`
}

async function main(): Promise<void> {
  const file = path.join(dir, `aftersale-import-bench-${lineRows}.csv`)
  if (!fs.existsSync(file)) {
    const started = performance.now()
    const stats = await writeShopifyOrdersExport(file, { lineRows, seed: 42 })
    console.log(`Generated ${file}: ${stats.lineRows} line rows, ${stats.orders} orders, ${stats.customers} customers, ${mb(stats.bytes)} in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  }
  const bytes = fs.statSync(file).size
  // Both runs read the file from the page cache, not the disk.
  fs.readFileSync(file).subarray(0, 1)

  const floorDb = path.join(dir, 'aftersale-import-bench-floor.db')
  removeDb(floorDb)
  const floor = await timed('sqlite3', [floorDb, `.import --csv ${file} raw`])
  if (floor.status !== 0) throw new Error(`sqlite3 .import failed: ${floor.stderr}`)
  const floorRows = (await timed('sqlite3', [floorDb, 'select count(*) from raw'])).stdout.trim()

  const shopDb = path.join(dir, 'aftersale-import-bench-shop.db')
  removeDb(shopDb)
  const hasTime = fs.existsSync('/usr/bin/time')
  const cli = [BIN, 'import', file, '--db', shopDb, '--json']
  const ours = hasTime ? await timed('/usr/bin/time', ['-v', process.execPath, ...cli]) : await timed(process.execPath, cli)
  if (ours.status !== 0) throw new Error(`aftersale import failed:\n${ours.stdout}\n${ours.stderr.slice(-4000)}`)
  const [report] = (JSON.parse(ours.stdout) as { files: Array<{ batchId: string; summary: { rowsRead: number; counts: Record<string, { created: number }> } }> }).files
  const counts = report!.summary.counts

  // What SQLite alone needs to write the same rows into our schema (every index and foreign key), copying them
  // in C from the imported file: the part of our time the schema itself costs, whatever the code around it.
  const schemaDb = path.join(dir, 'aftersale-import-bench-schema.db')
  removeDb(schemaDb)
  const schema = (await timed('sqlite3', [shopDb, '.schema'])).stdout.replace(/^CREATE TABLE sqlite_.*$/gm, '')
  const copy = await timed('sqlite3', [
    schemaDb,
    `${schema}
     pragma journal_mode = wal; pragma foreign_keys = on;
     attach '${shopDb}' as imported;
     begin;
     insert into import_batches select * from imported.import_batches;
     insert into customers select * from imported.customers order by rowid;
     insert into customer_addresses select * from imported.customer_addresses order by rowid;
     insert into products select * from imported.products order by rowid;
     insert into orders select * from imported.orders order by rowid;
     insert into order_tags select * from imported.order_tags order by rowid;
     insert into order_lines select * from imported.order_lines order by rowid;
     insert into import_changes select * from imported.import_changes;
     commit;`,
  ])
  if (copy.status !== 0) throw new Error(`copying into the schema failed: ${copy.stderr}`)
  removeDb(schemaDb)

  const again = await timed(process.execPath, cli)
  const againStatus = (JSON.parse(again.stdout) as { files: Array<{ status: string }> }).files[0]!.status
  const undo = await timed(process.execPath, [BIN, 'undo-import', report!.batchId, '--db', shopDb, '--json'])

  const ratio = ours.seconds / floor.seconds
  const rss = peakRssMb(ours.stderr)
  const cpu = cpuSeconds(ours.stderr)
  console.log(
    [
      `File: ${file} (${mb(bytes)}, ${report!.summary.rowsRead} rows)`,
      `  orders ${counts.orders!.created}, customers ${counts.customers!.created}, lines ${counts.lines!.created}, products ${counts.products!.created}`,
      `Floor, sqlite3 .import --csv into one raw table: ${floor.seconds.toFixed(1)} s (${floorRows} rows)`,
      `Ours, aftersale import (CLI, one transaction):   ${ours.seconds.toFixed(1)} s${cpu === null ? '' : ` (${cpu.toFixed(1)} s CPU)`}, ${Math.round(report!.summary.rowsRead / ours.seconds).toLocaleString('en-US')} rows/s`,
      `Ratio: ${ratio.toFixed(2)}x the floor (target <= 1.5x)`,
      `SQLite alone writing the same rows into our schema (C, copied from the imported file): ${copy.seconds.toFixed(1)} s`,
      `Longest wait for progress: ${ours.longestSilence.seconds.toFixed(1)} s, after "${ours.longestSilence.after}" (target: a report at least every 0.5 s)`,
      `Peak RSS: ${rss === null ? 'unknown (no /usr/bin/time)' : `${rss} MB`} (target < 300 MB)`,
      `Database after import: ${mb(fs.statSync(shopDb).size)}`,
      `Same file again: ${againStatus} in ${again.seconds.toFixed(1)} s`,
      `Undo of the whole import: ${undo.status === 0 ? 'done' : 'FAILED'} in ${undo.seconds.toFixed(1)} s`,
      `Machine: ${os.cpus().length} CPUs, load average ${os.loadavg()[0]!.toFixed(1)} at the end`,
    ].join('\n'),
  )
  if (!values.keep) {
    removeDb(floorDb)
    removeDb(shopDb)
  }
}

void main()
