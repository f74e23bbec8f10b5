import { customerSearchText } from '../imports/customer-matching.rules'
import { nextVersion } from './customer-edits.rules'
import type { CustomersTable, MarketingConsent } from './customers.table'

/**
 * What merging two records of the same person makes of the kept record, and
 * how undo puts it back. The kept record's contact details stay; what it
 * lacks is taken from the merged one; nothing typed by the shop is dropped.
 */

export interface Contact {
  id: string
  firstName: string | null
  lastName: string | null
  email: string | null
  phone: string | null
  marketingConsent: MarketingConsent
  consentSource: string | null
  consentAt: string | null
  unsubscribedAt: string | null
  note: string
  createdAt: string
}

export function contactOf(row: CustomersTable): Contact {
  return {
    id: row.id,
    firstName: row.first_name,
    lastName: row.last_name,
    email: row.email,
    phone: row.phone,
    marketingConsent: row.marketing_consent,
    consentSource: row.consent_source,
    consentAt: row.consent_at,
    unsubscribedAt: row.unsubscribed_at,
    note: row.note,
    createdAt: row.created_at,
  }
}

/** How a record is named in messages: its name, else its email, else a plain description. */
export function customerLabel(row: Pick<CustomersTable, 'first_name' | 'last_name' | 'email'>): string {
  const name = [row.first_name, row.last_name].filter(Boolean).join(' ')
  return name || row.email || 'a customer without name or email'
}

type ConsentFields = Pick<CustomersTable, 'marketing_consent' | 'consent_source' | 'consent_at' | 'unsubscribed_at'>

const CONSENT_LABELS: Record<MarketingConsent, string> = { granted: 'agreed to marketing', denied: 'refused marketing', unknown: 'consent unknown' }

function isExplicit(c: ConsentFields): boolean {
  return c.marketing_consent !== 'unknown' || c.unsubscribed_at !== null
}

function refuses(c: ConsentFields): boolean {
  return c.marketing_consent === 'denied' || c.unsubscribed_at !== null
}

/** When the person last decided: a consent statement or an unsubscribe, whichever came later. */
function decidedAt(c: ConsentFields): number | null {
  const times = [c.consent_at, c.unsubscribed_at].filter((t): t is string => t !== null).map((t) => Date.parse(t))
  return times.length === 0 ? null : Math.max(...times)
}

/**
 * Consent is taken whole from one record, never mixed field by field: an
 * explicit decision beats none, the more recent decision beats the older,
 * a dated decision beats an undated one, and when that still leaves a tie
 * the refusal wins, because an opt-in must never be assumed.
 */
export function consentWinner(kept: ConsentFields, merged: ConsentFields): { from: 'kept' | 'merged'; why: string } {
  if (!isExplicit(merged)) return { from: 'kept', why: 'the merged record has no decision of its own' }
  if (!isExplicit(kept)) return { from: 'merged', why: 'the kept record has no decision of its own' }
  const [keptAt, mergedAt] = [decidedAt(kept), decidedAt(merged)]
  if (keptAt !== null && mergedAt !== null && keptAt !== mergedAt) {
    return { from: mergedAt > keptAt ? 'merged' : 'kept', why: 'it is the more recent decision' }
  }
  if (keptAt !== null && mergedAt === null) return { from: 'kept', why: 'it is dated and the other is not' }
  if (mergedAt !== null && keptAt === null) return { from: 'merged', why: 'it is dated and the other is not' }
  if (refuses(merged) && !refuses(kept)) return { from: 'merged', why: 'a refusal wins when neither decision is more recent' }
  return { from: 'kept', why: 'a refusal wins when neither decision is more recent' }
}

function consentFields(row: CustomersTable): ConsentFields {
  return { marketing_consent: row.marketing_consent, consent_source: row.consent_source, consent_at: row.consent_at, unsubscribed_at: row.unsubscribed_at }
}

/** Both notes, the merged one under a line that says where it came from; an empty one adds nothing. */
export function joinNotes(kept: string, merged: string, mergedLabel: string): string {
  if (merged.trim() === '' || merged === kept) return kept
  if (kept.trim() === '') return merged
  return `${kept}\n\n——— Note of the merged record (${mergedLabel}) ———\n${merged}`
}

export interface MergedRecord {
  /** The kept record as the merge writes it. */
  row: CustomersTable
  /** The merged record's email, kept as a second email of the kept one (null when it needs none). */
  alias: string | null
  warnings: string[]
}

