import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely'
import type { Database } from '../db/database'
import { daysBetween, isCountedOrder, orderNetMinor } from '../dashboard/metrics-sql'
import { RFM_RULES, SCORE_FLOORS } from './rfm.rules'

/**
 * Rebuilds the derived customer figures (customer_stats, customer_spend and
 * the RFM groups) from orders, returns, claims and loyalty points.
 *
 * Called inside the transaction of whatever changed orders (an import, its
 * undo, a demo, a merge), so the figures are never seen out of date. With
 * `customerIds` only those customers' rows are rebuilt; RFM groups are always
 * recomputed for everyone, because a quintile moves when any customer moves.
 */
export async function refreshCustomerStats<T extends Database>(shopDb: Kysely<T>, customerIds?: readonly string[]): Promise<void> {
  // A connection that knows more tables (an import's) reaches these ones the same way.
  const db = shopDb as unknown as Kysely<Database>
  if (customerIds === undefined) {
    await rebuild(db, null)
    // Customers are deleted only through undo and merge, whose cascades drop their rows: nothing else is left over.
  } else {
    for (let i = 0; i < customerIds.length; i += CHUNK) await rebuild(db, customerIds.slice(i, i + CHUNK))
  }
  await regroupRfm(db)
}

// Well under SQLite's limit on bound parameters, which each chunk uses a few times over.
const CHUNK = 400

const STAT_COLUMNS = ['order_count', 'first_order_at', 'last_order_at', 'avg_gap_days', 'return_count', 'claim_count', 'loyalty_points'] as const

/** `set a = excluded.a, …` and `where (a, …) is distinct from (excluded.a, …)` for an upsert that only writes rows that changed. */
function changedColumns(table: string, columns: readonly string[]) {
  const list = (prefix: string) => sql.join(columns.map((c) => sql.ref(`${prefix}.${c}`)))
  return {
    set: sql.join(columns.map((c) => sql`${sql.id(c)} = ${sql.ref(`excluded.${c}`)}`)),
    changed: sql<SqlBool>`(${list(table)}) is distinct from (${list('excluded')})`,
  }
}

/**
 * Upserts instead of deleting and inserting: after a small import into a big
 * shop almost every row is unchanged, and an unchanged row then costs no
 * write to the table or to its seven indexes.
 */
async function rebuild(db: Kysely<Database>, ids: readonly string[] | null): Promise<void> {
  const only = (column: string): RawBuilder<SqlBool> =>
    ids === null ? sql<SqlBool>`1 = 1` : sql<SqlBool>`${sql.ref(column)} in (${sql.join(ids)})`
  const stats = changedColumns('customer_stats', STAT_COLUMNS)
  await sql`
    insert into customer_stats
      (customer_id, order_count, first_order_at, last_order_at, avg_gap_days, return_count, claim_count, loyalty_points, rfm_group, main_currency_net_minor)
    select
      customers.id,
      coalesce(o.n, 0),
      o.first_at,
      o.last_at,
      case when o.n > 1 then ${daysBetween(sql.ref('o.first_at'), sql.ref('o.last_at'))} / (o.n - 1) end,
      coalesce(r.n, 0),
      coalesce(c.n, 0),
      coalesce(l.points, 0),
      null,
      0
    from customers
    left join (
      select customer_id, count(*) as n, min(placed_at) as first_at, max(placed_at) as last_at
      from orders
      where customer_id is not null and ${isCountedOrder()} and ${only('orders.customer_id')}
      group by customer_id
    ) o on o.customer_id = customers.id
    left join (
      select customer_id, count(*) as n from returns where customer_id is not null and ${only('returns.customer_id')} group by customer_id
    ) r on r.customer_id = customers.id
    left join (
      select customer_id, count(*) as n from claims where customer_id is not null and ${only('claims.customer_id')} group by customer_id
    ) c on c.customer_id = customers.id
    left join (
      select customer_id, sum(points) as points from loyalty_ledger where ${only('loyalty_ledger.customer_id')} group by customer_id
    ) l on l.customer_id = customers.id
    where ${only('customers.id')}
    on conflict (customer_id) do update set ${stats.set} where ${stats.changed}
  `.execute(db)

  // Net as the dashboard counts it (orderNetMinor), so a customer's figure and the shop's lifetime value agree.
  const spend = sql`
    select customer_id, currency, count(*) as order_count, sum(${orderNetMinor()}) as net_minor
    from orders
    where customer_id is not null and ${isCountedOrder()} and ${only('orders.customer_id')}
    group by customer_id, currency
  `
  const spendColumns = changedColumns('customer_spend', ['order_count', 'net_minor'])
  await sql`
    insert into customer_spend (customer_id, currency, order_count, net_minor)
    select * from (${spend}) spend where true
    on conflict (customer_id, currency) do update set ${spendColumns.set} where ${spendColumns.changed}
  `.execute(db)
  await sql`
    delete from customer_spend
    where ${only('customer_spend.customer_id')}
      and (customer_id, currency) not in (select customer_id, currency from (${spend}) spend)
  `.execute(db)
}

