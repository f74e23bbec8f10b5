import { sql, type RawBuilder, type SqlBool } from 'kysely'
import { checkpoint } from '../backend/progress'
import type { Db } from '../db/database'
import { spendCurrencies } from '../customers/customer-stats.repo'
import { customerRowsOf, selectCustomers, sortedCustomerIds, withFewMatches as withFewCustomerMatches, type CustomerListQuery, type CustomerListRow } from '../customers/customers.repo'
import { ORDER_SORTS, orderRowsOf, sortedOrderIds, withFewMatches as withFewOrderMatches, type OrderListQuery, type OrderListRow, type OrderSort } from '../orders/orders.repo'

/**
 * The rows of a list, in the list's own order, a batch at a time: a big shop's
 * orders never sit in memory all at once, and between batches the event loop
 * turns, so other requests get answered and a cancelled export stops.
 */
const BATCH = 2_000
const WHAT = 'The export'

const ORDER_SORT_VALUE: Record<OrderSort, (row: OrderListRow) => string | number> = {
  placedAt: (row) => row.placedAt,
  orderNumber: (row) => row.orderNumber,
  total: (row) => row.totalMinor,
  source: (row) => row.source,
}

/** The orders after `last` in the list's order (sort column, then id); `col <= v` up front lets an index on the column do the seeking. */
function ordersAfter(query: OrderListQuery, last: OrderListRow): RawBuilder<SqlBool> {
  const column = sql.ref(ORDER_SORTS[query.sort])
  const value = ORDER_SORT_VALUE[query.sort](last)
  return query.direction === 'desc'
    ? sql<SqlBool>`(${column} <= ${value} and (${column} < ${value} or orders.id < ${last.id}))`
    : sql<SqlBool>`(${column} >= ${value} and (${column} > ${value} or orders.id > ${last.id}))`
}

/**
 * Orders page by key rather than by offset: every sort column of orders is
 * NOT NULL, so "after the last row" is a plain comparison and each batch
 * starts where the previous one ended instead of skipping all earlier rows.
 */
export async function* orderBatches(db: Db, list: OrderListQuery, signal?: AbortSignal): AsyncGenerator<OrderListRow[]> {
  const query = await withFewOrderMatches(db, list)
  let last: OrderListRow | undefined
  for (;;) {
    const ids = sortedOrderIds(db, query)
    const rows = await orderRowsOf(db, query, (last ? ids.where(ordersAfter(query, last)) : ids).limit(BATCH))
    if (rows.length > 0) yield rows
    last = rows.at(-1)
    if (rows.length < BATCH || !last) return
    await checkpoint(signal, WHAT)
  }
}

/**
 * Customers are sorted once, as ids, then read a batch of ids at a time.
 * Several of their sort columns may be null, whose place in the order differs
 * between SQLite and PostgreSQL, so a key comparison would not be portable;
 * and paging by offset would sort all of them again for every batch.
 * 150,000 ids are a few megabytes.
 */
export async function* customerBatches(db: Db, list: CustomerListQuery, signal?: AbortSignal): AsyncGenerator<CustomerListRow[]> {
  const query = await withFewCustomerMatches(db, list)
  const ids = (await sortedCustomerIds(db, query).execute()).map((row) => row.id)
  for (let start = 0; start < ids.length; start += BATCH) {
    if (start > 0) await checkpoint(signal, WHAT)
    yield await customerRowsOf(db, query, ids.slice(start, start + BATCH))
  }
}

/** The currencies the customers of a query paid in, in the shop's order (the main currency first), so files line up. */
export async function spendCurrenciesOf(db: Db, query: CustomerListQuery): Promise<string[]> {
  const [shop, present] = await Promise.all([
    spendCurrencies(db),
    db
      .selectFrom('customer_spend')
      .select('currency')
      .distinct()
      .where('customer_id', 'in', selectCustomers(db, query).select('customers.id'))
      .execute(),
  ])
  const found = new Set(present.map((row) => row.currency))
  return shop.map((row) => row.currency).filter((currency) => found.has(currency))
}
