import { sql, type Kysely } from 'kysely'
import { writeAudit } from '../audit/audit.repo'
import { AppError } from '../backend/errors'
import type { IdSource } from '../backend/ids'
import type { Database, Db, Tx } from '../db/database'
import { formatShopTime } from '../time/shop-time'
import { refreshCustomerStats } from './customer-stats.repo'
import {
  contactOf,
  customerLabel,
  isErasedSnapshot,
  mergeRecords,
  parseSnapshot,
  revertKept,
  type Contact,
  type MergeSnapshot,
} from './customer-merge.rules'
import type { CustomerMergesTable, CustomersTable } from './customers.table'

/**
 * Merging two records of one person: every row that points at the merged
 * record moves to the kept one, the merged record is deleted, and a snapshot
 * lets undo put back exactly what was there. One transaction each way.
 */

type MoveCount = 'orders' | 'returns' | 'claims' | 'loyalty' | 'messages' | 'surveys' | 'addresses' | 'identities'
export type MergeMoves = Record<MoveCount | 'tags', number>

interface Pointer {
  table: keyof Database
  /** The columns that find a moved row again on undo. */
  keys: readonly string[]
  column: string
  /** Which figure of the preview counts it; rows kept only for the merge's own bookkeeping have none. */
  counted: MoveCount | null
}

/** Every row that points at a customer and must follow the person (tags are merged apart: two records may share one). */
const POINTERS: readonly Pointer[] = [
  { table: 'orders', keys: ['id'], column: 'customer_id', counted: 'orders' },
  { table: 'returns', keys: ['id'], column: 'customer_id', counted: 'returns' },
  { table: 'claims', keys: ['id'], column: 'customer_id', counted: 'claims' },
  { table: 'loyalty_ledger', keys: ['id'], column: 'customer_id', counted: 'loyalty' },
  { table: 'outbox', keys: ['id'], column: 'customer_id', counted: 'messages' },
  { table: 'survey_responses', keys: ['id'], column: 'customer_id', counted: 'surveys' },
  { table: 'customer_addresses', keys: ['id'], column: 'customer_id', counted: 'addresses' },
  { table: 'customer_identities', keys: ['source', 'external_id'], column: 'customer_id', counted: 'identities' },
  // Records merged earlier into the merged one: their emails and their undo follow it to the kept record.
  { table: 'customer_email_aliases', keys: ['email'], column: 'customer_id', counted: null },
  { table: 'customer_merges', keys: ['id'], column: 'kept_customer_id', counted: null },
]

// Well under SQLite's limit on bound parameters.
const CHUNK = 300

async function findCustomer(db: Kysely<Database>, id: string): Promise<CustomersTable | undefined> {
  return db.selectFrom('customers').selectAll().where('id', '=', id).executeTakeFirst()
}

/** Both records, or a refusal that says what to do instead. */
async function pairToMerge(db: Kysely<Database>, keepId: string, mergeId: string): Promise<{ kept: CustomersTable; merged: CustomersTable }> {
  if (keepId === mergeId) {
    throw new AppError('INVALID_INPUT', 'A customer can’t be merged with itself. Pick the other record of the same person.', { keepId, mergeId })
  }
  const [kept, merged] = await Promise.all([findCustomer(db, keepId), findCustomer(db, mergeId)])
  if (!kept) {
    throw new AppError('NOT_FOUND', 'The customer to keep is no longer in this shop (it may have been merged into another record). Reload the list and pick it again.', { keepId })
  }
  if (!merged) {
    throw new AppError('NOT_FOUND', 'The customer to merge is no longer in this shop (it may have been merged already). Reload the list and pick it again.', { mergeId })
  }
  for (const [row, role] of [
    [kept, 'customer to keep'],
    [merged, 'customer to merge'],
  ] as const) {
    if (row.erased_at !== null) {
      throw new AppError('CONFLICT', `The ${role} had their personal data erased, so there is nothing to merge: an erased record stays apart, only for the shop’s figures.`, {
        customerId: row.id,
      })
    }
  }
  return { kept, merged }
}

async function tagsOf(db: Kysely<Database>, customerId: string): Promise<string[]> {
  const rows = await db.selectFrom('customer_tags').select('tag').where('customer_id', '=', customerId).orderBy('tag').execute()
  return rows.map((r) => r.tag)
}

