/**
 * Times the orders and customers workspace on a big generated shop (500,000
 * orders, 150,000 customers) and prints each query's plan:
 *
 *   npx tsx tests/bench/workspace.bench.ts [--db FILE] [--reuse] [--orders N] [--customers N] [--runs N]
 *   npm run bench -- workspace
 *
 * --reuse keeps an existing file from an earlier run (generating takes a few minutes).
 * Numbers are reported, never asserted.
 */
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { call, createRouterClient, isProcedure } from '@orpc/server'
import BetterSqlite3 from 'better-sqlite3'
import { CompiledQuery, Kysely, SqliteDialect } from 'kysely'
import { fixedClock } from '../../src-main/backend/clock'
import type { Context } from '../../src-main/backend/context'
import { createBackend } from '../../src-main/backend/create-backend'
import { silentLog } from '../../src-main/backend/log'
import { appRouter, type ApiClient } from '../../src-main/backend/router'
import { toSearchText } from '../../src-main/backend/search-text'
import { refreshCustomerStats } from '../../src-main/customers/customer-stats.repo'
import type { Database } from '../../src-main/db/database'
import { prepareBigShop } from './big-shop'

const NOW = '2026-06-15T12:00:00.000Z'
const TIME_ZONE = 'America/New_York'
const BUDGET_MS = 100

const { values } = parseArgs({
  options: {
    db: { type: 'string', default: path.join(os.tmpdir(), 'aftersale-workspace-bench.db') },
    reuse: { type: 'boolean', default: false },
    orders: { type: 'string', default: '500000' },
    customers: { type: 'string', default: '150000' },
    runs: { type: 'string', default: '7' },
  },
})
const dbPath = values.db
const RUNS = Number(values.runs)

/** Accented surnames given to one customer in 50, so that search has accents to see through. */
const ACCENTED = [
  ['Zoë', 'Brontë'],
  ['Jürgen', 'Müller'],
  ['Łukasz', 'Żółkiewski'],
  ['Inès', 'Lefèvre'],
  ['Søren', 'Ødegård'],
] as const

