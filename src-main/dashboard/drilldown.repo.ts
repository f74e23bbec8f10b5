import { sql, type RawBuilder, type SqlBool } from 'kysely'
import type { Db } from '../db/database'
import { readSettings } from '../settings/settings.repo'
import { countedOrderMatching, countWhen, dayNumberOf, daysBetween, inRange, type InstantRange, type OrderFilters } from './metrics-sql'
import { addMonths, CSAT_SATISFIED_MIN, DUE_SOON_DAYS, NPS_DETRACTOR_MAX, NPS_PROMOTER_MIN, RECENTLY_OVERDUE_DAYS } from './metrics.rules'
import type { ExpectedNextGroup } from './metrics.types'
import { productKeyOfLine } from './product-labels.repo'
import {
  monthInstants,
  periodInstants,
  repeatWindowCutoff,
  type CustomerDrilldown,
  type Drilldown,
  type OrderDrilldown,
  type PeriodDrilldown,
} from './drilldown.rules'

/**
 * The ids behind a dashboard figure, as subqueries for a list's
 * `where orders.id in (...)` or `where customers.id in (...)`. Each is built
 * from the SQL fragments the order facts are read with (what a counted order
 * is, the filters, net revenue, product keys), so a click lists exactly the
 * rows the figure counted; tests/integration/drilldown.test.ts holds each list
 * to its figure.
 */

/** A drill-down with the shop's time zone, which turns its shop-local dates into instants. */
export interface ShopDrilldown<T extends Drilldown> {
  drilldown: T
  timeZone: string
}

export async function inShopTimeZone<T extends Drilldown>(db: Db, drilldown: T | undefined): Promise<ShopDrilldown<T> | undefined> {
  if (drilldown === undefined) return undefined
  const { timeZone } = await readSettings(db)
  return { drilldown, timeZone }
}

function filtersOf(drilldown: OrderFilters): OrderFilters {
  return { source: drilldown.source, currency: drilldown.currency }
}

function placedIn(range: InstantRange, alias = 'orders') {
  return inRange(sql.ref(`${alias}.placed_at`), range)
}

/** Counted orders that match the figure's filters and were placed in its period. */
function countedOrdersIn(db: Db, drilldown: PeriodDrilldown, timeZone: string) {
  return db
    .selectFrom('orders')
    .where(countedOrderMatching(filtersOf(drilldown)))
    .where(placedIn(periodInstants(drilldown, timeZone)))
}

export function orderIdsIn(db: Db, { drilldown, timeZone }: ShopDrilldown<OrderDrilldown>) {
  const orders = countedOrdersIn(db, drilldown, timeZone).select('orders.id')
  switch (drilldown.kind) {
    case 'periodOrders':
      return drilldown.customer === 'unknown' ? orders.where('orders.customer_id', 'is', null) : orders
    case 'returnedOrders': {
      // As the return rate counts them: an order with any return that was not rejected, whether or not it lists lines.
      const { reason } = drilldown
      return orders.where((eb) => {
        const returns = eb.selectFrom('returns').select('returns.id').whereRef('returns.order_id', '=', 'orders.id').where('returns.status', '<>', 'rejected')
        return eb.exists(reason ? returns.where('returns.reason', '=', reason) : returns)
      })
    }
    case 'productOrders':
      return orders.where((eb) =>
        eb.exists(eb.selectFrom('order_lines as l').select('l.id').whereRef('l.order_id', '=', 'orders.id').where(productKeyOfLine, '=', drilldown.productKey)),
      )
  }
}

/** Customers by their counted orders that match `filters`; narrowed to known customers. */
function customersByOrders(db: Db, filters: OrderFilters) {
  return db
    .selectFrom('orders')
    .select('orders.customer_id')
    .where('orders.customer_id', 'is not', null)
    .where(countedOrderMatching(filters))
    .$narrowType<{ customer_id: string }>()
}

/** Customers whose first counted order (under the filters) was placed in `range`: a cohort, or the first-timers of a period. */
function firstOrderedIn(db: Db, filters: OrderFilters, range: InstantRange) {
  return customersByOrders(db, filters)
    .select(sql<string>`min(orders.placed_at)`.as('first_at'))
    .groupBy('orders.customer_id')
    .having(inRange(sql`min(orders.placed_at)`, range))
}

export function customerIdsIn(db: Db, { drilldown, timeZone }: ShopDrilldown<CustomerDrilldown>) {
  switch (drilldown.kind) {
    case 'periodCustomers':
      return customersByOrders(db, filtersOf(drilldown)).where(placedIn(periodInstants(drilldown, timeZone)))
    case 'repeatCustomers': {
      // As readCustomerActivity: ordered in the period, and two or more counted orders in all by its end.
      const period = periodInstants(drilldown, timeZone)
      return customersByOrders(db, filtersOf(drilldown))
        .where('orders.placed_at', '<', period.endsBefore)
        .groupBy('orders.customer_id')
        .having(sql<SqlBool>`count(*) >= 2`)
        .having(sql<SqlBool>`${countWhen(sql`orders.placed_at >= ${period.startsAt}`)} > 0`)
    }
    case 'lifetimeCustomers':
      return customersByOrders(db, filtersOf(drilldown)).where('orders.placed_at', '<', periodInstants({ from: drilldown.to, to: drilldown.to }, timeZone).endsBefore)
    case 'cohort':
      return cohortCustomers(db, drilldown, timeZone)
    case 'repeatWithin':
      return repeatWithinCustomers(db, drilldown, timeZone)
    case 'expectedNextOrder':
      return expectedNextCustomers(db, drilldown, timeZone)
    case 'npsRespondents':
    case 'csatRespondents':
      return surveyRespondents(db, drilldown, timeZone)
  }
}

