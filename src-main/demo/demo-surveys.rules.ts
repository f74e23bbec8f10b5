import type { SurveyResponsesTable } from '../surveys/surveys.table'
import { DAY, iso } from './demo-calendar'
import type { MakeId } from './demo-ids'
import type { DemoOrder } from './demo-orders.rules'
import type { Random } from './demo-random'
import { CSAT_COMMENTS, NPS_COMMENTS } from './demo-text'

type Weights = ReadonlyArray<readonly [number, number]>

/** Skewed positive like real small-shop NPS (around +40), with detractors mostly where something went wrong. */
const NPS_CONTENT: Weights = [[10, 34], [9, 24], [8, 14], [7, 9], [6, 5], [5, 4], [4, 3], [3, 2], [2, 2], [1, 1], [0, 2]]
const NPS_TROUBLED: Weights = [[10, 6], [9, 8], [8, 10], [7, 12], [6, 12], [5, 12], [4, 10], [3, 10], [2, 8], [1, 6], [0, 6]]
const CSAT_CONTENT: Weights = [[5, 55], [4, 26], [3, 10], [2, 5], [1, 4]]
const CSAT_TROUBLED: Weights = [[5, 12], [4, 18], [3, 25], [2, 22], [1, 23]]

function npsComment(random: Random, score: number): string {
  return random.pick(score >= 9 ? NPS_COMMENTS.promoter : score >= 7 ? NPS_COMMENTS.passive : NPS_COMMENTS.detractor)
}

function csatComment(random: Random, score: number): string {
  return random.pick(score >= 4 ? CSAT_COMMENTS.happy : score === 3 ? CSAT_COMMENTS.neutral : CSAT_COMMENTS.unhappy)
}

/** A minority of delivered orders get an answer, a week or two after the parcel arrived. */
export function surveyResponses(random: Random, makeId: MakeId, orders: readonly DemoOrder[], troubled: ReadonlySet<DemoOrder>, now: number): SurveyResponsesTable[] {
  const responses: SurveyResponsesTable[] = []
  for (const order of orders) {
    const row = order.row
    if (row.delivered_at === null || row.customer_id === null || order.wholesale || !random.chance(0.22)) continue
    const respondedAt = Math.floor(Date.parse(row.delivered_at) + random.between(3, 21) * DAY)
    if (respondedAt > now) continue
    const unhappy = troubled.has(order)
    const kind = random.chance(0.6) ? 'nps' : 'csat'
    const score = random.weighted(kind === 'nps' ? (unhappy ? NPS_TROUBLED : NPS_CONTENT) : unhappy ? CSAT_TROUBLED : CSAT_CONTENT)
    const comment = random.chance(0.55) ? (kind === 'nps' ? npsComment(random, score) : csatComment(random, score)) : ''
    const at = iso(respondedAt)
    responses.push({ id: makeId(respondedAt), customer_id: row.customer_id, order_id: row.id, kind, score, comment, responded_at: at, created_at: at })
  }
  return responses
}
