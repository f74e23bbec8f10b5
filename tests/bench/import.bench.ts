/**
 * End-to-end import of a big Shopify orders export through the CLI code path
 * (hash, decode, parse, normalise, upsert customers, orders, lines and
 * products with every index, commit), against the floor of SQLite's own
 * shell loading the same CSV into one raw table with no index.
 *
 *   npx electron-vite build && npx tsx tests/bench/import.bench.ts [--rows N] [--dir DIR] [--keep]
 *
 * Ours runs the command line as built (out/main/cli.js, its threads loaded
 * from their bundles as in the app), then once more as `npx aftersale` runs
 * it, through tsx, which compiles the sources in every thread.
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
import { OUTCOME_KNOWN } from '../../src-main/imports/import-cli'
import { BUILT_CLI_ARGS, isBuilt } from '../support/run-cli'
import { boundInC, boundInJs, type WriteBound } from './schema-write-bounds'
import { removeShopFiles } from './shop-files'
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
const BUILT = BUILT_CLI_ARGS

interface Timed {
  seconds: number
  stdout: string
  stderr: string
  status: number | null
  /** Each stderr line (the CLI's progress) with when it arrived, ms after the start. */
  lines: Array<{ at: number; text: string }>
}

/** Runs a command to its end, noting when each stderr line arrives: the progress a user would see, as they saw it. */
async function timed(command: string, args: readonly string[]): Promise<Timed> {
  const started = performance.now()
  const child = spawn(command, args, { env: { ...process.env, AFTERSALE_DB: '' } })
  let stdout = ''
  let stderr = ''
  let partial = ''
  const lines: Timed['lines'] = []
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk
    const parts = (partial + chunk).split('\n')
    partial = parts.pop()!
    for (const text of parts) lines.push({ at: performance.now() - started, text })
  })
  const status = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code) => resolve(code))
  })
  return { seconds: (performance.now() - started) / 1000, stdout, stderr, status, lines }
}

/**
 * The longest wait between two progress lines until the import's outcome was
 * known, and the line before it; then how long tidying the shop file took
 * after it (until the command ended).
 */
