import { sql } from 'kysely'
import type { Db } from '../db/database'
import type { ImportTables } from '../imports/imports.table'
import type { Page } from '../backend/paging'
import { FEW_MATCHES } from '../backend/search-text'
import { orderIdsIn, type ShopDrilldown } from '../dashboard/drilldown.repo'
import type { OrderDrilldown } from '../dashboard/drilldown.rules'
import { orderConditions, type OrderFilters } from './order-filters'
import type { FinancialStatus, FulfillmentStatus, Source } from './orders.table'

export const ORDER_SORTS = {
  placedAt: 'orders.placed_at',
  orderNumber: 'orders.order_number',
  total: 'orders.total_minor',
  source: 'orders.source',
} as const
export type OrderSort = keyof typeof ORDER_SORTS

export interface OrderListRow {
  id: string
  orderNumber: string
  source: Source
  placedAt: string
  cancelledAt: string | null
  customerId: string | null
  customerName: string | null
  customerEmail: string | null
  financialStatus: FinancialStatus
  fulfillmentStatus: FulfillmentStatus
  currency: string
  totalMinor: number
  refundedMinor: number
  itemCount: number
}

export interface OrderListQuery {
  search: string
  sort: OrderSort
  direction: 'asc' | 'desc'
  customerId?: string
  drilldown?: ShopDrilldown<OrderDrilldown>
  filters?: OrderFilters
  timeZone: string
  /** Exactly these orders, already found to match everything above (see withFewMatches). */
  ids?: readonly string[]
}

/** The orders of a query; every list, count and export of orders starts here. */
export function selectOrders(db: Db, query: OrderListQuery) {
  if (query.ids) return db.selectFrom('orders').where('orders.id', 'in', query.ids)
  let base = db.selectFrom('orders').where(orderConditions(query.filters, query.search, query.timeZone))
  if (query.customerId) base = base.where('orders.customer_id', '=', query.customerId)
  if (query.drilldown) base = base.where('orders.id', 'in', orderIdsIn(db, query.drilldown))
  return base
}

/**
 * A searching query narrowed to the ids of its matches when they are few
 * (search-text.ts explains why); any other query as it is.
 */
export async function withFewMatches(db: Db, query: OrderListQuery): Promise<OrderListQuery> {
  if (!query.search || query.ids) return query
  const found = await selectOrders(db, query)
    .select('orders.id')
    .limit(FEW_MATCHES + 1)
    .execute()
  return found.length > FEW_MATCHES ? query : { ...query, ids: found.map((row) => row.id) }
}

/** The ids of a query's orders in the list's order (ties by id, so slices never overlap): a page or an export batch is a slice of it. */
export function sortedOrderIds(db: Db, query: OrderListQuery) {
  return selectOrders(db, query).select('orders.id').orderBy(sql.ref(ORDER_SORTS[query.sort]), query.direction).orderBy('orders.id', query.direction)
}

/**
 * The list's rows of one slice of sortedOrderIds, in the same order. The slice
 * is chosen on `orders` alone and only its rows are joined to their customer
 * and their items: sorting thousands of filtered orders with those columns
 * already attached cost several times more.
 */
export async function orderRowsOf(db: Db, query: OrderListQuery, slice: ReturnType<typeof sortedOrderIds>): Promise<OrderListRow[]> {
  const rows = await db
    .selectFrom('orders')
    .leftJoin('customers', 'customers.id', 'orders.customer_id')
    .where('orders.id', 'in', slice)
    .select((eb) => [
      'orders.id',
      'orders.order_number as orderNumber',
      'orders.source',
      'orders.placed_at as placedAt',
      'orders.cancelled_at as cancelledAt',
      'orders.customer_id as customerId',
      sql<string | null>`coalesce(nullif(trim(coalesce(customers.first_name, '') || ' ' || coalesce(customers.last_name, '')), ''), orders.buyer_name)`.as(
        'customerName',
      ),
      sql<string | null>`coalesce(customers.email, orders.buyer_email)`.as('customerEmail'),
      'orders.financial_status as financialStatus',
      'orders.fulfillment_status as fulfillmentStatus',
      'orders.currency',
      'orders.total_minor as totalMinor',
      'orders.refunded_minor as refundedMinor',
      eb
        .selectFrom('order_lines')
        .select((l) => l.fn.coalesce(l.fn.sum<number>('order_lines.quantity'), sql<number>`0`).as('n'))
        .whereRef('order_lines.order_id', '=', 'orders.id')
        .as('itemCount'),
    ])
    .orderBy(sql.ref(ORDER_SORTS[query.sort]), query.direction)
    .orderBy('orders.id', query.direction)
    .execute()
  return rows.map((row) => ({ ...row, itemCount: Number(row.itemCount ?? 0) }))
}

export async function countOrders(db: Db, query: OrderListQuery): Promise<number> {
  const count = await selectOrders(db, query)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
  return Number(count.n)
}

export async function listOrders(db: Db, query: OrderListQuery & { page: number; pageSize: number }): Promise<Page<OrderListRow>> {
  const listed = await withFewMatches(db, query)
  const total = listed.ids ? listed.ids.length : await countOrders(db, listed)
  const page = sortedOrderIds(db, listed)
    .limit(query.pageSize)
    .offset(query.page * query.pageSize)
  return { rows: await orderRowsOf(db, listed, page), total, page: query.page, pageSize: query.pageSize }
}

export async function getOrder(db: Db, id: string) {
  const order = await db.selectFrom('orders').selectAll().where('id', '=', id).executeTakeFirst()
  if (!order) return null
  const [lines, customer, returns, claims, messages, loyalty, refunds] = await Promise.all([
    db.selectFrom('order_lines').selectAll().where('order_id', '=', id).orderBy('line_no').execute(),
    order.customer_id
      ? db
          .selectFrom('customers')
          .select(['id', 'first_name as firstName', 'last_name as lastName', 'email'])
          .where('id', '=', order.customer_id)
          .executeTakeFirst()
      : Promise.resolve(undefined),
    db
      .selectFrom('returns')
      .select(['id', 'rma_number as rmaNumber', 'kind', 'status', 'reason', 'requested_at as requestedAt', 'refund_minor as refundMinor', 'currency'])
      .where('order_id', '=', id)
      .orderBy('requested_at')
      .execute(),
    db
      .selectFrom('claims')
      .select(['id', 'kind', 'status', 'subject', 'opened_at as openedAt'])
      .where('order_id', '=', id)
      .orderBy('opened_at')
      .execute(),
    db
      .selectFrom('outbox')
      .select([
        'id',
        'subject',
        'status',
        'to_address as toAddress',
        'scheduled_at as scheduledAt',
        'sent_at as sentAt',
        'last_error as lastError',
      ])
      .where('order_id', '=', id)
      .orderBy('scheduled_at')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('loyalty_ledger')
      .select(['id', 'points', 'reason', 'note', 'occurred_at as occurredAt'])
      .where('order_id', '=', id)
      .orderBy('occurred_at')
      .orderBy('id')
      .execute(),
    db
      .withTables<ImportTables>()
      .selectFrom('imported_refunds')
      .select(['refund_key as id', 'currency', 'amount_minor as amountMinor', 'refunded_at as refundedAt'])
      .where('order_id', '=', id)
      .orderBy('refunded_at')
      .orderBy('refund_key')
      .execute(),
  ])
  return { order, lines, customer: customer ?? null, returns, claims, messages, loyalty, refunds }
}
