import { sql } from 'kysely'
import type { Db } from '../db/database'
import type { Page } from '../backend/paging'
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

export async function listOrders(
  db: Db,
  query: {
    page: number
    pageSize: number
    search: string
    sort: OrderSort
    direction: 'asc' | 'desc'
    customerId?: string
    drilldown?: ShopDrilldown<OrderDrilldown>
    filters?: OrderFilters
    timeZone: string
  },
): Promise<Page<OrderListRow>> {
  let base = db.selectFrom('orders').where(orderConditions(query.filters, query.search, query.timeZone))
  if (query.customerId) base = base.where('orders.customer_id', '=', query.customerId)
  if (query.drilldown) base = base.where('orders.id', 'in', orderIdsIn(db, query.drilldown))

  const [rows, count] = await Promise.all([
    base
      .leftJoin('customers', 'customers.id', 'orders.customer_id')
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
      .limit(query.pageSize)
      .offset(query.page * query.pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ])
  return { rows: rows.map((r) => ({ ...r, itemCount: Number(r.itemCount ?? 0) })), total: Number(count.n), page: query.page, pageSize: query.pageSize }
}

export async function getOrder(db: Db, id: string) {
  const order = await db.selectFrom('orders').selectAll().where('id', '=', id).executeTakeFirst()
  if (!order) return null
  const [lines, customer, returns, claims] = await Promise.all([
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
  ])
  return { order, lines, customer: customer ?? null, returns, claims }
}
