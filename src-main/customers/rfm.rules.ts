import type { RfmGroup } from './customers.table'

/**
 * RFM groups from the shop's own quintiles: each customer with counted orders
 * scores 1 to 5 on recency (last order), frequency (orders) and monetary value
 * (net spent in the shop's main currency), 5 being the best fifth. Scores come
 * from the rank among all such customers, so equal values share a score: the
 * many one-time buyers all score 1 on frequency instead of being spread over
 * several scores at random.
 *
 * The groups are tried in order; the last two cover every remaining score, so
 * each customer with orders lands in exactly one group.
 */
export interface RfmScores {
  recency: number
  frequency: number
  monetary: number
}

interface ScoreRange {
  min?: number
  max?: number
}

export interface RfmGroupRule {
  group: RfmGroup
  label: string
  explanation: string
  recency?: ScoreRange
  frequency?: ScoreRange
  monetary?: ScoreRange
}

export const RFM_RULES: readonly RfmGroupRule[] = [
  {
    group: 'champions',
    label: 'Champions',
    explanation: 'Bought recently, buy often and spend the most (top two fifths on all three).',
    recency: { min: 4 },
    frequency: { min: 4 },
    monetary: { min: 4 },
  },
  {
    group: 'loyal',
    label: 'Loyal',
    explanation: 'Buy more often than most and have bought in the latest three fifths of the time.',
    recency: { min: 3 },
    frequency: { min: 3 },
  },
  {
    group: 'promising',
    label: 'Promising',
    explanation: 'Bought fairly recently, but only once or twice so far.',
    recency: { min: 3 },
  },
  {
    group: 'at_risk',
    label: 'At risk',
    explanation: 'Used to buy more often than most, but have not bought for a long while.',
    frequency: { min: 3 },
  },
  {
    group: 'hibernating',
    label: 'Hibernating',
    explanation: 'Bought once or twice, a good while ago.',
    recency: { min: 2 },
  },
  {
    group: 'lost',
    label: 'Lost',
    explanation: 'Bought once or twice, longer ago than four fifths of the shop’s customers.',
  },
]

/** The score (1–5) for a percent rank (0 = lowest value, 1 = highest). */
export const SCORE_FLOORS = [0.2, 0.4, 0.6, 0.8] as const

export function scoreOfPercentRank(percentRank: number): number {
  return 1 + SCORE_FLOORS.filter((floor) => percentRank >= floor).length
}

function within(score: number, range: ScoreRange | undefined): boolean {
  return range === undefined || ((range.min === undefined || score >= range.min) && (range.max === undefined || score <= range.max))
}

export function rfmGroupOf(scores: RfmScores): RfmGroup {
  const rule = RFM_RULES.find(
    (r) => within(scores.recency, r.recency) && within(scores.frequency, r.frequency) && within(scores.monetary, r.monetary),
  )
  // The last rule has no conditions, so find() always returns one.
  return rule!.group
}