async function tagsToAdd(db: Kysely<Database>, kept: CustomersTable, merged: CustomersTable): Promise<{ mergedTags: string[]; tagsAdded: string[] }> {
  const [keptTags, mergedTags] = await Promise.all([tagsOf(db, kept.id), tagsOf(db, merged.id)])
  const have = new Set(keptTags)
  return { mergedTags, tagsAdded: mergedTags.filter((tag) => !have.has(tag)) }
}

async function countMoves(db: Kysely<Database>, kept: CustomersTable, merged: CustomersTable): Promise<MergeMoves> {
  const moves: MergeMoves = { orders: 0, returns: 0, claims: 0, loyalty: 0, messages: 0, surveys: 0, addresses: 0, identities: 0, tags: 0 }
  for (const pointer of POINTERS) {
    if (pointer.counted === null) continue
    const { rows } = await sql<{ n: number }>`select count(*) as n from ${sql.table(pointer.table)} where ${sql.ref(pointer.column)} = ${merged.id}`.execute(db)
    moves[pointer.counted] = Number(rows[0]?.n ?? 0)
  }
  moves.tags = (await tagsToAdd(db, kept, merged)).tagsAdded.length
  return moves
}

export interface MergePreview {
  kept: Contact
  merged: Contact
  /** The kept record as it will be after the merge. */
  result: Contact
  /** What moves from the merged record to the kept one (tags: those the kept record does not have yet). */
  moves: MergeMoves
  warnings: string[]
}

export async function previewMerge(db: Db, keepId: string, mergeId: string, now: string): Promise<MergePreview> {
  const { kept, merged } = await pairToMerge(db, keepId, mergeId)
  const outcome = mergeRecords(kept, merged, now)
  return { kept: contactOf(kept), merged: contactOf(merged), result: contactOf(outcome.row), moves: await countMoves(db, kept, merged), warnings: outcome.warnings }
}

async function moveAll(trx: Tx, pointer: Pointer, fromId: string, toId: string): Promise<string[][]> {
  const { rows } = await sql<Record<string, string>>`
    update ${sql.table(pointer.table)} set ${sql.ref(pointer.column)} = ${toId}
    where ${sql.ref(pointer.column)} = ${fromId}
    returning ${sql.join(pointer.keys.map((key) => sql.ref(key)))}`.execute(trx)
  return rows.map((row) => pointer.keys.map((key) => String(row[key])))
}

/** Moves back exactly the rows listed, and only those still on the kept record. */
async function moveListed(trx: Tx, pointer: Pointer, keys: readonly string[][], fromId: string, toId: string): Promise<void> {
  for (let i = 0; i < keys.length; i += CHUNK) {
    const chunk = keys.slice(i, i + CHUNK)
    const listed =
      pointer.keys.length === 1
        ? sql`${sql.ref(pointer.keys[0]!)} in (${sql.join(chunk.map((key) => key[0]))})`
        : sql.join(
            chunk.map((key) => sql`(${sql.join(pointer.keys.map((column, n) => sql`${sql.ref(column)} = ${key[n]}`), sql` and `)})`),
            sql` or `,
          )
    await sql`update ${sql.table(pointer.table)} set ${sql.ref(pointer.column)} = ${toId} where ${sql.ref(pointer.column)} = ${fromId} and (${listed})`.execute(trx)
  }
}

function countsOf(moved: Record<string, string[][]>, tagsAdded: number): MergeMoves {
  const moves: MergeMoves = { orders: 0, returns: 0, claims: 0, loyalty: 0, messages: 0, surveys: 0, addresses: 0, identities: 0, tags: tagsAdded }
  for (const pointer of POINTERS) if (pointer.counted !== null) moves[pointer.counted] = moved[pointer.table]?.length ?? 0
  return moves
}

export interface MergeRun {
  now: string
  ids: IdSource
}

