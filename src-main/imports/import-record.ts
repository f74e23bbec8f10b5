import type { MarketingConsent } from '../customers/customers.table'
import type { FinancialStatus, FulfillmentStatus, Source } from '../orders/orders.table'
import type { ReturnReason } from '../returns/returns.table'
import type { ShippingAddress } from '../orders/shipping-columns'

/**
 * What a marketplace export becomes after reading and normalising, before
 * anything touches the database. Readers stream these records (a 370 MB
 * Shopify export must not become one object graph); the writer consumes them
 * inside one transaction. Money is integer minor units of `currency`,
 * instants are ISO-8601 UTC strings, identifiers are text.
 */

/** Where in the file a record came from, so every message can name the line. */
export interface FilePosition {
  file: string
  /** 1-based physical line number of the record's first row (a quoted newline makes a row span lines). */
  line: number
}

export type ImportedAddress = ShippingAddress

/**
 * Customer identity: the normalised email when there is one, else the
 * platform's buyer id within its source. Never a name.
 */
export type CustomerIdentity =
  | { kind: 'email'; email: string; source: Source; externalId: string | null }
  | { kind: 'buyer'; source: Source; externalId: string }

export interface ImportedCustomer {
  identity: CustomerIdentity
  firstName: string | null
  lastName: string | null
  phone: string | null
  /** null = the file says nothing about consent (stays 'unknown', never opt-in). */
  consent: { status: Exclude<MarketingConsent, 'unknown'>; source: string; at: string | null } | null
  tags: string[]
  note: string | null
  address: ImportedAddress | null
  at: FilePosition
  /** Its search text as a new customer, when worked out ahead (the reader's thread does, to spare the writer). */
  searchText?: string
}

export interface ImportedOrderLine {
  sku: string | null
  title: string
  variant: string | null
  vendor: string | null
  quantity: number
  unitPriceMinor: number
  lineDiscountMinor: number
  refundedQuantity: number
}

export interface ImportedOrder {
  source: Source
  /** The platform's own order id: (source, externalId) is the order's identity. */
  externalId: string
  orderNumber: string
  /** null for orders with no buyer identity (Amazon). */
  customer: ImportedCustomer | null
  buyerEmail: string | null
  buyerName: string | null
  placedAt: string
  paidAt: string | null
  fulfilledAt: string | null
  deliveredAt: string | null
  cancelledAt: string | null
  financialStatus: FinancialStatus
  fulfillmentStatus: FulfillmentStatus
  currency: string
  subtotalMinor: number
  discountMinor: number
  shippingMinor: number
  taxMinor: number
  totalMinor: number
  refundedMinor: number
  shippingAddress: ImportedAddress | null
  carrier: string | null
  trackingNumber: string | null
  note: string
  tags: string[]
  lines: ImportedOrderLine[]
  at: FilePosition
  /** Its search text as a new order, when worked out ahead (the reader's thread does, to spare the writer). */
  searchText?: string
}

/** A refund reported apart from its order (eBay payments report, Square refund rows). */
export interface ImportedRefund {
  source: Source
  orderExternalId: string
  currency: string
  amountMinor: number
  refundedAt: string
  lines: Array<{ sku: string | null; title: string | null; quantity: number }>
  at: FilePosition
}

/** A return reported apart from its order (Amazon FBA customer returns). */
export interface ImportedReturn {
  source: Source
  orderExternalId: string
  /** The platform's own id for this return, when it has one; else derived from order + sku + date. */
  externalId: string
  sku: string | null
  quantity: number
  reason: ReturnReason
  reasonText: string | null
  requestedAt: string
  condition: 'new' | 'opened' | 'damaged' | 'unknown'
  at: FilePosition
}

export interface ImportWarning {
  file: string
  line: number | null
  column: string | null
  message: string
}

export type ImportRecord =
  | { kind: 'customer'; customer: ImportedCustomer }
  | { kind: 'order'; order: ImportedOrder }
  | { kind: 'refund'; refund: ImportedRefund }
  | { kind: 'return'; return: ImportedReturn }
  | { kind: 'warning'; warning: ImportWarning }
  /** Bytes consumed so far, for progress (rows per second, percent). */
  | { kind: 'progress'; bytesRead: number; rowsRead: number }

/** One problem that rejects the whole file: which file, line, column, the raw value, and what to do. */
export interface ImportProblem {
  file: string
  line: number | null
  column: string | null
  value: string | null
  message: string
}