export function mergeRecords(kept: CustomersTable, merged: CustomersTable, now: string): MergedRecord {
  const row: CustomersTable = { ...kept }
  const warnings: string[] = []
  let alias: string | null = null

  if (kept.email === null) row.email = merged.email
  else if (merged.email !== null && merged.email !== kept.email) {
    alias = merged.email
    warnings.push(`${merged.email} stays as a second email of this customer, so later imports with it land on this record.`)
  }

  // A name is taken whole: half of one person's name beside half of another's would be nobody's.
  const keptName = [kept.first_name, kept.last_name].filter(Boolean).join(' ')
  const mergedName = [merged.first_name, merged.last_name].filter(Boolean).join(' ')
  if (keptName === '') {
    row.first_name = merged.first_name
    row.last_name = merged.last_name
  } else if (mergedName !== '' && mergedName !== keptName) {
    warnings.push(`The name “${mergedName}” is dropped: “${keptName}” stays.`)
  }

  if (kept.phone === null) row.phone = merged.phone
  else if (merged.phone !== null && merged.phone !== kept.phone) warnings.push(`The phone number ${merged.phone} is dropped: ${kept.phone} stays.`)

  const consent = consentWinner(kept, merged)
  if (consent.from === 'merged') Object.assign(row, consentFields(merged))
  if (kept.marketing_consent !== merged.marketing_consent || kept.unsubscribed_at !== merged.unsubscribed_at) {
    const chosen = consent.from === 'merged' ? merged : kept
    warnings.push(`Marketing consent: “${CONSENT_LABELS[chosen.marketing_consent]}” from the ${consent.from} record is kept, because ${consent.why}.`)
  }

  row.note = joinNotes(kept.note, merged.note, merged.email ?? (mergedName || 'no name or email'))
  if (kept.note.trim() !== '' && merged.note.trim() !== '' && kept.note !== merged.note) warnings.push('Both notes are kept, one after the other.')

  row.search_text = customerSearchText(row)
  row.updated_at = nextVersion(now, kept.updated_at)
  return { row, alias, warnings }
}

/** Fields that change together on undo: a name, or a consent decision, is put back whole or not at all. */
const FIELD_GROUPS: ReadonlyArray<ReadonlyArray<keyof CustomersTable>> = [
  ['email'],
  ['first_name', 'last_name'],
  ['phone'],
  ['marketing_consent', 'consent_source', 'consent_at', 'unsubscribed_at'],
  ['note'],
]

function pick(row: CustomersTable, fields: ReadonlyArray<keyof CustomersTable>): Partial<CustomersTable> {
  return Object.fromEntries(fields.map((field) => [field, row[field]]))
}

/**
 * The kept record as it was before the merge, except where it was changed
 * since: a group of fields still as the merge wrote it goes back, one edited
 * since keeps the edit (an undo never throws away what someone typed after).
 * Untouched since the merge, the record comes back exactly, updated_at too.
 */
export function revertKept(current: CustomersTable, before: CustomersTable, asMerged: CustomersTable, now: string): CustomersTable {
  const next: CustomersTable = { ...current }
  for (const group of FIELD_GROUPS) {
    if (group.every((field) => current[field] === asMerged[field])) Object.assign(next, pick(before, group))
  }
  const unchanged = (Object.keys(before) as (keyof CustomersTable)[]).every((key) => key === 'updated_at' || key === 'search_text' || next[key] === before[key])
  if (unchanged) return { ...before }
  return { ...next, search_text: customerSearchText(next), updated_at: nextVersion(now, current.updated_at) }
}

/** What undo needs, kept in customer_merges.snapshot_json. */
export interface MergeSnapshot {
  version: 1
  kept: CustomersTable
  /** The kept record as the merge wrote it: undo puts back only what is still so. */
  asMerged: CustomersTable
  merged: CustomersTable
  mergedTags: string[]
  /** The merged record's tags the kept one did not have. */
  tagsAdded: string[]
  /** Keys of the rows moved to the kept record, per table (a key is one value, or several for composite keys). */
  moved: Record<string, string[][]>
}

/** An erasure replaces the snapshot: it held the person's former details, and the merge can no longer be undone. */
export interface ErasedSnapshot {
  erasedAt: string
}

export function parseSnapshot(json: string): MergeSnapshot | ErasedSnapshot {
  return JSON.parse(json) as MergeSnapshot | ErasedSnapshot
}

export function isErasedSnapshot(snapshot: MergeSnapshot | ErasedSnapshot): snapshot is ErasedSnapshot {
  return 'erasedAt' in snapshot
}