function progressWaits(run: Timed): { longest: { seconds: number; after: string }; tidying: number | null } {
  const outcome = run.lines.findIndex((line) => line.text.endsWith(OUTCOME_KNOWN))
  const untilOutcome = outcome === -1 ? run.lines : run.lines.slice(0, outcome + 1)
  let longest = { seconds: 0, after: '' }
  for (let i = 1; i < untilOutcome.length; i++) {
    const seconds = (untilOutcome[i]!.at - untilOutcome[i - 1]!.at) / 1000
    if (seconds > longest.seconds) longest = { seconds, after: untilOutcome[i - 1]!.text }
  }
  return { longest, tidying: outcome === -1 ? null : run.seconds - run.lines[outcome]!.at / 1000 }
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

function bound({ rows, fold }: WriteBound, floor: number): string {
  const ratio = (seconds: number) => `${(seconds / floor).toFixed(2)}x the floor`
  return `${rows.toFixed(1)} s (${ratio(rows)}), with the log folded in ${(rows + fold).toFixed(1)} s (${ratio(rows + fold)})`
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
  removeShopFiles(floorDb)
  const floor = await timed('sqlite3', [floorDb, `.import --csv ${file} raw`])
  if (floor.status !== 0) throw new Error(`sqlite3 .import failed: ${floor.stderr}`)
  const floorRows = (await timed('sqlite3', [floorDb, 'select count(*) from raw'])).stdout.trim()

  const shopDb = path.join(dir, 'aftersale-import-bench-shop.db')
  removeShopFiles(shopDb)
  if (!isBuilt()) throw new Error('The main bundle is not built: run `npx electron-vite build` first (npm run bench does).')
  const hasTime = fs.existsSync('/usr/bin/time')
  const importArgs = ['import', file, '--db', shopDb, '--json']
  const importWith = async (program: readonly string[]) => {
    removeShopFiles(shopDb)
    const run = hasTime ? await timed('/usr/bin/time', ['-v', process.execPath, ...program, ...importArgs]) : await timed(process.execPath, [...program, ...importArgs])
    if (run.status !== 0) throw new Error(`aftersale import failed:\n${run.stdout}\n${run.stderr.slice(-4000)}`)
    return run
  }
  const throughTsx = await importWith([BIN])
  const ours = await importWith(BUILT)
  const [report] = (JSON.parse(ours.stdout) as { files: Array<{ batchId: string; summary: { rowsRead: number; counts: Record<string, { created: number }> } }> }).files
  const counts = report!.summary.counts

  // What writing these rows into our schema costs SQLite itself, before any parsing: see schema-write-bounds.ts.
  const boundDb = path.join(dir, 'aftersale-import-bench-bound.db')
  const inC = boundInC(shopDb, boundDb)
  const inJs = boundInJs(shopDb, boundDb)

  const again = await timed(process.execPath, [...BUILT, ...importArgs])
  const againStatus = (JSON.parse(again.stdout) as { files: Array<{ status: string }> }).files[0]!.status
  const undo = await timed(process.execPath, [...BUILT, 'undo-import', report!.batchId, '--db', shopDb, '--json'])

  const ratio = ours.seconds / floor.seconds
  const waits = progressWaits(ours)
  const rss = peakRssMb(ours.stderr)
  const cpu = cpuSeconds(ours.stderr)
  console.log(
    [
      `File: ${file} (${mb(bytes)}, ${report!.summary.rowsRead} rows)`,
      `  orders ${counts.orders!.created}, customers ${counts.customers!.created}, lines ${counts.lines!.created}, products ${counts.products!.created}`,
      `Floor, sqlite3 .import --csv into one raw table: ${floor.seconds.toFixed(1)} s (${floorRows} rows)`,
      `Ours, aftersale import (built CLI, one transaction): ${ours.seconds.toFixed(1)} s${cpu === null ? '' : ` (${cpu.toFixed(1)} s CPU)`}, ${Math.round(report!.summary.rowsRead / ours.seconds).toLocaleString('en-US')} rows/s; ${waits.tidying === null ? 'outcome not seen' : `outcome known after ${(ours.seconds - waits.tidying).toFixed(1)} s`}`,
      `Ratio: ${ratio.toFixed(2)}x the floor (target <= 1.5x)`,
      `Lower bounds for any import into our schema (the same rows copied from the imported shop, written as a big import writes them: unique indexes kept, the others built at the end, one commit; then the write-ahead log folded into the file):`,
      `  SQLite alone, in C: ${bound(inC, floor.seconds)}`,
      `  better-sqlite3 statements prepared once, values already in JavaScript: ${bound(inJs, floor.seconds)}`,
      `Longest wait for progress until the outcome: ${waits.longest.seconds.toFixed(1)} s, after "${waits.longest.after}" (target: a report at least every 0.5 s; the backend reports every 0.2 s, the CLI prints at most one line every 0.3 s)`,
      `Tidying the shop file after the outcome (folding the write-ahead log in): ${waits.tidying === null ? 'not seen' : `${waits.tidying.toFixed(1)} s`}`,
      `Peak RSS: ${rss === null ? 'unknown (no /usr/bin/time)' : `${rss} MB`} (target < 300 MB)`,
      `Through tsx (npx aftersale): ${throughTsx.seconds.toFixed(1)} s, peak RSS ${peakRssMb(throughTsx.stderr) ?? 'unknown'} MB`,
      `Database after import: ${mb(fs.statSync(shopDb).size)}`,
      `Same file again: ${againStatus} in ${again.seconds.toFixed(1)} s`,
      `Undo of the whole import: ${undo.status === 0 ? 'done' : 'FAILED'} in ${undo.seconds.toFixed(1)} s`,
      `Machine: ${os.cpus().length} CPUs, load average ${os.loadavg()[0]!.toFixed(1)} at the end`,
    ].join('\n'),
  )
  if (!values.keep) {
    removeShopFiles(floorDb)
    removeShopFiles(shopDb)
  }
}

void main()