export async function mergeCustomers(db: Db, keepId: string, mergeId: string, run: MergeRun): Promise<{ mergeId: string; keptId: string }> {
  return db.transaction().execute(async (trx) => {
    const { kept, merged } = await pairToMerge(trx, keepId, mergeId)
    const outcome = mergeRecords(kept, merged, run.now)
    const { mergedTags, tagsAdded } = await tagsToAdd(trx, kept, merged)

    const moved: Record<string, string[][]> = {}
    for (const pointer of POINTERS) moved[pointer.table] = await moveAll(trx, pointer, merged.id, kept.id)
    if (tagsAdded.length > 0) await trx.insertInto('customer_tags').values(tagsAdded.map((tag) => ({ customer_id: kept.id, tag }))).execute()
    // Deleted before the kept record is written: the kept record may take over its email, which is unique.
    await trx.deleteFrom('customers').where('id', '=', merged.id).execute()
    const { id: _id, ...keptFields } = outcome.row
    await trx.updateTable('customers').set(keptFields).where('id', '=', kept.id).execute()

    const snapshot: MergeSnapshot = { version: 1, kept, asMerged: outcome.row, merged, mergedTags, tagsAdded, moved }
    const id = run.ids.next()
    await trx
      .insertInto('customer_merges')
      .values({ id, kept_customer_id: kept.id, merged_customer_id: merged.id, snapshot_json: JSON.stringify(snapshot), merged_at: run.now, undone_at: null })
      .execute()
    if (outcome.alias !== null) {
      await trx.insertInto('customer_email_aliases').values({ email: outcome.alias, customer_id: kept.id, merge_id: id, created_at: run.now }).execute()
    }
    await refreshCustomerStats(trx, [kept.id, merged.id])
    await writeAudit(
      trx,
      { action: 'customer.merged', entity: 'customer', entityId: kept.id, detail: { mergeId: id, mergedCustomerId: merged.id, moves: countsOf(moved, tagsAdded.length) } },
      { id: run.ids.next(), at: run.now },
    )
    return { mergeId: id, keptId: kept.id }
  })
}

/** Why this merge can't be undone exactly, or null when it can. */
async function undoBlocker(db: Kysely<Database>, merge: CustomerMergesTable, timeZone: string): Promise<string | null> {
  if (merge.undone_at !== null) return `This merge was already undone on ${formatShopTime(merge.undone_at, timeZone)}.`
  const snapshot = parseSnapshot(merge.snapshot_json)
  if (isErasedSnapshot(snapshot)) {
    return `This merge can’t be undone: the customer’s personal data was erased on ${formatShopTime(snapshot.erasedAt, timeZone)}, and with it what the merged record held.`
  }
  if (merge.kept_customer_id !== snapshot.kept.id) {
    const holder = await findCustomer(db, merge.kept_customer_id)
    return `${customerLabel(snapshot.kept)} was merged into ${holder ? customerLabel(holder) : 'another record'} since. Undo that merge first, then this one.`
  }
  const later = await db
    .selectFrom('customer_merges')
    .select(['merged_at'])
    .where('kept_customer_id', '=', merge.kept_customer_id)
    .where('undone_at', 'is', null)
    .where('id', '!=', merge.id)
    .where((eb) => eb.or([eb('merged_at', '>', merge.merged_at), eb.and([eb('merged_at', '=', merge.merged_at), eb('id', '>', merge.id)])]))
    .orderBy('merged_at', 'desc')
    .executeTakeFirst()
  if (later) return `Another record was merged into this customer after this one, on ${formatShopTime(later.merged_at, timeZone)}. Undo that merge first, then this one.`
  const email = snapshot.merged.email
  if (email !== null) {
    const holder = await db.selectFrom('customers').selectAll().where('email', '=', email).executeTakeFirst()
    const keptStillHasIt = holder?.id === snapshot.kept.id && holder.email === snapshot.asMerged.email
    if (holder && !keptStillHasIt) {
      return `${customerLabel(holder)} now has the email ${email}, which the merged record had, so it can’t be given back. Change that email first.`
    }
  }
  return null
}

