import type { Source } from '../orders/orders.table'

export type MarketingConsent = 'unknown' | 'granted' | 'denied'

export interface CustomersTable {
  id: string
  /** Lower-cased and trimmed; null for marketplace buyers known only by a platform id. */
  email: string | null
  first_name: string | null
  last_name: string | null
  phone: string | null
  marketing_consent: MarketingConsent
  consent_source: string | null
  consent_at: string | null
  unsubscribed_at: string | null
  note: string
  /** Lower-case, accent-free name, email and phone, for LIKE search on SQLite and PostgreSQL alike. */
  search_text: string
  import_batch_id: string | null
  created_at: string
  updated_at: string
  /** Set when the customer's personal data was erased on request; the record stays for the shop's figures. */
  erased_at: string | null
}

export interface CustomerIdentitiesTable {
  customer_id: string
  source: Source
  external_id: string
  created_at: string
}

export interface CustomerTagsTable {
  customer_id: string
  tag: string
}

export type AddressKind = 'default' | 'billing' | 'shipping'

export interface CustomerAddressesTable {
  id: string
  customer_id: string
  kind: AddressKind
  name: string | null
  company: string | null
  line1: string | null
  line2: string | null
  city: string | null
  region: string | null
  postal_code: string | null
  country_code: string | null
  phone: string | null
  created_at: string
}

export const RFM_GROUPS = ['champions', 'loyal', 'promising', 'at_risk', 'hibernating', 'lost'] as const
export type RfmGroup = (typeof RFM_GROUPS)[number]

/** Derived from the customer's orders, returns, claims and points; rebuilt by customer-stats.repo.ts, never edited. */
export interface CustomerStatsTable {
  customer_id: string
  /** Counted orders: not cancelled, not voided. */
  order_count: number
  first_order_at: string | null
  last_order_at: string | null
  /** Null until a customer has two counted orders. */
  avg_gap_days: number | null
  return_count: number
  claim_count: number
  loyalty_points: number
  /** Null for a customer without counted orders. */
  rfm_group: RfmGroup | null
  /** Net spent in the shop's main currency (customer-stats.repo.ts mainCurrency); 0 when nothing was. */
  main_currency_net_minor: number
}

/** Net spent (total minus refunds, counted orders) per customer and currency: amounts in different currencies are never added. */
export interface CustomerSpendTable {
  customer_id: string
  currency: string
  order_count: number
  net_minor: number
}

export interface CustomerMergesTable {
  id: string
  kept_customer_id: string
  merged_customer_id: string
  /** What undoing needs: both records as they were, and the rows moved from one to the other. */
  snapshot_json: string
  merged_at: string
  undone_at: string | null
}

export interface CustomerEmailAliasesTable {
  email: string
  customer_id: string
  merge_id: string
  created_at: string
}
