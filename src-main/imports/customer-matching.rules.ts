import type { CustomersTable } from '../customers/customers.table'
import { toSearchText } from '../backend/search-text'
import type { Source } from '../orders/orders.table'
import type { CustomerIdentity, ImportedCustomer } from './import-record'

/** Emails are compared trimmed and lower-cased; the database stores them that way too. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase()
}

/** The key under which a buyer known only by a platform id is found again (customer_identities). */
export function platformKey(source: Source, externalId: string): string {
  return `${source}\u0000${externalId}`
}

/** The platform id an identity carries, if any: for an email identity it is linked as a second way in. */
export function platformIdOf(identity: CustomerIdentity): { source: Source; externalId: string } | null {
  if (identity.kind === 'buyer') return { source: identity.source, externalId: identity.externalId }
  return identity.externalId ? { source: identity.source, externalId: identity.externalId } : null
}

/** The name two customers are compared on for "possible duplicate": never used to merge. */
export function normalisedFullName(firstName: string | null, lastName: string | null): string {
  return toSearchText(firstName, lastName)
}

export function customerSearchText(row: Pick<CustomersTable, 'first_name' | 'last_name' | 'email' | 'phone'>): string {
  return toSearchText(row.first_name, row.last_name, row.email, row.phone)
}

/** Instants compared as instants: exports write `…:00Z` where the app writes `…:00.000Z`. */
function isLater(a: string, b: string): boolean {
  return Date.parse(a) > Date.parse(b)
}

type ConsentFields = Pick<CustomersTable, 'marketing_consent' | 'consent_source' | 'consent_at' | 'unsubscribed_at'>

/**
 * Whether a file's consent statement replaces what the shop knows. A file
 * that says nothing never changes consent (and never opts anyone in); a
 * decision with a known time is only replaced by a strictly later one, and a
 * statement without a time never overrides a timed decision or an unsubscribe.
 */
export function shouldApplyConsent(current: ConsentFields, incoming: ImportedCustomer['consent']): boolean {
  if (incoming === null) return false
  if (current.marketing_consent === 'unknown' && current.unsubscribed_at === null) return true
  if (incoming.status === 'granted' && current.unsubscribed_at !== null) {
    if (incoming.at === null || !isLater(incoming.at, current.unsubscribed_at)) return false
  }
  if (current.consent_at === null) return current.unsubscribed_at === null || incoming.at !== null
  if (incoming.at === null) return false
  return isLater(incoming.at, current.consent_at)
}

/**
 * What an imported customer adds to a known one: blanks are filled, nothing
 * the shop already has is overwritten (the shop may have corrected it), and
 * consent follows shouldApplyConsent. Returns the new row, or null when the
 * file adds nothing. `searchTextCurrent` says the row's search text was made
 * from its fields by this import, so it only changes when they do.
 */
export function mergeCustomer(current: CustomersTable, incoming: ImportedCustomer, email: string | null, now: string, searchTextCurrent = false): CustomersTable | null {
  const next: CustomersTable = { ...current }
  next.email ??= email
  next.first_name ??= incoming.firstName
  next.last_name ??= incoming.lastName
  next.phone ??= incoming.phone
  if (next.note === '' && incoming.note) next.note = incoming.note
  if (shouldApplyConsent(current, incoming.consent) && incoming.consent) {
    next.marketing_consent = incoming.consent.status
    next.consent_source = incoming.consent.source
    next.consent_at = incoming.consent.at
  }
  const searchedChanged = next.email !== current.email || next.first_name !== current.first_name || next.last_name !== current.last_name || next.phone !== current.phone
  if (searchedChanged || !searchTextCurrent) next.search_text = customerSearchText(next)
  const changed = (Object.keys(next) as (keyof CustomersTable)[]).some((key) => next[key] !== current[key])
  if (!changed) return null
  next.updated_at = now
  return next
}

export function newCustomerRow(incoming: ImportedCustomer, email: string | null, ids: { id: string; batchId: string; now: string }): CustomersTable {
  return {
    id: ids.id,
    email,
    first_name: incoming.firstName,
    last_name: incoming.lastName,
    phone: incoming.phone,
    marketing_consent: incoming.consent?.status ?? 'unknown',
    consent_source: incoming.consent?.source ?? null,
    consent_at: incoming.consent?.at ?? null,
    unsubscribed_at: null,
    note: incoming.note ?? '',
    search_text: incoming.searchText ?? newCustomerSearchText(incoming, email),
    import_batch_id: ids.batchId,
    created_at: ids.now,
    updated_at: ids.now,
    erased_at: null,
  }
}

/** What newCustomerRow's search text will be for this email (the identity's, normalised): it depends on the record alone. */
export function newCustomerSearchText(incoming: ImportedCustomer, email: string | null): string {
  return customerSearchText({ first_name: incoming.firstName, last_name: incoming.lastName, email, phone: incoming.phone })
}
