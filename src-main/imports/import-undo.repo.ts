import { CompiledQuery, sql } from 'kysely'
import { KEY_COLUMNS, keyValues, type ChangedTable } from './change-keys'
import type { ImportChangesTable, ImportTx } from './imports.table'

export interface LaterBatch {
  id: string
  file_name: string
  created_at: string
}

/**
 * Committed imports after this one that wrote or relied on a row this one
 * wrote: undoing this one first would pull rows from under them (or write
 * back an image that erases their changes).
 */
export async function laterBatchesTouching(trx: ImportTx, batch: { id: string; sequence: number }): Promise<LaterBatch[]> {
  const result = await sql<LaterBatch>`
    select lb.id, lb.file_name, lb.created_at
    from import_batches lb
    where lb.status = 'committed' and lb.sequence > ${batch.sequence}
      and exists (
        select 1 from import_changes l
        where l.batch_id = lb.id and (
          exists (select 1 from import_changes b where b.table_name = l.table_name and b.row_key = l.row_key and b.batch_id = ${batch.id} and b.action <> 'reference')
          or (l.table_name = 'customers' and exists (select 1 from customers c where c.id = l.row_key and c.import_batch_id = ${batch.id}))
          or (l.table_name = 'orders' and exists (select 1 from orders o where o.id = l.row_key and o.import_batch_id = ${batch.id}))
          or (l.table_name = 'returns' and exists (select 1 from returns r where r.id = l.row_key and r.import_batch_id = ${batch.id}))
        )
      )
    order by lb.sequence desc`.execute(trx)
  return result.rows
}

const PAGE = 2000

/** The batch's log entries of one action, newest first, a page at a time. */
export async function* changesNewestFirst(trx: ImportTx, batchId: string, action: ImportChangesTable['action']): AsyncGenerator<ImportChangesTable[]> {
  let before = Number.MAX_SAFE_INTEGER
  for (;;) {
    const rows = await trx
      .selectFrom('import_changes')
      .selectAll()
      .where('batch_id', '=', batchId)
      .where('action', '=', action)
      .where('seq', '<', before)
      .orderBy('seq', 'desc')
      .limit(PAGE)
      .execute()
    if (rows.length === 0) return
    yield rows
    before = rows[rows.length - 1]!.seq
  }
}

function quoted(name: string): string {
  return `"${name.replaceAll('"', '""')}"`
}

/** Writes a before-image back over the row it was taken from (every column it had). */
export async function restoreRow(trx: ImportTx, table: ChangedTable, before: Record<string, unknown>): Promise<void> {
  const keys: readonly string[] = KEY_COLUMNS[table]
  const columns = Object.keys(before).filter((c) => !keys.includes(c))
  const text = `update ${quoted(table)} set ${columns.map((c) => `${quoted(c)} = ?`).join(', ')} where ${keys.map((k) => `${quoted(k)} = ?`).join(' and ')}`
  await trx.executeQuery(CompiledQuery.raw(text, [...columns.map((c) => before[c]), ...keys.map((k) => before[k])]))
}

/** Deletes rows by key, many per statement (the keys travel as one JSON array). */
export async function deleteRows(trx: ImportTx, table: ChangedTable, rowKeys: readonly string[]): Promise<number> {
  const keys: readonly string[] = KEY_COLUMNS[table]
  const target = keys.length === 1 ? quoted(keys[0]!) : `(${keys.map(quoted).join(', ')})`
  const picked = keys.map((_, i) => `value ->> ${i}`).join(', ')
  const values = JSON.stringify(rowKeys.map((k) => keyValues(table, k)))
  const result = await trx.executeQuery(CompiledQuery.raw(`delete from ${quoted(table)} where ${target} in (select ${picked} from json_each(?))`, [values]))
  return Number(result.numAffectedRows ?? 0)
}

/** Deletes what the batch created in the tables that carry its id; their children go with them (cascade). */
export async function deleteBatchRows(trx: ImportTx, table: 'returns' | 'imported_refunds' | 'orders' | 'customers', batchId: string): Promise<number> {
  const result = await trx.deleteFrom(table).where('import_batch_id', '=', batchId).executeTakeFirst()
  return Number(result.numDeletedRows)
}

export async function forgetChanges(trx: ImportTx, batchId: string): Promise<void> {
  await trx.deleteFrom('import_changes').where('batch_id', '=', batchId).execute()
}
