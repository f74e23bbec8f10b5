import { monthFinder, within, type FactsView, type MsRange } from './facts-view.rules'
import type { MonthBounds } from './metrics-sql'
import { CSAT_SATISFIED_MIN, NPS_DETRACTOR_MAX, NPS_PROMOTER_MIN, type NpsCounts } from './metrics.rules'

/**
 * Survey answers given in a range. With a source or currency filter, only
 * answers about an order from that source or in that currency count (cancelled
 * or not): an answer tied to no order can't be attributed to either.
 */
function forEachAnswerIn({ facts, attributed, filtered }: FactsView, range: MsRange, visit: (answer: number) => void): void {
  const answers = facts.surveys
  for (let a = 0; a < answers.count; a++) {
    if (!within(answers.respondedAt[a]!, range)) continue
    if (filtered && (answers.order[a] === -1 || attributed[answers.order[a]!] !== 1)) continue
    visit(a)
  }
}

function countNps(counts: NpsCounts, score: number): void {
  if (score >= NPS_PROMOTER_MIN) counts.promoters++
  else if (score <= NPS_DETRACTOR_MAX) counts.detractors++
  else counts.passives++
}

export interface SurveyScores {
  nps: NpsCounts
  csat: { responses: number; satisfied: number }
}

export function surveyScoresIn(view: FactsView, range: MsRange): SurveyScores {
  const { isNps, score } = view.facts.surveys
  const scores = { nps: { promoters: 0, passives: 0, detractors: 0 }, csat: { responses: 0, satisfied: 0 } }
  forEachAnswerIn(view, range, (a) => {
    if (isNps[a] === 1) {
      countNps(scores.nps, score[a]!)
    } else {
      scores.csat.responses++
      if (score[a]! >= CSAT_SATISFIED_MIN) scores.csat.satisfied++
    }
  })
  return scores
}

/** NPS answers per shop-local month; `months` must span the range. */
export function npsByMonthIn(view: FactsView, range: MsRange, months: readonly MonthBounds[]): Array<NpsCounts & { month: string }> {
  const { isNps, score, respondedAt } = view.facts.surveys
  const monthOf = monthFinder(months)
  const counts = months.map((m) => ({ month: m.month, promoters: 0, passives: 0, detractors: 0 }))
  forEachAnswerIn(view, range, (a) => {
    const month = monthOf(respondedAt[a]!)
    if (isNps[a] === 1 && month >= 0) countNps(counts[month]!, score[a]!)
  })
  return counts.filter((c) => c.promoters + c.passives + c.detractors > 0)
}
