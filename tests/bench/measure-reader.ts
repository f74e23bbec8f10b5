import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import { readExport } from '../../src-main/imports/read-export'
import { writeShopifyOrdersExport } from './shopify-export-generator'

/**
 * Times the reader alone on a big Shopify export:
 * `npx tsx tests/bench/measure-reader.ts [lineRows] [path]`. A missing file is
 * written first (under /tmp), then the measurement runs in a fresh process so
 * the generator's memory does not count toward the reader's peak RSS.
 */
async function measure(path: string): Promise<void> {
  const started = performance.now()
  const counts = { order: 0, customer: 0, refund: 0, return: 0, warning: 0, progress: 0, lines: 0, rows: 0 }
  for await (const record of readExport(() => fs.createReadStream(path), { fileName: path, timeZone: 'Europe/London' })) {
    counts[record.kind]++
    if (record.kind === 'order') counts.lines += record.order.lines.length
    if (record.kind === 'progress') counts.rows = record.rowsRead
  }
  const cpu = process.cpuUsage()
  console.log(
    JSON.stringify({
      seconds: Number(((performance.now() - started) / 1000).toFixed(2)),
      cpuSeconds: Number(((cpu.user + cpu.system) / 1e6).toFixed(2)),
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      bytes: fs.statSync(path).size,
      ...counts,
    }),
  )
}

async function main(): Promise<void> {
  const lineRows = Number(process.argv[2] ?? 1_000_000)
  const path = process.argv[3] ?? `/tmp/aftersale-shopify-orders-${lineRows}.csv`
  if (fs.existsSync(path)) return measure(path)
  const started = performance.now()
  const stats = await writeShopifyOrdersExport(path, { lineRows, seed: 42 })
  console.log(`wrote ${path}: ${JSON.stringify(stats)} in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  const script = process.argv[1] ?? ''
  spawnSync(process.execPath, [...process.execArgv, script, String(lineRows), path], { stdio: 'inherit' })
}

void main()
