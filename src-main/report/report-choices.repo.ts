import { sql } from 'kysely'
import { isCountedOrder } from '../dashboard/metrics-sql'
import type { Db } from '../db/database'
import type { Source } from '../orders/orders.table'

/** What a report can be asked for: since when the shop has counted orders, from which sources, in which currencies. */
export interface OrderSpan {
  firstPlacedAt: string | null
  sources: Source[]
  currencies: string[]
}

export async function readOrderSpan(db: Db): Promise<OrderSpan> {
  const first = await sql<{ first_placed_at: string | null }>`select min(orders.placed_at) as first_placed_at from orders where ${isCountedOrder()}`.execute(db)
  const sources = await sql<{ source: Source }>`select distinct orders.source from orders where ${isCountedOrder()} order by orders.source`.execute(db)
  return {
    firstPlacedAt: first.rows[0]?.first_placed_at ?? null,
    sources: sources.rows.map((r) => r.source),
    currencies: await listOrderCurrencies(db),
  }
}

/** Currencies with counted orders, found by hopping through the currency index: one seek per currency instead of a scan. */
async function listOrderCurrencies(db: Db): Promise<string[]> {
  const result = await sql<{ code: string }>`
    with recursive currencies(code) as (
      select min(orders.currency) from orders where ${isCountedOrder()}
      union all
      select (select min(orders.currency) from orders where ${isCountedOrder()} and orders.currency > currencies.code)
      from currencies where currencies.code is not null
    )
    select code from currencies where code is not null`.execute(db)
  return result.rows.map((r) => r.code)
}
