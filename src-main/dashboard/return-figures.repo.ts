import { sql, type RawBuilder, type SqlBool } from 'kysely'
import type { Db } from '../db/database'
import type { ReturnReason } from '../returns/returns.table'
import { countedOrderMatching, inRange, orderMeets, toNumber, type InstantRange, type OrderFilters } from './metrics-sql'

/**
 * Returns are counted against the order they came from: a return belongs to
 * the period its order was placed in, so a period's rate compares like with
 * like and can't exceed 100%. Rejected returns sent nothing back and don't count.
 * The queries start from the returns, a few percent of the orders, and look
 * each one's order up by its key.
 */
function returnsOfOrdersIn(range: InstantRange, filters: OrderFilters): RawBuilder<SqlBool> {
  const placedInRange = (o: string) => sql<SqlBool>`${countedOrderMatching(filters, o)} and ${inRange(sql.ref(`${o}.placed_at`), range)}`
  return sql<SqlBool>`r.status <> 'rejected' and ${orderMeets(sql.ref('r.order_id'), placedInRange)}`
}

function returnedLinesOf(range: InstantRange, filters: OrderFilters): RawBuilder<unknown> {
  return sql`
    from returns r
    left join return_lines rl on rl.return_id = r.id
    where ${returnsOfOrdersIn(range, filters)}`
}

export interface ReturnTotals {
  returnedUnits: number
  returnedOrders: number
}

export async function readReturnTotals(db: Db, range: InstantRange, filters: OrderFilters): Promise<ReturnTotals> {
  const result = await sql<{ returned_units: unknown; returned_orders: unknown }>`
    select coalesce(sum(rl.quantity), 0) as returned_units, count(distinct r.order_id) as returned_orders
    ${returnedLinesOf(range, filters)}`.execute(db)
  const row = result.rows[0]
  return { returnedUnits: toNumber(row?.returned_units), returnedOrders: toNumber(row?.returned_orders) }
}

export interface ReturnsByReason extends ReturnTotals {
  reason: ReturnReason
}

export async function readReturnsByReason(db: Db, range: InstantRange, filters: OrderFilters): Promise<ReturnsByReason[]> {
  const result = await sql<{ reason: ReturnReason; returned_units: unknown; returned_orders: unknown }>`
    select r.reason, coalesce(sum(rl.quantity), 0) as returned_units, count(distinct r.order_id) as returned_orders
    ${returnedLinesOf(range, filters)}
    group by r.reason
    order by r.reason`.execute(db)
  return result.rows.map((r) => ({ reason: r.reason, returnedUnits: toNumber(r.returned_units), returnedOrders: toNumber(r.returned_orders) }))
}

export interface ReturnsByProduct extends ReturnTotals {
  productKey: string
}

/**
 * Returned units per product, keyed like sales (catalogue id, else SKU). A
 * return line that names no order line is matched to its order's line with the
 * same SKU, so it lands on the product that was sold.
 */
export async function readReturnsByProduct(db: Db, range: InstantRange, filters: OrderFilters): Promise<ReturnsByProduct[]> {
  const soldLine = sql`coalesce(rl.order_line_id, (
    select ol.id from order_lines ol where ol.order_id = r.order_id and ol.sku = rl.sku order by ol.line_no limit 1))`
  const productKey = sql<string>`coalesce(l.product_id, 'sku:' || coalesce(l.sku, rl.sku))`
  const result = await sql<{ product_key: string; returned_units: unknown; returned_orders: unknown }>`
    select ${productKey} as product_key,
      sum(rl.quantity) as returned_units,
      count(distinct r.order_id) as returned_orders
    from returns r
    join return_lines rl on rl.return_id = r.id
    left join order_lines l on l.id = ${soldLine}
    where ${returnsOfOrdersIn(range, filters)} and ${productKey} is not null
    group by ${productKey}`.execute(db)
  return result.rows.map((r) => ({ productKey: r.product_key, returnedUnits: toNumber(r.returned_units), returnedOrders: toNumber(r.returned_orders) }))
}