function seconds(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`
}

/**
 * The generator writes bare names and an order's id as its search text; real
 * imports write the buyer's name and email on the order and search them, so
 * the orders get what an import would have given them.
 */
function giveNamesAndSearchTexts(): void {
  const sqlite = new BetterSqlite3(dbPath)
  sqlite.pragma('journal_mode = WAL')
  const rename = sqlite.prepare('update customers set first_name = ?, last_name = ?, search_text = ? where id = ?')
  const customers = Number(values.customers)
  sqlite.transaction(() => {
    for (let i = 50; i <= customers; i += 50) {
      const [first, last] = ACCENTED[(i / 50) % ACCENTED.length]!
      const email = `customer${i}@example.com`
      rename.run(first, `${last}${i}`, toSearchText(first, `${last}${i}`, email), `c${i}`)
    }
    sqlite
      .prepare(
        `update orders set
           buyer_name = (select trim(coalesce(first_name, '') || ' ' || coalesce(last_name, '')) from customers where customers.id = orders.customer_id),
           buyer_email = (select email from customers where customers.id = orders.customer_id),
           search_text = trim(lower(order_number)
             || coalesce(' ' || (select search_text from customers where customers.id = orders.customer_id), '')
             || coalesce(' ' || (select lower(replace(group_concat(distinct sku), ',', ' ')) from order_lines where order_lines.order_id = orders.id), ''))`,
      )
      .run()
  })()
  sqlite.close()
}

async function refreshFigures(): Promise<number> {
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: new BetterSqlite3(dbPath) }) })
  const started = performance.now()
  await db.transaction().execute((trx) => refreshCustomerStats(trx))
  const elapsed = performance.now() - started
  await db.destroy()
  return elapsed
}

async function prepareShop(): Promise<void> {
  const generated = await prepareBigShop({ dbPath, reuse: values.reuse, customers: Number(values.customers), orders: Number(values.orders), now: NOW, timeZone: TIME_ZONE })
  if (!generated) return
  const started = performance.now()
  giveNamesAndSearchTexts()
  console.log(`Buyer names and search texts written in ${seconds(started)}`)
  const refresh = await refreshFigures()
  console.log(`refreshCustomerStats (all ${values.customers} customers, one transaction): ${(refresh / 1000).toFixed(1)} s`)
}

/** The example segments, saved as a shop owner would, so segments.list has saved segments to count. */
async function saveSegments(client: ApiClient): Promise<void> {
  const segments = [
    { name: 'Ordered once, more than 90 days ago', filters: { minOrders: 1, maxOrders: 1, lastOrderOlderThanDays: 90 } },
    { name: 'Spent over 200 in the last 12 months', filters: { spent: { currency: 'USD', minMinor: 20_000, withinDays: 365 } } },
    { name: 'Has a return', filters: { hasReturn: true } },
    { name: 'Wholesale', filters: { tag: 'wholesale' } },
    { name: 'No consent', filters: { consent: ['denied' as const, 'unknown' as const] } },
  ]
  for (const { name, filters } of segments) await client.savedViews.save({ screen: 'customers', name, state: { filters } })
}

interface Case {
  label: string
  run(client: ApiClient, context: Context): Promise<unknown>
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

/** The customer with the most orders: the longest timeline. */
function busiestCustomer(): string {
  const sqlite = new BetterSqlite3(dbPath, { readonly: true })
  const row = sqlite.prepare('select customer_id as id from customer_stats order by order_count desc limit 1').get() as { id: string }
  sqlite.close()
  return row.id
}

function timelineCase(): Case | string {
  // Built by another part of the workspace; measured once it exists.
  const timeline: unknown = (appRouter.customers as Record<string, unknown>).timeline
  if (!isProcedure(timeline)) return 'customers.timeline does not exist in this build: the customer timeline is not measured.'
  const id = busiestCustomer()
  return { label: `customer timeline (busiest customer, ${id})`, run: (_client, context) => call(timeline, { id }, { context }) }
}

const CASES: Case[] = [
  { label: 'orders first page (default sort)', run: (c) => c.orders.list({}) },
  {
    label: 'orders Shopify + paid + H2 2025, by total',
    run: (c) =>
      c.orders.list({ sort: 'total', direction: 'desc', filters: { sources: ['shopify'], financialStatuses: ['paid'], placedFrom: '2025-07-01', placedTo: '2025-12-31' } }),
  },
  { label: 'orders search "bront" (part of a name)', run: (c) => c.orders.list({ search: 'bront' }) },
  { label: 'orders search "#312345" (one order number)', run: (c) => c.orders.list({ search: '#312345' }) },
  { label: 'orders search "last1" (tens of thousands match)', run: (c) => c.orders.list({ search: 'last1' }) },
  { label: 'customers first page (default sort)', run: (c) => c.customers.list({}) },
  {
    label: 'customers ordered once, > 90 days ago, by spent',
    run: (c) => c.customers.list({ sort: 'spent', direction: 'desc', filters: { minOrders: 1, maxOrders: 1, lastOrderOlderThanDays: 90 } }),
  },
  { label: 'customers search "Brontë" (accented part)', run: (c) => c.customers.list({ search: 'Brontë' }) },
  { label: 'segments.list', run: (c) => c.segments.list() },
]

interface Measured {
  label: string
  wall: number[]
  cpu: number[]
}

async function measure(cases: Case[], client: ApiClient, context: Context): Promise<Measured[]> {
  const results: Measured[] = []
  for (const item of cases) {
    await item.run(client, context)
    const wall: number[] = []
    const cpu: number[] = []
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now()
      const cpuBefore = process.cpuUsage()
      await item.run(client, context)
      const cpuUsed = process.cpuUsage(cpuBefore)
      wall.push(performance.now() - started)
      cpu.push((cpuUsed.user + cpuUsed.system) / 1000)
    }
    results.push({ label: item.label, wall, cpu })
  }
  return results
}

/** Wall time counts waiting for a busy machine too; CPU time is what the work itself costs. Both are shown, with the load they ran under. */
function printTable(results: Measured[]): void {
  const width = Math.max(...results.map((r) => r.label.length))
  const load = os.loadavg().map((l) => l.toFixed(1)).join(' ')
  console.log(`\n${RUNS} runs each; budget ${BUDGET_MS} ms; load average ${load} on ${os.cpus().length} CPUs`)
  console.log(`${'case'.padEnd(width)}  wall median    min    max  CPU median  over budget`)
  for (const r of results) {
    const wall = median(r.wall)
    const cpu = median(r.cpu)
    const over = [wall > BUDGET_MS ? 'wall' : '', cpu > BUDGET_MS ? 'CPU' : ''].filter(Boolean).join(' + ')
    const cells = [wall, Math.min(...r.wall), Math.max(...r.wall)].map((ms) => ms.toFixed(1).padStart(6))
    console.log(`${r.label.padEnd(width)}       ${cells.join(' ')}      ${cpu.toFixed(1).padStart(6)}  ${over}`)
  }
}

/** Runs each case once through a logging connection, then times and explains every statement it issued. */
async function explainCases(cases: Case[], context: Context): Promise<void> {
  const sqlite = new BetterSqlite3(dbPath, { readonly: true })
  const issued: CompiledQuery[] = []
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: sqlite }),
    log: (event) => {
      if (event.level === 'query') issued.push(CompiledQuery.raw(event.query.sql, [...event.query.parameters]))
    },
  })
  const logged: Context = { ...context, db }
  const client = createRouterClient(appRouter, { context: logged })
  for (const item of cases) {
    issued.length = 0
    await item.run(client, logged)
    console.log(`\n--- ${item.label}`)
    for (const query of issued.filter((q) => /^\s*(select|with)/i.test(q.sql))) {
      const statement = sqlite.prepare(query.sql)
      const cpuBefore = process.cpuUsage()
      statement.all(...query.parameters)
      const cpuUsed = process.cpuUsage(cpuBefore)
      const plan = sqlite.prepare(`explain query plan ${query.sql}`).all(...query.parameters) as Array<{ detail: string }>
      console.log(`${((cpuUsed.user + cpuUsed.system) / 1000).toFixed(1).padStart(7)} ms CPU  ${query.sql.replace(/\s+/g, ' ').trim().slice(0, 140)}…`)
      for (const step of plan) console.log(`            ${step.detail}`)
    }
  }
  await db.destroy()
}

/** The whole lists as files, once each: what the Export button and `aftersale export` cost on a big shop. */
async function timeExports(client: ApiClient): Promise<void> {
  const exports: Array<{ label: string; run: () => Promise<File> }> = [
    { label: 'export all orders (default sort)', run: () => client.exports.orders({}) },
    { label: 'export all customers by spent', run: () => client.exports.customers({ sort: 'spent' }) },
    { label: 'export segment "Lost"', run: () => client.exports.customers({ segment: 'Lost' }) },
  ]
  console.log('')
  for (const item of exports) {
    const rssBefore = process.memoryUsage().rss
    const started = performance.now()
    const file = await item.run()
    console.log(
      `${item.label}: ${seconds(started)}, ${(file.size / 1e6).toFixed(1)} MB (${file.name}), RSS +${((process.memoryUsage().rss - rssBefore) / 1e6).toFixed(0)} MB`,
    )
  }
}

async function main(): Promise<void> {
  await prepareShop()
  const timeline = timelineCase()
  const cases = typeof timeline === 'string' ? CASES : [...CASES.slice(0, -1), timeline, ...CASES.slice(-1)]
  if (typeof timeline === 'string') console.log(timeline)
  const backend = await createBackend({ dbPath, clock: fixedClock(NOW), log: silentLog })
  try {
    await saveSegments(backend.client)
    printTable(await measure(cases, backend.client, backend.context))
    await explainCases(cases, backend.context)
    await timeExports(backend.client)
  } finally {
    await backend.close()
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
