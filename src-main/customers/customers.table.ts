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
