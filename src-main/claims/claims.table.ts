export type ClaimKind = 'support' | 'warranty' | 'damaged_in_transit' | 'missing_parcel' | 'other'
export type ClaimStatus = 'open' | 'waiting_on_customer' | 'resolved' | 'rejected'

export interface ClaimsTable {
  id: string
  customer_id: string | null
  order_id: string | null
  kind: ClaimKind
  status: ClaimStatus
  subject: string
  body: string
  opened_at: string
  resolved_at: string | null
  created_at: string
  updated_at: string
}