/** The currencies customers paid in, the one with the most counted orders first. */
export async function spendCurrencies(db: Kysely<Database>): Promise<Array<{ currency: string; customers: number; orders: number }>> {
  const rows = await db
    .selectFrom('customer_spend')
    .select((eb) => ['currency', eb.fn.countAll<number>().as('customers'), eb.fn.sum<number>('order_count').as('orders')])
    .groupBy('currency')
    .orderBy('orders', 'desc')
    .orderBy('currency')
    .execute()
  return rows.map((r) => ({ currency: r.currency, customers: Number(r.customers), orders: Number(r.orders) }))
}

/** RFM's monetary score and the customers list's "spent" sort compare amounts in this one currency. */
export async function mainCurrency(db: Kysely<Database>): Promise<string | null> {
  return (await spendCurrencies(db))[0]?.currency ?? null
}

function scoreOf(percentRank: RawBuilder<number>): RawBuilder<number> {
  const steps = SCORE_FLOORS.map((floor) => sql`case when ${percentRank} >= ${sql.lit(floor)} then 1 else 0 end`)
  return sql<number>`(1 + ${sql.join(steps, sql` + `)})`
}

function rangeCondition(column: string, range: { min?: number; max?: number } | undefined): RawBuilder<SqlBool>[] {
  if (!range) return []
  return [
    ...(range.min === undefined ? [] : [sql<SqlBool>`${sql.ref(column)} >= ${sql.lit(range.min)}`]),
    ...(range.max === undefined ? [] : [sql<SqlBool>`${sql.ref(column)} <= ${sql.lit(range.max)}`]),
  ]
}

/** RFM_RULES as one CASE over the scores, so SQL and rfmGroupOf() cannot disagree. */
function groupCase(): RawBuilder<string> {
  const branches = RFM_RULES.map((rule) => {
    const conditions = [
      ...rangeCondition('scores.r', rule.recency),
      ...rangeCondition('scores.f', rule.frequency),
      ...rangeCondition('scores.m', rule.monetary),
    ]
    const when = conditions.length > 0 ? sql.join(conditions, sql` and `) : sql`1 = 1`
    return sql`when ${when} then ${sql.lit(rule.group)}`
  })
  return sql<string>`case ${sql.join(branches, sql` `)} end`
}

/**
 * Writes only the customers whose group or main-currency spend changed; a
 * customer without counted orders has neither. The main currency's spend is
 * copied here because RFM reads it anyway, and the list's "spent" sort then
 * walks one index of customer_stats.
 */
async function regroupRfm(db: Kysely<Database>): Promise<void> {
  const currency = await mainCurrency(db)
  await db
    .updateTable('customer_stats')
    .set({ rfm_group: null, main_currency_net_minor: 0 })
    .where('order_count', '=', 0)
    .where((eb) => eb.or([eb('rfm_group', 'is not', null), eb('main_currency_net_minor', '<>', 0)]))
    .execute()
  await sql`
    update customer_stats set rfm_group = scored.rfm_group, main_currency_net_minor = scored.net_minor
    from (
      select customer_id, ${groupCase()} as rfm_group, net_minor
      from (
        select
          customer_stats.customer_id,
          coalesce(customer_spend.net_minor, 0) as net_minor,
          ${scoreOf(sql`percent_rank() over (order by customer_stats.last_order_at)`)} as r,
          ${scoreOf(sql`percent_rank() over (order by customer_stats.order_count)`)} as f,
          ${scoreOf(sql`percent_rank() over (order by coalesce(customer_spend.net_minor, 0))`)} as m
        from customer_stats
        left join customer_spend on customer_spend.customer_id = customer_stats.customer_id and customer_spend.currency = ${currency}
        where customer_stats.order_count > 0
      ) scores
    ) scored
    where scored.customer_id = customer_stats.customer_id
      and (customer_stats.rfm_group, customer_stats.main_currency_net_minor) is distinct from (scored.rfm_group, scored.net_minor)
  `.execute(db)
}

/**
 * Builds the figures of a shop whose schema just gained them (migration
 * 0004): everything that changes orders afterwards refreshes them in its own
 * transaction, so no other start has anything to build and none pays for a check.
 */
export async function buildCustomerStatsAfterMigration(db: Kysely<Database>, appliedMigrations: readonly string[]): Promise<void> {
  if (appliedMigrations.includes(STATS_MIGRATION)) await db.transaction().execute((trx) => refreshCustomerStats(trx))
}

const STATS_MIGRATION = '0004_workspace'

/** The median of repeat customers' own average gaps, as the dashboard states it; null before anyone ordered twice. */
export async function shopMedianGapDays(db: Kysely<Database>): Promise<number | null> {
  const { n } = await db
    .selectFrom('customer_stats')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('avg_gap_days', 'is not', null)
    .executeTakeFirstOrThrow()
  const count = Number(n)
  if (count === 0) return null
  // The middle one or two values, read off the avg_gap_days index.
  const middle = await db
    .selectFrom('customer_stats')
    .select('avg_gap_days')
    .where('avg_gap_days', 'is not', null)
    .orderBy('avg_gap_days')
    .offset(Math.floor((count - 1) / 2))
    .limit(count % 2 === 0 ? 2 : 1)
    .execute()
  return middle.reduce((sum, row) => sum + Number(row.avg_gap_days), 0) / middle.length
}
