import { sql, type RawBuilder } from 'kysely'
import type { Db } from '../db/database'
import type { Page } from '../backend/paging'
import { FEW_MATCHES } from '../backend/search-text'
import { customerIdsIn, type ShopDrilldown } from '../dashboard/drilldown.repo'
import type { CustomerDrilldown } from '../dashboard/drilldown.rules'
import { customerConditions, type CustomerFilters } from './customer-filters'
import { shopMedianGapDays } from './customer-stats.repo'
import type { CustomerStatsTable, MarketingConsent, RfmGroup } from './customers.table'

export const CUSTOMER_SORTS = {
  lastOrderAt: 'stats.last_order_at',
  firstOrderAt: 'stats.first_order_at',
  name: 'customers.last_name',
  orders: 'stats.order_count',
  avgGap: 'stats.avg_gap_days',
  returns: 'stats.return_count',
  points: 'stats.loyalty_points',
  /** In the query's spendCurrency: see sortKeys. */
  spent: 'customer_spend.net_minor',
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
  /** The currency the `spent` sort compares (amounts in different currencies are never compared); null: the shop's main currency. */
  spendCurrency: string | null
  now: Date
  /** Exactly these customers, already found to match everything above (see withFewMatches). */
  ids?: readonly string[]
}

/** The customers of a query, with their figures; every list, count and export of customers starts here. */
export function selectCustomers(db: Db, query: CustomerListQuery) {
  const base = db.selectFrom('customers').innerJoin('customer_stats as stats', 'stats.customer_id', 'customers.id')
  if (query.ids) return base.where('customers.id', 'in', query.ids)
  const filtered = base.where(customerConditions(query.filters, query.search, query.now))
  return query.drilldown ? filtered.where('customers.id', 'in', customerIdsIn(db, query.drilldown)) : filtered
}

/**
 * A searching query narrowed to the ids of its matches when they are few
 * (search-text.ts explains why); any other query as it is.
 */
export async function withFewMatches(db: Db, query: CustomerListQuery): Promise<CustomerListQuery> {
  if (!query.search || query.ids) return query
  const found = await selectCustomers(db, query)
    .select('customers.id')
    .limit(FEW_MATCHES + 1)
    .execute()
  return found.length > FEW_MATCHES ? query : { ...query, ids: found.map((row) => row.id) }
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

/** What the list sorts by, before the id that breaks ties; names sort by last name, then first name, then email. */
function sortKeys(query: CustomerListQuery): RawBuilder<unknown>[] {
  if (query.sort === 'spent' && query.spendCurrency === null) return [sql.ref('stats.main_currency_net_minor')]
  if (query.sort === 'spent') {
    // Nothing spent counts as 0, not null: SQLite and PostgreSQL would put nulls at opposite ends.
    return [sql`coalesce((select net_minor from customer_spend where customer_spend.customer_id = customers.id and customer_spend.currency = ${query.spendCurrency}), 0)`]
  }
  const tieBreaks = query.sort === 'name' ? ['customers.first_name', 'customers.email'] : []
  return [CUSTOMER_SORTS[query.sort], ...tieBreaks].map((column) => sql.ref(column))
}

/** The ids of a query's customers in the list's order (ties by id, so slices never overlap): a page is a slice of it. */
export function sortedCustomerIds(db: Db, query: CustomerListQuery) {
  let ids = selectCustomers(db, query).select('customers.id')
  for (const key of sortKeys(query)) ids = ids.orderBy(key, query.direction)
  return ids.orderBy('customers.id', query.direction)
}

/**
 * The list's rows of some customers (a slice of sortedCustomerIds, or ids
 * taken from it), in the list's order. The slice is chosen on the sort and
 * filter columns alone and only its rows then get their spending: sorting
 * thousands of customers with every column attached cost several times more.
 */
export async function customerRowsOf(db: Db, query: CustomerListQuery, slice: ReturnType<typeof sortedCustomerIds> | readonly string[]): Promise<CustomerListRow[]> {
  let rows = db
    .selectFrom('customers')
    .innerJoin('customer_stats as stats', 'stats.customer_id', 'customers.id')
    .where('customers.id', 'in', slice)
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
    ])
  for (const key of sortKeys(query)) rows = rows.orderBy(key, query.direction)
  const found = await rows.orderBy('customers.id', query.direction).execute()
  return found.map(({ spentPacked, ...rest }) => ({
    ...rest,
    orderCount: Number(rest.orderCount),
    returnCount: Number(rest.returnCount),
    claimCount: Number(rest.claimCount),
    loyaltyPoints: Number(rest.loyaltyPoints),
    spent: parseSpent(spentPacked),
  }))
}

export async function countCustomers(db: Db, query: CustomerListQuery): Promise<number> {
  const count = await selectCustomers(db, query)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
  return Number(count.n)
}

export async function listCustomers(db: Db, query: CustomerListQuery & { page: number; pageSize: number }): Promise<Page<CustomerListRow>> {
  const listed = await withFewMatches(db, query)
  const total = listed.ids ? listed.ids.length : await countCustomers(db, listed)
  const page = sortedCustomerIds(db, listed)
    .limit(query.pageSize)
    .offset(query.page * query.pageSize)
  return { rows: await customerRowsOf(db, listed, page), total, page: query.page, pageSize: query.pageSize }
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
    expectedNextOrder: await expectedNextOrder(db, stats ?? null),
  }
}

const DAY_MS = 86_400_000

/**
 * When the customer's next order is expected, as the dashboard counts it: the
 * last counted order plus their own average gap, or the shop's median gap for
 * someone who ordered once. Null without orders or without any repeat buyer.
 */
async function expectedNextOrder(db: Db, stats: Pick<CustomerStatsTable, 'last_order_at' | 'avg_gap_days'> | null) {
  if (!stats?.last_order_at) return null
  const ownGap = stats.avg_gap_days
  const gapDays = ownGap ?? (await shopMedianGapDays(db))
  if (gapDays === null) return null
  return { at: new Date(Date.parse(stats.last_order_at) + gapDays * DAY_MS).toISOString(), basis: ownGap === null ? ('shopMedian' as const) : ('ownAverage' as const) }
}
