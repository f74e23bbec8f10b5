import { sql } from 'kysely'
import type { Db } from '../db/database'
import type { Page } from '../backend/paging'
import { customerIdsIn, type ShopDrilldown } from '../dashboard/drilldown.repo'
import type { CustomerDrilldown } from '../dashboard/drilldown.rules'
import { customerConditions, type CustomerFilters } from './customer-filters'
import type { MarketingConsent, RfmGroup } from './customers.table'

export const CUSTOMER_SORTS = {
  lastOrderAt: 'stats.last_order_at',
  firstOrderAt: 'stats.first_order_at',
  name: 'customers.last_name',
  orders: 'stats.order_count',
  avgGap: 'stats.avg_gap_days',
  returns: 'stats.return_count',
  points: 'stats.loyalty_points',
  spent: 'spentInCurrency',
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
  firstOrderAt: string | null
  lastOrderAt: string | null
  avgGapDays: number | null
  returnCount: number
  claimCount: number
  loyaltyPoints: number
  rfmGroup: RfmGroup | null
  /** Net spent per currency, largest first; never added across currencies. */
  spent: Array<{ currency: string; netMinor: number }>
  createdAt: string
  erasedAt: string | null
}

export interface CustomerListQuery {
  search: string
  sort: CustomerSort
  direction: 'asc' | 'desc'
  filters?: CustomerFilters
  drilldown?: ShopDrilldown<CustomerDrilldown>
  /** The currency the `spent` sort compares (amounts in different currencies are never compared). */
  spendCurrency: string | null
  now: Date
}

/** The customers of a query, with their figures, sorted; every list, count and export of customers starts here. */
export function selectCustomers(db: Db, query: CustomerListQuery) {
  let base = db
    .selectFrom('customers')
    .innerJoin('customer_stats as stats', 'stats.customer_id', 'customers.id')
    .where(customerConditions(query.filters, query.search, query.now))
  if (query.drilldown) base = base.where('customers.id', 'in', customerIdsIn(db, query.drilldown))
  return base
}

function parseSpent(packed: string | null): CustomerListRow['spent'] {
  if (!packed) return []
  return packed
    .split(',')
    .map((part) => {
      const [currency = '', amount = '0'] = part.split(':')
      return { currency, netMinor: Number(amount) }
    })
    .sort((a, b) => b.netMinor - a.netMinor || a.currency.localeCompare(b.currency))
}

export function sortedCustomerRows(db: Db, query: CustomerListQuery) {
  const nameTieBreak = query.sort === 'name' ? ['customers.first_name', 'customers.email'] : []
  let rows = selectCustomers(db, query)
    .select([
      'customers.id',
      'customers.first_name as firstName',
      'customers.last_name as lastName',
      'customers.email',
      'customers.marketing_consent as marketingConsent',
      'customers.created_at as createdAt',
      'customers.erased_at as erasedAt',
      'stats.order_count as orderCount',
      'stats.first_order_at as firstOrderAt',
      'stats.last_order_at as lastOrderAt',
      'stats.avg_gap_days as avgGapDays',
      'stats.return_count as returnCount',
      'stats.claim_count as claimCount',
      'stats.loyalty_points as loyaltyPoints',
      'stats.rfm_group as rfmGroup',
      sql<string | null>`(select group_concat(currency || ':' || net_minor) from customer_spend where customer_spend.customer_id = customers.id)`.as(
        'spentPacked',
      ),
      sql<number | null>`(select net_minor from customer_spend where customer_spend.customer_id = customers.id and currency = ${query.spendCurrency})`.as(
        'spentInCurrency',
      ),
    ])
    .orderBy(sql.ref(CUSTOMER_SORTS[query.sort]), query.direction)
  for (const column of nameTieBreak) rows = rows.orderBy(sql.ref(column), query.direction)
  return rows.orderBy('customers.id', query.direction)
}

export function toCustomerListRow(row: Awaited<ReturnType<ReturnType<typeof sortedCustomerRows>['execute']>>[number]): CustomerListRow {
  const { spentPacked, spentInCurrency: _spentInCurrency, ...rest } = row
  return {
    ...rest,
    orderCount: Number(rest.orderCount),
    returnCount: Number(rest.returnCount),
    claimCount: Number(rest.claimCount),
    loyaltyPoints: Number(rest.loyaltyPoints),
    spent: parseSpent(spentPacked),
  }
}

export async function listCustomers(db: Db, query: CustomerListQuery & { page: number; pageSize: number }): Promise<Page<CustomerListRow>> {
  const [rows, count] = await Promise.all([
    sortedCustomerRows(db, query)
      .limit(query.pageSize)
      .offset(query.page * query.pageSize)
      .execute(),
    selectCustomers(db, query)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ])
  return { rows: rows.map(toCustomerListRow), total: Number(count.n), page: query.page, pageSize: query.pageSize }
}

export async function getCustomer(db: Db, id: string) {
  const customer = await db.selectFrom('customers').selectAll().where('id', '=', id).executeTakeFirst()
  if (!customer) return null
  const [identities, tags, addresses, orders, spent, loyalty, returns, claims, surveys, stats] = await Promise.all([
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
    // The customer's figures as the list and the dashboard count them: net revenue of counted orders, per currency.
    db
      .selectFrom('customer_spend')
      .select(['currency', 'net_minor as netMinor', 'order_count as orders'])
      .where('customer_id', '=', id)
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
    db.selectFrom('customer_stats').selectAll().where('customer_id', '=', id).executeTakeFirst(),
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
    /** The figures the customers list sorts by (customer-stats.repo.ts); null only until they are first built. */
    stats: stats ?? null,
  }
}
