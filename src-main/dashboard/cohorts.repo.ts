import { sql, type RawBuilder, type SqlBool } from 'kysely'
import type { Db } from '../db/database'
import {
  countedOrderMatching,
  countWhen,
  daysBetween,
  inRange,
  localMonthOf,
  monthRowFor,
  MONTHS_CTE,
  monthsValues,
  orderNetMinor,
  sumWhen,
  toNumber,
  type InstantRange,
  type MonthBounds,
  type OrderFilters,
} from './metrics-sql'

/**
 * Customers grouped by the shop-local month of their first counted order
 * (their cohort), and what they did afterwards.
 */
export interface CohortQuery {
  filters: OrderFilters
  /** Customers whose first counted order falls in this range are members. */
  firstOrders: InstantRange
  /** Every shop-local month an order of a member can fall in, with one more on each side. */
  months: readonly MonthBounds[]
}

/** The CTEs `months`, `first_orders` and `members` (customer_id, first_at, cohort) that every cohort query starts from. */
function withMembers(query: CohortQuery): RawBuilder<unknown> {
  const firstAt = sql`min(orders.placed_at)`
  return sql`
    with ${sql.raw(MONTHS_CTE)} as (${monthsValues(query.months)}),
    first_orders as (
      select orders.customer_id, ${firstAt} as first_at
      from orders
      where orders.customer_id is not null and ${countedOrderMatching(query.filters)}
      group by orders.customer_id
      having ${firstAt} >= ${query.firstOrders.startsAt} and ${firstAt} < ${query.firstOrders.endsBefore}
    ),
    members as (
      select f.customer_id, f.first_at, ${localMonthOf(sql.ref('f.first_at'))} as cohort
      from first_orders f cross join months
      where ${monthRowFor(sql.ref('f.first_at'))}
    )`
}

export interface CohortActivity {
  cohort: string
  month: string
  activeCustomers: number
}

/** For each cohort and month, how many of its members placed a counted order in that month. */
export async function readCohortActivity(db: Db, query: CohortQuery): Promise<CohortActivity[]> {
  const result = await sql<{ cohort: string; month: string; active_customers: unknown }>`
    ${withMembers(query)},
    active as (
      select distinct m.cohort, ${localMonthOf(sql.ref('o.placed_at'))} as month, m.customer_id
      from members m
      join orders o on o.customer_id = m.customer_id
      cross join months
      where ${countedOrderMatching(query.filters, 'o')} and ${monthRowFor(sql.ref('o.placed_at'))}
    )
    select cohort, month, count(*) as active_customers
    from active
    group by cohort, month
    order by cohort, month`.execute(db)
  return result.rows.map((r) => ({ cohort: r.cohort, month: r.month, activeCustomers: toNumber(r.active_customers) }))
}

export interface RepeatWindowCutoff {
  days: number
  /** Only customers whose first order is at or before this instant have had the whole window. */
  firstOrderBy: string
}

export interface RepeatWithinRow {
  cohort: string
  /** Whether these members' first order falls in the chosen period (the "overall" figure). */
  inPeriod: boolean
  customers: number
  windows: Array<{ days: number; eligibleCustomers: number; repeatCustomers: number }>
}

/** How many first-time customers placed a second counted order within N days of their first. */
export async function readRepeatWithin(
  db: Db,
  query: CohortQuery & { period: InstantRange; windows: readonly RepeatWindowCutoff[] },
): Promise<RepeatWithinRow[]> {
  const figures = query.windows.flatMap((w, i) => {
    const eligible = sql<SqlBool>`m.first_at <= ${w.firstOrderBy}`
    return [
      sql`${countWhen(eligible)} as ${sql.ref(`eligible_${i}`)}`,
      sql`${countWhen(sql`${eligible} and m.second_at is not null and ${daysBetween(sql.ref('m.first_at'), sql.ref('m.second_at'))} <= ${w.days}`)} as ${sql.ref(`repeat_${i}`)}`,
    ]
  })
  const result = await sql<Record<string, unknown> & { cohort: string; in_period: unknown; customers: unknown }>`
    ${withMembers(query)},
    -- Materialized so each member's second order is looked up once, not once per window below.
    -- Two orders at the very instant of the first (imports with dates only) make that instant the second order too.
    with_second as materialized (
      select members.*,
        (select case when ${countWhen(sql`o.placed_at = members.first_at`)} >= 2 then members.first_at
                     else min(case when o.placed_at > members.first_at then o.placed_at end) end
          from orders o
          where o.customer_id = members.customer_id and ${countedOrderMatching(query.filters, 'o')}) as second_at,
        case when ${inRange(sql.ref('members.first_at'), query.period)} then 1 else 0 end as in_period
      from members
    )
    select m.cohort, m.in_period, count(*) as customers, ${sql.join(figures)}
    from with_second m
    group by m.cohort, m.in_period
    order by m.cohort`.execute(db)
  return result.rows.map((r) => ({
    cohort: r.cohort,
    inPeriod: toNumber(r.in_period) === 1,
    customers: toNumber(r.customers),
    windows: query.windows.map((w, i) => ({
      days: w.days,
      eligibleCustomers: toNumber(r[`eligible_${i}`]),
      repeatCustomers: toNumber(r[`repeat_${i}`]),
    })),
  }))
}

export interface CohortValueRow {
  cohort: string
  currency: string
  /** Members who placed a counted order in this currency. */
  customers: number
  withinMinor: Array<{ days: number; netMinor: number }>
}

/** Net revenue of each cohort from orders placed within N days of each member's first order, per currency. */
export async function readCohortValue(db: Db, query: CohortQuery & { windowsDays: readonly number[] }): Promise<CohortValueRow[]> {
  const sums = query.windowsDays.map(
    (days, i) =>
      sql`${sumWhen(sql`${daysBetween(sql.ref('m.first_at'), sql.ref('o.placed_at'))} <= ${days}`, orderNetMinor('o'))} as ${sql.ref(`within_${i}`)}`,
  )
  const result = await sql<Record<string, unknown> & { cohort: string; currency: string; customers: unknown }>`
    ${withMembers(query)}
    select m.cohort, o.currency, count(distinct m.customer_id) as customers, ${sql.join(sums)}
    from members m
    join orders o on o.customer_id = m.customer_id
    where ${countedOrderMatching(query.filters, 'o')}
    group by m.cohort, o.currency
    order by m.cohort, o.currency`.execute(db)
  return result.rows.map((r) => ({
    cohort: r.cohort,
    currency: r.currency,
    customers: toNumber(r.customers),
    withinMinor: query.windowsDays.map((days, i) => ({ days, netMinor: toNumber(r[`within_${i}`]) })),
  }))
}
