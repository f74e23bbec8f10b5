/**
 * Times `dashboard.metrics` on a big generated shop and prints the query plans.
 *
 *   npx tsx tests/bench/metrics.bench.ts [--db FILE] [--reuse] [--orders N] [--customers N]
 *
 * --reuse keeps an existing file from an earlier run (generating takes about a minute).
 */
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import BetterSqlite3 from 'better-sqlite3'
import { CompiledQuery, Kysely, SqliteDialect } from 'kysely'
import { fixedClock } from '../../src-main/backend/clock'
import { createBackend } from '../../src-main/backend/create-backend'
import { silentLog } from '../../src-main/backend/log'
import type { Database } from '../../src-main/db/database'
import { readDashboardMetrics } from '../../src-main/dashboard/read-dashboard-metrics'
import { resolvePeriod } from '../../src-main/dashboard/metrics.rules'
import { localDateOf } from '../../src-main/time/zoned-time'
import { prepareBigShop } from './big-shop'

const NOW = '2026-06-15T12:00:00.000Z'
const TIME_ZONE = 'America/New_York'
const RUNS = 5

const { values } = parseArgs({
  options: {
    db: { type: 'string', default: path.join(os.tmpdir(), 'aftersale-metrics-bench.db') },
    reuse: { type: 'boolean', default: false },
    orders: { type: 'string', default: '500000' },
    customers: { type: 'string', default: '150000' },
  },
})
const dbPath = values.db

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

async function timeProcedure(): Promise<void> {
  const backend = await createBackend({ dbPath, clock: fixedClock(NOW), log: silentLog })
  try {
    const inputs = [{ label: 'default (last 365 days)', input: {} }, { label: 'currency USD, source shopify', input: { currency: 'USD', source: 'shopify' as const } }]
    for (const { label, input } of inputs) {
      await backend.client.dashboard.metrics(input)
      const wall: number[] = []
      const cpu: number[] = []
      for (let run = 0; run < RUNS; run++) {
        const started = performance.now()
        const cpuBefore = process.cpuUsage()
        await backend.client.dashboard.metrics(input)
        const cpuUsed = process.cpuUsage(cpuBefore)
        wall.push(performance.now() - started)
        cpu.push((cpuUsed.user + cpuUsed.system) / 1000)
      }
      // CPU time is what the work costs on an idle machine; wall time also counts waiting for a busy one.
      console.log(
        `dashboard.metrics ${label}: median ${median(wall).toFixed(0)} ms wall, ${median(cpu).toFixed(0)} ms CPU, of ${RUNS} runs (wall ${wall.map((s) => s.toFixed(0)).join(', ')})`,
      )
    }
  } finally {
    await backend.close()
  }
}

/** Runs the dashboard once through a logging Kysely, then times and explains each statement it issued. */
async function explainQueries(): Promise<void> {
  const sqlite = new BetterSqlite3(dbPath, { readonly: true })
  const issued: CompiledQuery[] = []
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: sqlite }),
    log: (event) => {
      if (event.level === 'query') issued.push(CompiledQuery.raw(event.query.sql, [...event.query.parameters]))
    },
  })
  const now = new Date(NOW)
  await readDashboardMetrics(db, { period: resolvePeriod({}, localDateOf(now, TIME_ZONE)), filters: {}, now, timeZone: TIME_ZONE })
  for (const query of issued.filter((q) => /^\s*(select|with)/i.test(q.sql))) {
    const statement = sqlite.prepare(query.sql)
    const cpuBefore = process.cpuUsage()
    statement.all(...query.parameters)
    const cpuUsed = process.cpuUsage(cpuBefore)
    const elapsed = (cpuUsed.user + cpuUsed.system) / 1000
    const plan = sqlite.prepare(`explain query plan ${query.sql}`).all(...query.parameters) as Array<{ detail: string }>
    const firstLine = query.sql.replace(/\s+/g, ' ').trim().slice(0, 110)
    console.log(`\n${elapsed.toFixed(0).padStart(5)} ms CPU  ${firstLine}…`)
    for (const step of plan) if (/SCAN|SEARCH|TEMP|AUTOMATIC/.test(step.detail)) console.log(`          ${step.detail}`)
  }
  await db.destroy()
}

async function main(): Promise<void> {
  await prepareBigShop({ dbPath, reuse: values.reuse, customers: Number(values.customers), orders: Number(values.orders), now: NOW, timeZone: TIME_ZONE })
  await timeProcedure()
  await explainQueries()
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
