import type { FinancialStatus, FulfillmentStatus, Source } from '../../orders/orders.table'
import { countryCode } from '../country-codes'
import type { CustomerIdentity, FilePosition, ImportedAddress, ImportedCustomer, ImportedOrder } from '../import-record'

/** Where one status word puts an order on both of our scales. */
export interface OrderStatus {
  financial: FinancialStatus
  fulfillment: FulfillmentStatus
}

export const UNKNOWN_STATUS: OrderStatus = { financial: 'unknown', fulfillment: 'unknown' }

export interface AddressFields {
  name?: string | null
  company?: string | null
  line1?: string | null
  line2?: string | null
  city?: string | null
  region?: string | null
  postalCode?: string | null
  /** A code or an English country name. */
  country?: string | null
  phone?: string | null
}

/** An address, or null when the file gives no place (a name or phone alone is not an address). */
export function address(fields: AddressFields): ImportedAddress | null {
  const result: ImportedAddress = {
    name: fields.name ?? null,
    company: fields.company ?? null,
    line1: fields.line1 ?? null,
    line2: fields.line2 ?? null,
    city: fields.city ?? null,
    region: fields.region ?? null,
    postalCode: fields.postalCode ?? null,
    countryCode: countryCode(fields.country ?? null),
    phone: fields.phone ?? null,
  }
  const hasPlace =
    result.company !== null || result.line1 !== null || result.line2 !== null || result.city !== null || result.region !== null || result.postalCode !== null || result.countryCode !== null
  return hasPlace ? result : null
}

/**
 * First and last name from one "full name" cell. Splitting at the first space
 * is wrong for some names, but the customer record has no full-name field and
 * the whole name stays readable as first + last.
 */
export function splitName(fullName: string | null): { firstName: string | null; lastName: string | null } {
  if (fullName === null) return { firstName: null, lastName: null }
  const name = fullName.includes('  ') ? fullName.replace(/\s+/g, ' ').trim() : fullName.trim()
  const space = name.indexOf(' ')
  if (space === -1) return { firstName: name === '' ? null : name, lastName: null }
  return { firstName: name.slice(0, space), lastName: name.slice(space + 1) }
}

/** A customer is known by email, else by the platform's buyer id; a name alone never identifies anyone. */
export function customerIdentity(source: Source, email: string | null, buyerId: string | null): CustomerIdentity | null {
  if (email !== null) return { kind: 'email', email, source, externalId: buyerId }
  if (buyerId !== null) return { kind: 'buyer', source, externalId: buyerId }
  return null
}

export type Consent = ImportedCustomer['consent']

/** An explicit yes/no from the platform; no answer stays unknown, never an opt-in. */
export function consentFrom(accepts: boolean | null, source: string, at: string | null = null): Consent {
  if (accepts === null) return null
  return { status: accepts ? 'granted' : 'denied', source, at }
}

export interface CustomerFields {
  /** Split into first and last name when the file has only one name cell. */
  fullName?: string | null
  firstName?: string | null
  lastName?: string | null
  phone?: string | null
  consent?: Consent
  tags?: string[]
  note?: string | null
  address?: ImportedAddress | null
  at: FilePosition
}

export function customer(identity: CustomerIdentity, fields: CustomerFields): ImportedCustomer {
  const split = fields.fullName === undefined ? null : splitName(fields.fullName)
  return {
    identity,
    firstName: split?.firstName ?? fields.firstName ?? null,
    lastName: split?.lastName ?? fields.lastName ?? null,
    phone: fields.phone ?? null,
    consent: fields.consent ?? null,
    tags: fields.tags ?? [],
    note: fields.note ?? null,
    address: fields.address ?? null,
    at: fields.at,
  }
}

/** The order's customer, or null for a buyer nothing identifies. */
export function customerIfKnown(identity: CustomerIdentity | null, fields: CustomerFields): ImportedCustomer | null {
  return identity === null ? null : customer(identity, fields)
}

type OrderEssentials = Pick<ImportedOrder, 'source' | 'externalId' | 'orderNumber' | 'placedAt' | 'currency' | 'at'>

/**
 * An order with every field the file does not speak of left empty. Built
 * field by field rather than by spreading defaults: on a million-row file the
 * spread's hidden-class churn costs more than the rest of the order.
 */
export function order(fields: OrderEssentials & Partial<ImportedOrder>): ImportedOrder {
  return {
    source: fields.source,
    externalId: fields.externalId,
    orderNumber: fields.orderNumber,
    customer: fields.customer ?? null,
    buyerEmail: fields.buyerEmail ?? null,
    buyerName: fields.buyerName ?? null,
    placedAt: fields.placedAt,
    paidAt: fields.paidAt ?? null,
    fulfilledAt: fields.fulfilledAt ?? null,
    deliveredAt: fields.deliveredAt ?? null,
    cancelledAt: fields.cancelledAt ?? null,
    financialStatus: fields.financialStatus ?? 'unknown',
    fulfillmentStatus: fields.fulfillmentStatus ?? 'unknown',
    currency: fields.currency,
    subtotalMinor: fields.subtotalMinor ?? 0,
    discountMinor: fields.discountMinor ?? 0,
    shippingMinor: fields.shippingMinor ?? 0,
    taxMinor: fields.taxMinor ?? 0,
    totalMinor: fields.totalMinor ?? 0,
    refundedMinor: fields.refundedMinor ?? 0,
    shippingAddress: fields.shippingAddress ?? null,
    carrier: fields.carrier ?? null,
    trackingNumber: fields.trackingNumber ?? null,
    note: fields.note ?? '',
    tags: fields.tags ?? [],
    lines: fields.lines ?? [],
    at: fields.at,
  }
}

/** A paid order with money given back is (partially) refunded, whatever its status word says. */
export function withRefunds(status: FinancialStatus, refundedMinor: number, totalMinor: number): FinancialStatus {
  if (refundedMinor <= 0 || (status !== 'paid' && status !== 'partially_refunded')) return status
  return refundedMinor >= totalMinor ? 'refunded' : 'partially_refunded'
}

/** A line's unit price from its total, in whole minor units (a remainder cent stays with the line total). */
export function unitPrice(lineTotalMinor: number, quantity: number): number {
  return quantity === 0 ? lineTotalMinor : Math.round(lineTotalMinor / quantity)
}
