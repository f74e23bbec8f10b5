import { sql, type RawBuilder, type SqlBool } from 'kysely'
import type { Db } from '../db/database'
import {
  countedOrderMatching,
  countWhen,
  dayNumberOf,
  inRange,
  isCountedOrder,
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
