import { sql, type RawBuilder, type SqlBool } from 'kysely'
import type { Db } from '../db/database'
import {
  countWhen,
  inRange,
  localMonthOf,
  matchesFilters,
  monthRowFor,
  MONTHS_CTE,
  monthsValues,
  orderMeets,
  toNumber,
  type InstantRange,
  type MonthBounds,
  type OrderFilters,
} from './metrics-sql'
import { CSAT_SATISFIED_MIN, NPS_DETRACTOR_MAX, NPS_PROMOTER_MIN, type NpsCounts } from './metrics.rules'

/**
 * Survey answers given in a range. With a source or currency filter, only
 * answers about an order from that source or in that currency count: an answer
 * tied to no order can't be attributed to either.
 */
function responsesIn(range: InstantRange, filters: OrderFilters, alsoJoin: RawBuilder<unknown> = sql``): RawBuilder<unknown> {
  const aboutMatchingOrder = filters.source || filters.currency ? sql`and ${orderMeets(sql.ref('s.order_id'), (o) => matchesFilters(filters, o))}` : sql``
  return sql`from survey_responses s ${alsoJoin} where ${inRange(sql.ref('s.responded_at'), range)} ${aboutMatchingOrder}`
}

const promoter = sql<SqlBool>`s.score >= ${sql.lit(NPS_PROMOTER_MIN)}`
const detractor = sql<SqlBool>`s.score <= ${sql.lit(NPS_DETRACTOR_MAX)}`

function npsCountsOf(row: Record<string, unknown>): NpsCounts {
  return { promoters: toNumber(row.promoters), passives: toNumber(row.passives), detractors: toNumber(row.detractors) }
}

const npsCountColumns = sql`
  ${countWhen(promoter)} as promoters,
  ${countWhen(sql`not (${promoter}) and not (${detractor})`)} as passives,
  ${countWhen(detractor)} as detractors`

export interface SurveyScores {
  nps: NpsCounts
  csat: { responses: number; satisfied: number }
}

export async function readSurveyScores(db: Db, range: InstantRange, filters: OrderFilters): Promise<SurveyScores> {
  const [nps, csat] = await Promise.all([
    sql<Record<string, unknown>>`select ${npsCountColumns} ${responsesIn(range, filters)} and s.kind = 'nps'`.execute(db),
    sql<{ responses: unknown; satisfied: unknown }>`
      select count(*) as responses, ${countWhen(sql`s.score >= ${sql.lit(CSAT_SATISFIED_MIN)}`)} as satisfied
      ${responsesIn(range, filters)} and s.kind = 'csat'`.execute(db),
  ])
  return {
    nps: npsCountsOf(nps.rows[0] ?? {}),
    csat: { responses: toNumber(csat.rows[0]?.responses), satisfied: toNumber(csat.rows[0]?.satisfied) },
  }
}

/** NPS answers per shop-local month; `months` must span the range with one month to spare on each side. */
export async function readNpsByMonth(
  db: Db,
  range: InstantRange,
  filters: OrderFilters,
  months: readonly MonthBounds[],
): Promise<Array<NpsCounts & { month: string }>> {
  const month = localMonthOf(sql.ref('s.responded_at'))
  const result = await sql<Record<string, unknown> & { month: string }>`
    with ${sql.raw(MONTHS_CTE)} as (${monthsValues(months)})
    select ${month} as month, ${npsCountColumns}
    ${responsesIn(range, filters, sql`cross join months`)} and s.kind = 'nps' and ${monthRowFor(sql.ref('s.responded_at'))}
    group by ${month}`.execute(db)
  return result.rows.map((r) => ({ month: r.month, ...npsCountsOf(r) }))
}

export interface SurveyComment {
  score: number
  comment: string
  respondedAt: string
  customerId: string | null
}

export async function readLatestNpsComments(db: Db, range: InstantRange, filters: OrderFilters, limit: number): Promise<SurveyComment[]> {
  const result = await sql<{ score: unknown; comment: string; responded_at: string; customer_id: string | null }>`
    select s.score, s.comment, s.responded_at, s.customer_id
    ${responsesIn(range, filters)} and s.kind = 'nps' and trim(s.comment) <> ''
    order by s.responded_at desc, s.id desc
    limit ${limit}`.execute(db)
  return result.rows.map((r) => ({ score: toNumber(r.score), comment: r.comment, respondedAt: r.responded_at, customerId: r.customer_id }))
}