export async function undoMerge(db: Db, mergeId: string, run: MergeRun & { timeZone: string }): Promise<{ keptId: string; restoredId: string }> {
  return db.transaction().execute(async (trx) => {
    const merge = await trx.selectFrom('customer_merges').selectAll().where('id', '=', mergeId).executeTakeFirst()
    if (!merge) throw new AppError('NOT_FOUND', 'There is no such merge in this shop. Reload the customer’s page.', { mergeId })
    const blocker = await undoBlocker(trx, merge, run.timeZone)
    if (blocker !== null) throw new AppError('CONFLICT', blocker, { mergeId })
    const snapshot = parseSnapshot(merge.snapshot_json) as MergeSnapshot
    const current = await findCustomer(trx, snapshot.kept.id)
    if (!current) throw new AppError('CONFLICT', 'The kept customer is no longer in this shop, so the merge can’t be undone.', { mergeId })

    await trx.deleteFrom('customer_email_aliases').where('merge_id', '=', merge.id).execute()
    const { id: _id, ...keptFields } = revertKept(current, snapshot.kept, snapshot.asMerged, run.now)
    // Written before the merged record comes back: it may give the merged record's email back to it.
    await trx.updateTable('customers').set(keptFields).where('id', '=', current.id).execute()
    await trx.insertInto('customers').values(snapshot.merged).execute()
    for (const pointer of POINTERS) await moveListed(trx, pointer, snapshot.moved[pointer.table] ?? [], current.id, snapshot.merged.id)
    if (snapshot.tagsAdded.length > 0) await trx.deleteFrom('customer_tags').where('customer_id', '=', current.id).where('tag', 'in', snapshot.tagsAdded).execute()
    if (snapshot.mergedTags.length > 0) {
      await trx.insertInto('customer_tags').values(snapshot.mergedTags.map((tag) => ({ customer_id: snapshot.merged.id, tag }))).execute()
    }
    await trx.updateTable('customer_merges').set({ undone_at: run.now }).where('id', '=', merge.id).execute()
    await refreshCustomerStats(trx, [current.id, snapshot.merged.id])
    await writeAudit(
      trx,
      { action: 'customer.merge_undone', entity: 'customer', entityId: current.id, detail: { mergeId: merge.id, restoredCustomerId: snapshot.merged.id } },
      { id: run.ids.next(), at: run.now },
    )
    return { keptId: current.id, restoredId: snapshot.merged.id }
  })
}

export interface MergeHistoryRow {
  id: string
  keptId: string
  mergedId: string
  /** Who the merged record was; null once the customer's personal data was erased. */
  merged: Pick<Contact, 'firstName' | 'lastName' | 'email'> | null
  mergedAt: string
  undoneAt: string | null
  /** Why undo is not possible now, in words; null when it is. */
  undoBlockedReason: string | null
}

/** The records merged into this customer, newest first, undone ones included. */
export async function mergesInto(db: Db, customerId: string, timeZone: string): Promise<MergeHistoryRow[]> {
  const merges = await db
    .selectFrom('customer_merges')
    .selectAll()
    .where('kept_customer_id', '=', customerId)
    .orderBy('merged_at', 'desc')
    .orderBy('id', 'desc')
    .execute()
  const rows: MergeHistoryRow[] = []
  for (const merge of merges) {
    const snapshot = parseSnapshot(merge.snapshot_json)
    rows.push({
      id: merge.id,
      keptId: merge.kept_customer_id,
      mergedId: merge.merged_customer_id,
      merged: isErasedSnapshot(snapshot)
        ? null
        : { firstName: snapshot.merged.first_name, lastName: snapshot.merged.last_name, email: snapshot.merged.email },
      mergedAt: merge.merged_at,
      undoneAt: merge.undone_at,
      undoBlockedReason: await undoBlocker(db, merge, timeZone),
    })
  }
  return rows
}

/** The record a deleted customer was merged into (following later merges of that record too), or null when it was not merged. */
export async function recordMergedInto(db: Db, customerId: string): Promise<{ keptId: string; mergedAt: string } | null> {
  let keptId: string | null = null
  let mergedAt: string | null = null
  const seen = new Set<string>()
  for (let id = customerId; !seen.has(id); ) {
    seen.add(id)
    const merge = await db
      .selectFrom('customer_merges')
      .select(['kept_customer_id', 'merged_at'])
      .where('merged_customer_id', '=', id)
      .where('undone_at', 'is', null)
      .orderBy('merged_at', 'desc')
      .executeTakeFirst()
    if (!merge) break
    keptId = merge.kept_customer_id
    mergedAt ??= merge.merged_at
    id = merge.kept_customer_id
  }
  return keptId !== null && mergedAt !== null ? { keptId, mergedAt } : null
}
