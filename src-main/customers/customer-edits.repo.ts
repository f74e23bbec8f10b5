import { AppError } from '../backend/errors'
import type { Db, Tx } from '../db/database'
import { nextVersion, sortTags } from './customer-edits.rules'

/** The customer record's editable parts: the shop's note and tags. */

async function editableCustomer(trx: Tx, id: string) {
  const row = await trx.selectFrom('customers').select(['id', 'note', 'updated_at', 'erased_at']).where('id', '=', id).executeTakeFirst()
  if (!row) throw new AppError('NOT_FOUND', 'That customer is no longer in this shop (it may have been merged into another record).', { customerId: id })
  if (row.erased_at !== null) throw new AppError('CONFLICT', 'This customer’s personal data was erased, so the record can no longer be edited.', { customerId: id })
  return row
}

export interface SavedNote {
  note: string
  updatedAt: string
}

/**
 * Saves the note unless someone else saved a different note since the
 * version the editor started from (`baseUpdatedAt`): then nothing is
 * written, and the refusal carries the stored note so both texts can be
 * shown. Saving the text already stored is a no-op, so a retried save never
 * conflicts with itself.
 */
export async function updateNote(db: Db, id: string, note: string, baseUpdatedAt: string | undefined, now: string): Promise<SavedNote> {
  return db.transaction().execute(async (trx) => {
    const row = await editableCustomer(trx, id)
    if (row.note === note) return { note, updatedAt: row.updated_at }
    if (baseUpdatedAt !== undefined && baseUpdatedAt !== row.updated_at) {
      throw new AppError('CONFLICT', 'This note was changed somewhere else since you started typing. Both versions are shown: choose the one to keep.', {
        note: row.note,
        updatedAt: row.updated_at,
      })
    }
    const updatedAt = nextVersion(now, row.updated_at)
    await trx.updateTable('customers').set({ note, updated_at: updatedAt }).where('id', '=', id).execute()
    return { note, updatedAt }
  })
}

/**
 * Replaces the customer's tags with these (already cleaned). Tags live in
 * their own table, so the record's updated_at, which versions the note, is
 * left alone: tagging while someone types a note is not a conflict.
 */
export async function setTags(db: Db, id: string, tags: readonly string[]): Promise<string[]> {
  return db.transaction().execute(async (trx) => {
    await editableCustomer(trx, id)
    let stale = trx.deleteFrom('customer_tags').where('customer_id', '=', id)
    if (tags.length > 0) stale = stale.where('tag', 'not in', tags)
    await stale.execute()
    if (tags.length > 0) {
      await trx
        .insertInto('customer_tags')
        .values(tags.map((tag) => ({ customer_id: id, tag })))
        .onConflict((oc) => oc.columns(['customer_id', 'tag']).doNothing())
        .execute()
    }
    return sortTags(tags)
  })
}

/** Every tag some customer carries, for pickers: the same tag should not be spelt three ways. */
export async function tagsInUse(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('customer_tags').select('tag').distinct().execute()
  return sortTags(rows.map((r) => r.tag))
}
