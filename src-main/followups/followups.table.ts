export type TemplatePurpose =
  | 'thank_you'
  | 'shipping_tips'
  | 'care_tips'
  | 'review_request'
  | 'nps_request'
  | 'win_back'
  | 'cross_sell'
  | 'custom'

export interface MessageTemplatesTable {
  id: string
  name: string
  purpose: TemplatePurpose
  subject: string
  body: string
  created_at: string
  updated_at: string
}

export type FlowTrigger = 'order_placed' | 'order_fulfilled' | 'order_delivered' | 'days_since_last_order'

export interface FlowsTable {
  id: string
  name: string
  trigger: FlowTrigger
  delay_days: number
  template_id: string
  enabled: 0 | 1
  created_at: string
  updated_at: string
}

export type OutboxStatus = 'queued' | 'sending' | 'sent' | 'failed' | 'unknown' | 'suppressed' | 'cancelled'

export interface OutboxTable {
  id: string
  /** One message per (flow, order or customer): the unique key that makes a resend impossible. */
  dedupe_key: string
  customer_id: string | null
  order_id: string | null
  flow_id: string | null
  template_id: string | null
  to_address: string
  subject: string
  body_html: string
  body_text: string
  status: OutboxStatus
  attempts: number
  last_error: string | null
  scheduled_at: string
  sending_at: string | null
  sent_at: string | null
  smtp_message_id: string | null
  created_at: string
  updated_at: string
}
