import type { InsertObject } from 'kysely'
import type { Database, Db } from '../db/database'
import type { DemoMarkers } from './demo-tag'
import type { DemoTable } from './demo-tables'

/** Kept well under SQLite's limit of 32,766 bound values per statement, whatever the table's width. */
const MAX_VALUES_PER_STATEMENT = 8_000
const MAX_ROWS_PER_STATEMENT = 500

export async function countOrders(db: Db): Promise<number> {
  const row = await db.selectFrom('orders').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
  return Number(row.n)
}

/** Whether a demo with these markers was loaded before (its order ids, RMA numbers or template names are in use). */
export async function areDemoMarkersInUse(db: Db, markers: DemoMarkers): Promise<boolean> {
  const order = await db.selectFrom('orders').select('id').where('external_id', 'like', `${markers.externalIdPrefix}%`).limit(1).executeTakeFirst()
  if (order) return true
  const rma = await db.selectFrom('returns').select('id').where('rma_number', 'like', `${markers.rmaPrefix}%`).limit(1).executeTakeFirst()
  if (rma) return true
  const template = await db.selectFrom('message_templates').select('id').where('name', 'like', `%${markers.nameSuffix}`).limit(1).executeTakeFirst()
  return template !== undefined
}

export async function emailsAtDomains(db: Db, domains: readonly string[]): Promise<Set<string>> {
  const rows = await db
    .selectFrom('customers')
    .select('email')
    .where((eb) => eb.or(domains.map((domain) => eb('email', 'like', `%@${domain}`))))
    .execute()
  return new Set(rows.flatMap((r) => (r.email === null ? [] : [r.email])))
}

export async function productIdsBySku(db: Db, skus: readonly string[]): Promise<Map<string, string>> {
  if (skus.length === 0) return new Map()
  const rows = await db.selectFrom('products').select(['id', 'sku']).where('sku', 'in', skus).execute()
  return new Map(rows.flatMap((r) => (r.sku === null ? [] : [[r.sku, r.id] as const])))
}

/** Multi-row inserts, a few hundred rows at a time; yields how many rows each statement wrote. */
export async function* insertInBatches<T extends DemoTable>(db: Db, table: T, rows: ReadonlyArray<Database[T]>): AsyncGenerator<number> {
  const first = rows[0]
  if (first === undefined) return
  const batchSize = Math.max(1, Math.min(MAX_ROWS_PER_STATEMENT, Math.floor(MAX_VALUES_PER_STATEMENT / Object.keys(first).length)))
  for (let start = 0; start < rows.length; start += batchSize) {
    const batch = rows.slice(start, start + batchSize)
    // Every demo row is a complete row of its table; kysely cannot see that through the generic table name.
    await db.insertInto(table).values(batch as unknown as Array<InsertObject<Database, T>>).execute()
    yield batch.length
  }
}