function cohortCustomers(db: Db, drilldown: Extract<CustomerDrilldown, { kind: 'cohort' }>, timeZone: string) {
  const filters = filtersOf(drilldown)
  const members = db.selectFrom(firstOrderedIn(db, filters, monthInstants(drilldown.month, timeZone)).as('members')).select('members.customer_id')
  if (drilldown.offset === undefined) return members
  const activeMonth = monthInstants(addMonths(drilldown.month, drilldown.offset), timeZone)
  return members.where('members.customer_id', 'in', customersByOrders(db, filters).where(placedIn(activeMonth)))
}

function repeatWithinCustomers(db: Db, drilldown: Extract<CustomerDrilldown, { kind: 'repeatWithin' }>, timeZone: string) {
  const filters = filtersOf(drilldown)
  const eligible = db
    .selectFrom(firstOrderedIn(db, filters, periodInstants(drilldown, timeZone)).as('m'))
    .select('m.customer_id')
    .where('m.first_at', '<=', repeatWindowCutoff(drilldown.to, drilldown.days, timeZone))
  if (drilldown.group === 'eligible') return eligible
  // The second counted order, found as readRepeatWithin finds it: the next one by time, ties included.
  const secondAt = sql`(select o.placed_at from orders o
    where o.customer_id = m.customer_id and ${countedOrderMatching(filters, 'o')}
    order by o.placed_at limit 1 offset 1)`
  return eligible.where(sql<SqlBool>`${daysBetween(sql.ref('m.first_at'), secondAt)} <= ${drilldown.days}`)
}

/**
 * Every customer's counted orders up to the period's end, one row each
 * (`history h`), and the shop's middle gaps (`shop_gap s`), as
 * `customerActivity` (customer-figures.rules.ts) computes them for the figure.
 */
function customerHistory(endsBefore: string, filters: OrderFilters) {
  const endDay = dayNumberOf(sql`${endsBefore}`)
  const ownGap = sql<number>`(h.last_day - h.first_day) / (h.order_count - 1)`
  const expectedDay = sql<number>`h.last_day + case when h.order_count >= 2 then ${ownGap} else (s.lower_middle + s.upper_middle) / 2.0 end`
  const ctes = sql`
    with history as (
      select orders.customer_id,
        ${dayNumberOf(sql`min(orders.placed_at)`)} as first_day,
        ${dayNumberOf(sql`max(orders.placed_at)`)} as last_day,
        count(*) as order_count
      from orders
      where orders.customer_id is not null and ${countedOrderMatching(filters)} and orders.placed_at < ${endsBefore}
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

function expectedNextCustomers(db: Db, drilldown: Extract<CustomerDrilldown, { kind: 'expectedNextOrder' }>, timeZone: string) {
  // Only the period's end matters to this figure.
  const { ctes, expectedNext } = customerHistory(periodInstants({ from: drilldown.to, to: drilldown.to }, timeZone).endsBefore, filtersOf(drilldown))
  return db
    .selectFrom(sql<{ customer_id: string }>`(${ctes} select h.customer_id from history h cross join shop_gap s where ${expectedNext[drilldown.group]})`.as('expected'))
    .select('expected.customer_id')
}

const SURVEY_GROUPS = {
  promoters: sql<SqlBool>`s.score >= ${sql.lit(NPS_PROMOTER_MIN)}`,
  detractors: sql<SqlBool>`s.score <= ${sql.lit(NPS_DETRACTOR_MAX)}`,
  passives: sql<SqlBool>`s.score > ${sql.lit(NPS_DETRACTOR_MAX)} and s.score < ${sql.lit(NPS_PROMOTER_MIN)}`,
  satisfied: sql<SqlBool>`s.score >= ${sql.lit(CSAT_SATISFIED_MIN)}`,
}

/**
 * The customers behind the survey answers a score counted. As for the scores,
 * a source or currency filter keeps only answers about an order from that
 * source or in that currency (cancelled or not). Answers from no known
 * customer count in the score but can't be listed.
 */
function surveyRespondents(db: Db, drilldown: Extract<CustomerDrilldown, { kind: 'npsRespondents' | 'csatRespondents' }>, timeZone: string) {
  const { source, currency, group } = drilldown
  const orderConditions = [...(source ? [sql<SqlBool>`o.source = ${source}`] : []), ...(currency ? [sql<SqlBool>`o.currency = ${currency}`] : [])]
  const answers = db
    .selectFrom('survey_responses as s')
    .select('s.customer_id')
    .where('s.customer_id', 'is not', null)
    .$narrowType<{ customer_id: string }>()
    .where('s.kind', '=', drilldown.kind === 'npsRespondents' ? 'nps' : 'csat')
    .where(inRange(sql.ref('s.responded_at'), periodInstants(drilldown, timeZone)))
  const inGroup = group ? answers.where(SURVEY_GROUPS[group]) : answers
  if (orderConditions.length === 0) return inGroup
  return inGroup.where(sql<SqlBool>`exists (select 1 from orders o where o.id = s.order_id and ${sql.join(orderConditions, sql` and `)})`)
}
