export type LoyaltyReason = 'purchase' | 'refund' | 'redemption' | 'bonus' | 'adjustment' | 'expiry'

/** Append-only: a balance is the sum of a customer's movements, never a stored number. */
export interface LoyaltyLedgerTable {
  id: string
  customer_id: string
  order_id: string | null
  points: number
  reason: LoyaltyReason
  note: string
  occurred_at: string
  created_at: string
}
