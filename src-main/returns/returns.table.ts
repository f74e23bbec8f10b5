export const RETURN_REASONS = ['damaged', 'wrong_item', 'not_as_described', 'size_fit', 'changed_mind', 'late_delivery', 'defective', 'other'] as const
export type ReturnReason = (typeof RETURN_REASONS)[number]
export type ReturnStatus = 'requested' | 'approved' | 'received' | 'refunded' | 'exchanged' | 'rejected' | 'closed'

export interface ReturnsTable {
  id: string
  order_id: string
  customer_id: string | null
  rma_number: string
  kind: 'return' | 'exchange'
  status: ReturnStatus
  reason: ReturnReason
  currency: string
  refund_minor: number
  requested_at: string
  received_at: string | null
  resolved_at: string | null
  note: string
  import_batch_id: string | null
  created_at: string
  updated_at: string
}

export interface ReturnLinesTable {
  id: string
  return_id: string
  order_line_id: string | null
  sku: string | null
  quantity: number
  condition: 'new' | 'opened' | 'damaged' | 'unknown' | null
}
