import { sql, type RawBuilder, type SqlBool } from 'kysely'
import type { Db } from '../db/database'
import {
  countedOrderMatching,
  countWhen,
  dayNumberOf,
  inRange,
  isCountedOrder,
  orderNetMinor,
  toNullableNumber,
  toNumber,
  type InstantRange,
  type OrderFilters,
} from './metrics-sql'
import type { ExpectedNextGroup } from './metrics.types'
import { DUE_SOON_DAYS, RECENTLY_OVERDUE_DAYS } from './metrics.rules'

/** The chosen period and the one of equal length before it; `previous.endsBefore` is `current.startsAt`. */
export interface PeriodPair {
  current: InstantRange
  previous: InstantRange
}

/**
 * Currencies with counted orders, found by hopping through the currency index
 * (one seek per currency instead of a scan): queries then name them with `in`,
 * which lets SQLite read that index already grouped by currency, with no sort.
 */
export async function listOrderCurrencies(db: Db): Promise<string[]> {
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

export interface SalesByCurrency {
  currency: string
  orders: number
  netMinor: number
  ordersWithoutCustomer: number
}

export async function readSales(db: Db, range: InstantRange, filters: OrderFilters, currencies: readonly string[]): Promise<SalesByCurrency[]> {
  if (currencies.length === 0) return []
  const rows = await db
    .selectFrom('orders')
    .select((eb) => [
      'orders.currency',
      eb.fn.countAll<number>().as('orders'),
      eb.fn.sum<number>(orderNetMinor()).as('netMinor'),
      countWhen(sql`orders.customer_id is null`).as('ordersWithoutCustomer'),
    ])
    .where(countedOrderMatching(filters))
    .where('orders.currency', 'in', currencies)
    .where(inRange(sql.ref('orders.placed_at'), range))
    .groupBy('orders.currency')
    .orderBy('orders.currency')
    .execute()
  return rows.map((r) => ({
    currency: r.currency,
    orders: toNumber(r.orders),
    netMinor: toNumber(r.netMinor),
    ordersWithoutCustomer: toNumber(r.ordersWithoutCustomer),
  }))
}

export interface PeriodCustomers {
  customers: number
  repeatCustomers: number
}

export interface CustomerActivity {
  current: PeriodCustomers
  previous: PeriodCustomers
  gaps: {
    repeatCustomers: number
    totalGapDays: number
    gaps: number
    /** The middle one or two of the repeat customers' own average gaps, for the shop's median. */
    middleGapDays: number[]
    dueSoon: number
    recentlyOverdue: number
    longOverdue: number
  }
}

/**
 * Every customer's counted orders up to the period's end, one row each
 * (`history h`, the per-customer index streams them already grouped), and the
 * shop's middle gaps (`shop_gap s`): what the activity figures and their
 * drill-downs both read, so a listed group is exactly the counted one.
 */
export function customerHistory(periods: PeriodPair, filters: OrderFilters) {
  const endDay = dayNumberOf(sql`${periods.current.endsBefore}`)
  const ownGap = sql<number>`(h.last_day - h.first_day) / (h.order_count - 1)`
  const expectedDay = sql<number>`h.last_day + case when h.order_count >= 2 then ${ownGap} else (s.lower_middle + s.upper_middle) / 2.0 end`
  const ctes = sql`
    with history as (
      select orders.customer_id,
        ${dayNumberOf(sql`min(orders.placed_at)`)} as first_day,
        ${dayNumberOf(sql`max(orders.placed_at)`)} as last_day,
        count(*) as order_count,
        ${countWhen(sql`orders.placed_at >= ${periods.current.startsAt}`)} as current_orders,
        ${countWhen(inRange(sql.ref('orders.placed_at'), periods.previous))} as previous_orders
      from orders
      where orders.customer_id is not null and ${countedOrderMatching(filters)} and orders.placed_at < ${periods.current.endsBefore}
      group by orders.customer_id
    ),
    ranked_gaps as (
      select ${ownGap} as gap_days,
        row_number() over (order by ${ownGap}) as position,
        count(*) over () as total
      from history h
      where h.order_count >= 2
    ),
    shop_gap as (
      select min(gap_days) as lower_middle, max(gap_days) as upper_middle
      from ranked_gaps
      where position in ((total + 1) / 2, (total + 2) / 2)
    )`
  const expectedNext: Record<ExpectedNextGroup, RawBuilder<SqlBool>> = {
    dueSoon: sql<SqlBool>`${expectedDay} >= ${endDay} and ${expectedDay} < ${endDay} + ${DUE_SOON_DAYS}`,
    recentlyOverdue: sql<SqlBool>`${expectedDay} >= ${endDay} - ${RECENTLY_OVERDUE_DAYS} and ${expectedDay} < ${endDay}`,
    longOverdue: sql<SqlBool>`${expectedDay} < ${endDay} - ${RECENTLY_OVERDUE_DAYS}`,
  }
  return { ctes, expectedNext }
}

/** Who ordered in each period, who had ordered at least twice by then, and the gaps between orders, in one pass. */
export async function readCustomerActivity(db: Db, periods: PeriodPair, filters: OrderFilters): Promise<CustomerActivity> {
  const { ctes, expectedNext } = customerHistory(periods, filters)
  const result = await sql<Record<string, unknown>>`
    ${ctes}
    select
      ${countWhen(sql`h.current_orders > 0`)} as current_customers,
      ${countWhen(sql`h.current_orders > 0 and h.order_count >= 2`)} as current_repeat_customers,
      ${countWhen(sql`h.previous_orders > 0`)} as previous_customers,
      ${countWhen(sql`h.previous_orders > 0 and h.order_count - h.current_orders >= 2`)} as previous_repeat_customers,
      ${countWhen(sql`h.order_count >= 2`)} as repeat_customers,
      sum(h.last_day - h.first_day) as total_gap_days,
      sum(h.order_count - 1) as gaps,
      max(s.lower_middle) as lower_middle,
      max(s.upper_middle) as upper_middle,
      ${countWhen(expectedNext.dueSoon)} as due_soon,
      ${countWhen(expectedNext.recentlyOverdue)} as recently_overdue,
      ${countWhen(expectedNext.longOverdue)} as long_overdue
    from history h cross join shop_gap s`.execute(db)
  const row = result.rows[0] ?? {}
  const lower = toNullableNumber(row.lower_middle)
  const upper = toNullableNumber(row.upper_middle)
  return {
    current: { customers: toNumber(row.current_customers), repeatCustomers: toNumber(row.current_repeat_customers) },
    previous: { customers: toNumber(row.previous_customers), repeatCustomers: toNumber(row.previous_repeat_customers) },
    gaps: {
      repeatCustomers: toNumber(row.repeat_customers),
      totalGapDays: toNumber(row.total_gap_days),
      gaps: toNumber(row.gaps),
      middleGapDays: lower === null || upper === null ? [] : [lower, upper],
      dueSoon: toNumber(row.due_soon),
      recentlyOverdue: toNumber(row.recently_overdue),
      longOverdue: toNumber(row.long_overdue),
    },
  }
}

export interface LifetimeValueByCurrency {
  currency: string
  customers: number
  totalMinor: number
  /** The middle one or two customers' net revenue, for the median. */
  middleMinor: number[]
}

/**
 * Net revenue per customer to date, per currency, at the end of both periods:
 * each customer counts once per currency they paid in, and amounts in different
 * currencies are never added. Medians are picked with window functions in SQL.
 */
export async function readLifetimeValue(
  db: Db,
  periods: PeriodPair,
  filters: OrderFilters,
): Promise<{ current: LifetimeValueByCurrency[]; previous: LifetimeValueByCurrency[] }> {
  const result = await sql<{ period: 'current' | 'previous'; currency: string; customers: unknown; total_minor: unknown; lower_middle: unknown; upper_middle: unknown }>`
    with spend as (
      select orders.customer_id, orders.currency,
        sum(${orderNetMinor()}) as to_current_end,
        sum(case when orders.placed_at < ${periods.current.startsAt} then ${orderNetMinor()} end) as to_previous_end
      from orders
      where orders.customer_id is not null and ${countedOrderMatching(filters)} and orders.placed_at < ${periods.current.endsBefore}
      group by orders.customer_id, orders.currency
    ),
    spend_at_end as (
      select 'current' as period, currency, to_current_end as net_minor from spend
      union all
      select 'previous' as period, currency, to_previous_end as net_minor from spend where to_previous_end is not null
    ),
    ranked as (
      select period, currency, net_minor,
        row_number() over (partition by period, currency order by net_minor) as position,
        count(*) over (partition by period, currency order by net_minor rows between unbounded preceding and unbounded following) as customers,
        sum(net_minor) over (partition by period, currency order by net_minor rows between unbounded preceding and unbounded following) as total_minor
      from spend_at_end
    )
    -- One sort serves all three windows (same partition and order); only the middle rows reach the grouping.
    select period, currency, max(customers) as customers, max(total_minor) as total_minor,
      min(net_minor) as lower_middle, max(net_minor) as upper_middle
    from ranked
    where position in ((customers + 1) / 2, (customers + 2) / 2)
    group by period, currency
    order by period, currency`.execute(db)
  const byPeriod = { current: [] as LifetimeValueByCurrency[], previous: [] as LifetimeValueByCurrency[] }
  for (const r of result.rows) {
    byPeriod[r.period].push({
      currency: r.currency,
      customers: toNumber(r.customers),
      totalMinor: toNumber(r.total_minor),
      middleMinor: [toNumber(r.lower_middle), toNumber(r.upper_middle)],
    })
  }
  return byPeriod
}
