import { refreshCustomerStats } from '../customers/customer-stats.repo'
import type { Context } from '../backend/context'
import { AppError } from '../backend/errors'
import { checkpoint, throwIfCancelled, type JobEvent } from '../backend/progress'
import { TABLES, type Db } from '../db/database'
import { demoShopStages, GENERATION_STAGES, reuseExistingProducts } from './demo-shop.rules'
import { areDemoMarkersInUse, countOrders, emailsAtDomains, insertInBatches, productIdsBySku } from './demo-shop.repo'
import { DEMO_TABLES, type DemoRows, type DemoTable } from './demo-tables'
import { DEMO_EMAIL_DOMAINS, demoMarkers, demoTag } from './demo-tag'
import { groupBy } from './group-by'

export type TableName = (typeof TABLES)[number]

export interface DemoSummary {
  seed: number
  /** Rows written per table (every table listed, zero where the demo writes nothing). */
  created: Record<TableName, number>
}

const WHAT = 'Loading the demo shop'
const PREPARING = 'Inventing the demo shop'

/** Progress phases as a shop owner would name them; a Record so no demo table can be left out. */
const PHASE_OF: Record<DemoTable, string> = {
  products: 'Catalogue',
  customers: 'Customers',
  customer_identities: 'Customers',
  customer_tags: 'Customers',
  customer_addresses: 'Customers',
  orders: 'Orders',
  order_tags: 'Orders',
  order_lines: 'Orders',
  returns: 'Returns and claims',
  return_lines: 'Returns and claims',
  claims: 'Returns and claims',
  loyalty_ledger: 'Loyalty points',
  message_templates: 'Follow-up emails',
  flows: 'Follow-up emails',
  survey_responses: 'Survey responses',
}

function refuseNonEmptyShop(orders: number): never {
  throw new AppError(
    'SHOP_NOT_EMPTY',
    `This shop already has ${orders.toLocaleString('en-US')} order${orders === 1 ? '' : 's'}, so the demo shop was not added and nothing was changed. ` +
      'To add the demo data alongside them anyway, use --force.',
    { orders },
  )
}

/** The first copy number whose order ids, RMA numbers and template names are still free for this seed. */
async function firstFreeCopy(db: Db, seed: number): Promise<number> {
  let copy = 0
  while (await areDemoMarkersInUse(db, demoMarkers(demoTag(seed, copy)))) copy++
  return copy
}

/** Invents the demo (reporting each generation stage) and fits it around what the shop already holds. */
async function* prepareRows(db: Db, seed: number, now: Date, signal: AbortSignal | undefined): AsyncGenerator<JobEvent<never>, DemoRows> {
  const copy = await firstFreeCopy(db, seed)
  const takenEmails = await emailsAtDomains(db, DEMO_EMAIL_DOMAINS)
  const faker = await import('@faker-js/faker')
  const stages = demoShopStages({ seed, now, copy, takenEmails, faker })
  let done = 0
  for (let step = stages.next(); ; step = stages.next()) {
    if (step.done) {
      const skus = step.value.rows.products.flatMap((p) => (p.sku === null ? [] : [p.sku]))
      return reuseExistingProducts(step.value.rows, await productIdsBySku(db, skus))
    }
    yield { kind: 'progress', phase: PREPARING, done: ++done, total: GENERATION_STAGES }
    await checkpoint(signal, WHAT)
  }
}

/**
 * Writes a generated demo shop in one transaction, streaming progress between
 * batches. Refuses a shop that has orders unless forced; a cancel or an error
 * rolls everything back, so a shop never ends up with half a demo.
 */
export async function* loadDemoShop(context: Context, input: { seed: number; force: boolean }, signal?: AbortSignal): AsyncGenerator<JobEvent<DemoSummary>> {
  throwIfCancelled(signal, WHAT)
  const trx = await context.db.startTransaction().execute()
  let committed = false
  try {
    const existingOrders = await countOrders(trx)
    if (existingOrders > 0 && !input.force) refuseNonEmptyShop(existingOrders)
    yield { kind: 'progress', phase: PREPARING, done: 0, total: GENERATION_STAGES }
    await checkpoint(signal, WHAT)
    const rows = yield* prepareRows(trx, input.seed, context.clock.now(), signal)

    const created = Object.fromEntries(TABLES.map((table) => [table, 0])) as Record<TableName, number>
    for (const [phase, tables] of groupBy(DEMO_TABLES, (table) => PHASE_OF[table])) {
      const total = tables.reduce((sum, table) => sum + rows[table].length, 0)
      let done = 0
      for (const table of tables) {
        for await (const written of insertInBatches(trx, table, rows[table])) {
          done += written
          created[table] += written
          yield { kind: 'progress', phase, done, total }
          await checkpoint(signal, WHAT)
        }
      }
    }
    yield { kind: 'progress', phase: 'Working out customer figures', done: 0, total: 1 }
    await refreshCustomerStats(trx)
    await trx.commit().execute()
    committed = true
    yield { kind: 'result', result: { seed: input.seed, created } }
  } finally {
    if (!committed) await trx.rollback().execute()
  }
}
