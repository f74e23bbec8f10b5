import { sql } from 'kysely'
import type { Db } from '../db/database'
import { containsPattern } from '../backend/search-text'
import type { Page } from '../backend/paging'
import { customerIdsIn, type ShopDrilldown } from '../dashboard/drilldown.repo'
import type { CustomerDrilldown } from '../dashboard/drilldown.rules'
import type { MarketingConsent } from './customers.table'

export const CUSTOMER_SORTS = {
  lastOrderAt: 'lastOrderAt',
  name: 'sortName',
  orders: 'orderCount',
  createdAt: 'customers.created_at',
} as const
export type CustomerSort = keyof typeof CUSTOMER_SORTS

export interface CustomerListRow {
  id: string
  firstName: string | null
  lastName: string | null
  email: string | null
  marketingConsent: MarketingConsent
  orderCount: number
  lastOrderAt: string | null
  createdAt: string
}

export async function listCustomers(
  db: Db,
  query: { page: number; pageSize: number; search: string; sort: CustomerSort; direction: 'asc' | 'desc'; drilldown?: ShopDrilldown<CustomerDrilldown> },
): Promise<Page<CustomerListRow>> {
  let base = db.selectFrom('customers')
  if (query.search) base = base.where(sql<boolean>`customers.search_text like ${containsPattern(query.search)} escape '\\'`)
  if (query.drilldown) base = base.where('customers.id', 'in', customerIdsIn(db, query.drilldown))

  const counted = sql`orders.customer_id = customers.id and orders.cancelled_at is null`
  const [rows, count] = await Promise.all([
    base
      .select([
        'customers.id',
        'customers.first_name as firstName',
        'customers.last_name as lastName',
        'customers.email',
        'customers.marketing_consent as marketingConsent',
        'customers.created_at as createdAt',
        sql<number>`(select count(*) from orders where ${counted})`.as('orderCount'),
        sql<string | null>`(select max(orders.placed_at) from orders where ${counted})`.as('lastOrderAt'),
        sql<string>`lower(coalesce(customers.last_name, '') || ' ' || coalesce(customers.first_name, '') || ' ' || coalesce(customers.email, ''))`.as(
          'sortName',
        ),
      ])
      .orderBy(sql.ref(CUSTOMER_SORTS[query.sort]), query.direction)
      .orderBy('customers.id', query.direction)
      .limit(query.pageSize)
      .offset(query.page * query.pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ])
  return {
    rows: rows.map(({ sortName: _sortName, ...r }) => ({ ...r, orderCount: Number(r.orderCount) })),
    total: Number(count.n),
    page: query.page,
    pageSize: query.pageSize,
  }
}

export async function getCustomer(db: Db, id: string) {
  const customer = await db.selectFrom('customers').selectAll().where('id', '=', id).executeTakeFirst()
  if (!customer) return null
  const [identities, tags, addresses, orders, spent, loyalty, returns, claims, surveys] = await Promise.all([
    db.selectFrom('customer_identities').select(['source', 'external_id as externalId']).where('customer_id', '=', id).execute(),
    db.selectFrom('customer_tags').select('tag').where('customer_id', '=', id).orderBy('tag').execute(),
    db.selectFrom('customer_addresses').selectAll().where('customer_id', '=', id).orderBy('kind').execute(),
    db
      .selectFrom('orders')
      .select([
        'id',
        'order_number as orderNumber',
        'source',
        'placed_at as placedAt',
        'cancelled_at as cancelledAt',
        'financial_status as financialStatus',
        'fulfillment_status as fulfillmentStatus',
        'currency',
        'total_minor as totalMinor',
        'refunded_minor as refundedMinor',
      ])
      .where('customer_id', '=', id)
      .orderBy('placed_at', 'desc')
      .execute(),
    // Net of refunds, counted orders only, one figure per currency: amounts in different currencies are never added.
    db
      .selectFrom('orders')
      .select((eb) => ['currency', eb.fn.sum<number>(sql`total_minor - refunded_minor`).as('netMinor'), eb.fn.countAll<number>().as('orders')])
      .where('customer_id', '=', id)
      .where('cancelled_at', 'is', null)
      .groupBy('currency')
      .orderBy('currency')
      .execute(),
    db
      .selectFrom('loyalty_ledger')
      .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('points'), sql<number>`0`).as('balance'))
      .where('customer_id', '=', id)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('returns')
      .innerJoin('orders', 'orders.id', 'returns.order_id')
      .select([
        'returns.id',
        'returns.rma_number as rmaNumber',
        'returns.kind',
        'returns.status',
        'returns.reason',
        'returns.requested_at as requestedAt',
        'orders.order_number as orderNumber',
      ])
      .where('returns.customer_id', '=', id)
      .orderBy('returns.requested_at', 'desc')
      .execute(),
    db
      .selectFrom('claims')
      .select(['id', 'kind', 'status', 'subject', 'opened_at as openedAt'])
      .where('customer_id', '=', id)
      .orderBy('opened_at', 'desc')
      .execute(),
    db
      .selectFrom('survey_responses')
      .select(['id', 'kind', 'score', 'comment', 'responded_at as respondedAt'])
      .where('customer_id', '=', id)
      .orderBy('responded_at', 'desc')
      .execute(),
  ])
  return {
    customer,
    identities,
    tags: tags.map((t) => t.tag),
    addresses,
    orders,
    spentByCurrency: spent.map((s) => ({ currency: s.currency, netMinor: Number(s.netMinor), orders: Number(s.orders) })),
    loyaltyBalance: Number(loyalty.balance),
    returns,
    claims,
    surveys,
  }
}
