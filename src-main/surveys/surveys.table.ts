export type SurveyKind = 'nps' | 'csat'

export interface SurveyResponsesTable {
  id: string
  customer_id: string | null
  order_id: string | null
  kind: SurveyKind
  /** NPS 0-10, CSAT 1-5 (checked by the schema). */
  score: number
  comment: string
  responded_at: string
  created_at: string
}
