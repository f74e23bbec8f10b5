import { sql } from 'kysely'
import type { Db } from '../db/database'
import { inRange, matchesFilters, orderMeets, toNumber, type InstantRange, type OrderFilters } from './metrics-sql'

/** Survey answers given in a range, attributed to the filters as `survey-figures.ts` counts them. */
function responsesIn(range: InstantRange, filters: OrderFilters) {
  const aboutMatchingOrder = filters.source || filters.currency ? sql`and ${orderMeets(sql.ref('s.order_id'), (o) => matchesFilters(filters, o))}` : sql``
  return sql`from survey_responses s where ${inRange(sql.ref('s.responded_at'), range)} ${aboutMatchingOrder}`
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
