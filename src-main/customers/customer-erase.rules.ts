import { customerSearchText } from '../imports/customer-matching.rules'
import { orderSearchText } from '../orders/order-search-text'
import type { OrdersTable } from '../orders/orders.table'
import type { CustomersTable } from './customers.table'

/**
 * What erasing a customer on request leaves of their rows: nothing that
 * identifies the person, everything the shop's figures count (dates, money,
 * items, sources, country and region).
 */

/** The record stays, so lists and orders still show someone; the name says what happened. */
export function erasedCustomer(row: CustomersTable, erasedAt: string): CustomersTable {
  const next: CustomersTable = {
    ...row,
    first_name: 'Erased',
    last_name: null,
    email: null,
    phone: null,
    marketing_consent: 'unknown',
    consent_source: null,
    consent_at: null,
    unsubscribed_at: null,
    note: '',
    erased_at: erasedAt,
    updated_at: erasedAt,
  }
  return { ...next, search_text: customerSearchText(next) }
}

/**
 * An order's columns that point at the buyer. The tracking number goes too:
 * the carrier's page shows where the parcel went. The order note is the
 * buyer's own text at checkout.
 */
const ORDER_PERSONAL = {
  buyer_email: null,
  buyer_name: null,
  ship_name: null,
  ship_company: null,
  ship_line1: null,
  ship_line2: null,
  ship_city: null,
  ship_postal_code: null,
  ship_phone: null,
  tracking_number: null,
  note: '',
} as const satisfies Partial<OrdersTable>

export function erasedOrder(row: OrdersTable, skus: readonly (string | null)[]): OrdersTable {
  const next: OrdersTable = { ...row, ...ORDER_PERSONAL }
  return { ...next, search_text: orderSearchText(next, skus) }
}

/** The changes an erasure makes to an order, as written to the live row. */
export function erasedOrderChanges(row: OrdersTable, skus: readonly (string | null)[], now: string): Partial<OrdersTable> {
  return { ...ORDER_PERSONAL, search_text: erasedOrder(row, skus).search_text, updated_at: now }
}

// Shorter values (initials, a two-letter surname) would blank out unrelated words in the shop's notes.
const SHORTEST_SECRET = 3

/** The person's identifying values, longest first so a full name is replaced before its parts. */
export function secretsOf(values: ReadonlyArray<string | null | undefined>): string[] {
  const secrets = new Set<string>()
  for (const value of values) {
    const trimmed = value?.trim() ?? ''
    if (trimmed.length >= SHORTEST_SECRET) secrets.add(trimmed)
  }
  return [...secrets].sort((a, b) => b.length - a.length)
}

const REDACTED = '[erased]'

/** The shop's own text about the person (a subject, a note) with the person's details taken out, the rest kept. */
export function redact(text: string, secrets: readonly string[]): string {
  let result = text
  for (const secret of secrets) {
    result = result.replace(new RegExp(secret.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'giu'), REDACTED)
  }
  return result
}

/** Whether the text typed to confirm an erasure names this customer (their name or their email, any case). */
export function confirmsCustomer(row: Pick<CustomersTable, 'first_name' | 'last_name' | 'email'>, typed: string): boolean {
  const name = [row.first_name, row.last_name].filter(Boolean).join(' ')
  const accepted = [name, row.email ?? ''].filter((value) => value !== '').map((value) => value.trim().toLocaleLowerCase())
  // A record with neither name nor email offers nothing to type: the dialog's own confirmation is enough.
  return accepted.length === 0 || accepted.includes(typed.trim().toLocaleLowerCase())
}
