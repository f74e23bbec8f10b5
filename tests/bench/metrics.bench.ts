/**
 * Times `dashboard.metrics` on a big generated shop (its first call, which reads the order facts,
 * and the calls after it) and prints the query plans.
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
import { orderFactsStatements, readOrderFacts } from '../../src-main/dashboard/order-facts.repo'
import { readDashboardMetrics } from '../../src-main/dashboard/read-dashboard-metrics'
import { resolvePeriod } from '../../src-main/dashboard/metrics.rules'
import { localDateOf } from '../../src-main/time/zoned-time'
import { prepareBigShop } from './big-shop'

const NOW = '2026-06-15T12:00:00.000Z'
const TIME_ZONE = 'America/New_York'
const RUNS = 5
const INPUTS = [
  { label: 'default (last 365 days)', input: {} },
  { label: 'currency USD, source shopify', input: { currency: 'USD', source: 'shopify' as const } },
]

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

function cpuMs(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since)
  return (used.user + used.system) / 1000
}

/** The longest time the event loop went without running a timer, while watched: how long the backend could not answer anyone. */
function watchEventLoop(): { stop(): number } {
  let last = performance.now()
  let longest = 0
  const timer = setInterval(() => {
    const now = performance.now()
    longest = Math.max(longest, now - last)
    last = now
  }, 5)
  return {
    stop() {
      clearInterval(timer)
      return Math.max(longest, performance.now() - last)
    },
  }
}

async function timeProcedure(): Promise<void> {
  const backend = await createBackend({ dbPath, clock: fixedClock(NOW), log: silentLog })
  try {
    for (const { label, input } of INPUTS) {
      const heapBefore = process.memoryUsage().heapUsed
      const firstStarted = performance.now()
      const firstCpu = process.cpuUsage()
      const stalls = watchEventLoop()
      await backend.client.dashboard.metrics(input)
      const first = { wall: performance.now() - firstStarted, cpu: cpuMs(firstCpu), longestStall: stalls.stop() }
      const wall: number[] = []
      const cpu: number[] = []
      for (let run = 0; run < RUNS; run++) {
        const started = performance.now()
        const cpuBefore = process.cpuUsage()
        await backend.client.dashboard.metrics(input)
        cpu.push(cpuMs(cpuBefore))
        wall.push(performance.now() - started)
      }
      // CPU time is what the work costs on an idle machine; wall time also counts waiting for a busy one.
      // The first call of a backend reads the order facts, as does the first call after any change to the shop file.
      console.log(`dashboard.metrics ${label}:`)
      console.log(
        `  first call ${first.wall.toFixed(0)} ms wall, ${first.cpu.toFixed(0)} ms CPU (all threads), longest the backend could not answer ${first.longestStall.toFixed(0)} ms; heap grew ${((process.memoryUsage().heapUsed - heapBefore) / 1e6).toFixed(0)} MB`,
      )
      console.log(`  then median ${median(wall).toFixed(0)} ms wall, ${median(cpu).toFixed(0)} ms CPU, of ${RUNS} runs (wall ${wall.map((s) => s.toFixed(0)).join(', ')})`)
    }
  } finally {
    await backend.close()
  }
}

/** Reads the order facts a few times, then times and explains each of their statements. */
function explainOrderFacts(): void {
  const cpu: number[] = []
  for (let run = 0; run < 3; run++) {
    const before = process.cpuUsage()
    readOrderFacts(dbPath)
    cpu.push(cpuMs(before))
  }
  console.log(`\nreading the order facts: median ${median(cpu).toFixed(0)} ms CPU of 3 runs`)
  const sqlite = new BetterSqlite3(dbPath, { readonly: true })
  for (const query of Object.values(orderFactsStatements(new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) })))) {
    explain(sqlite, query.compile(), (statement, parameters) => {
      for (const _row of statement.raw(true).iterate(...parameters));
    })
  }
  sqlite.close()
}

function explain(sqlite: BetterSqlite3.Database, query: CompiledQuery, run: (statement: BetterSqlite3.Statement, parameters: unknown[]) => void): void {
  const statement = sqlite.prepare(query.sql)
  const cpuBefore = process.cpuUsage()
  run(statement, [...query.parameters])
  const elapsed = cpuMs(cpuBefore)
  const plan = sqlite.prepare(`explain query plan ${query.sql}`).all(...query.parameters) as Array<{ detail: string }>
  console.log(`\n${elapsed.toFixed(0).padStart(5)} ms CPU  ${query.sql.replace(/\s+/g, ' ').trim().slice(0, 110)}…`)
  for (const step of plan) if (/SCAN|SEARCH|TEMP|AUTOMATIC/.test(step.detail)) console.log(`          ${step.detail}`)
}

/** Runs the dashboard once per input through a logging Kysely, then times and explains each statement it issued. */
async function explainQueries(): Promise<void> {
  const sqlite = new BetterSqlite3(dbPath, { readonly: true })
  const facts = readOrderFacts(dbPath)
  const now = new Date(NOW)
  for (const { label, input } of INPUTS) {
    const issued: CompiledQuery[] = []
    const db = new Kysely<Database>({
      dialect: new SqliteDialect({ database: sqlite }),
      log: (event) => {
        if (event.level === 'query') issued.push(CompiledQuery.raw(event.query.sql, [...event.query.parameters]))
      },
    })
    await readDashboardMetrics(db, facts, { period: resolvePeriod({}, localDateOf(now, TIME_ZONE)), filters: input, now, timeZone: TIME_ZONE })
    console.log(`\nstatements of ${label}:`)
    for (const query of issued.filter((q) => /^\s*(select|with)/i.test(q.sql))) explain(sqlite, query, (statement, parameters) => statement.all(...parameters))
  }
  sqlite.close()
}

async function main(): Promise<void> {
  await prepareBigShop({ dbPath, reuse: values.reuse, customers: Number(values.customers), orders: Number(values.orders), now: NOW, timeZone: TIME_ZONE })
  await timeProcedure()
  explainOrderFacts()
  await explainQueries()
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
