export const SOURCES = ['shopify', 'woocommerce', 'etsy', 'amazon', 'ebay', 'square', 'manual', 'other'] as const
export type Source = (typeof SOURCES)[number]

export const FINANCIAL_STATUSES = ['pending', 'authorized', 'paid', 'partially_refunded', 'refunded', 'voided', 'unknown'] as const
export type FinancialStatus = (typeof FINANCIAL_STATUSES)[number]

export const FULFILLMENT_STATUSES = ['unfulfilled', 'partially_fulfilled', 'fulfilled', 'delivered', 'unknown'] as const
export type FulfillmentStatus = (typeof FULFILLMENT_STATUSES)[number]

export interface OrdersTable {
  id: string
  source: Source
  /** The platform's own order id; (source, external_id) is the order's identity. */
  external_id: string
  order_number: string
  customer_id: string | null
  buyer_email: string | null
  buyer_name: string | null
  placed_at: string
  paid_at: string | null
  fulfilled_at: string | null
  delivered_at: string | null
  cancelled_at: string | null
  financial_status: FinancialStatus
  fulfillment_status: FulfillmentStatus
  currency: string
  subtotal_minor: number
  discount_minor: number
  shipping_minor: number
  tax_minor: number
  total_minor: number
  refunded_minor: number
  ship_name: string | null
  ship_company: string | null
  ship_line1: string | null
  ship_line2: string | null
  ship_city: string | null
  ship_region: string | null
  ship_postal_code: string | null
  ship_country_code: string | null
  ship_phone: string | null
  carrier: string | null
  tracking_number: string | null
  note: string
  search_text: string
  import_batch_id: string | null
  created_at: string
  updated_at: string
}

export interface OrderTagsTable {
  order_id: string
  tag: string
}

export interface OrderLinesTable {
  id: string
  order_id: string
  line_no: number
  product_id: string | null
  sku: string | null
  title: string
  variant: string | null
  quantity: number
  unit_price_minor: number
  line_discount_minor: number
  refunded_quantity: number
}
