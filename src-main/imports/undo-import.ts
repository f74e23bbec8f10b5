import { refreshCustomerStats } from '../customers/customer-stats.repo'
import type { Context } from '../backend/context'
import type { Database } from '../db/database'
import { AppError } from '../backend/errors'
import { readSettings } from '../settings/settings.repo'
import { isChangedTable, type ChangedTable } from './change-keys'
import { formatShopTime } from '../time/shop-time'
import { getBatch, markUndone } from './import-history.repo'
import { changesNewestFirst, deleteBatchRows, deleteRows, forgetChanges, laterBatchesTouching, restoreRow } from './import-undo.repo'
import type { ImportTables, ImportTx } from './imports.table'

export interface UndoResult {
  batchId: string
  fileName: string
  undoneAt: string
  /** Rows removed per table (children removed with their parents are not counted). */
  removed: Record<string, number>
  /** Rows written back as they were before the import. */
  restored: number
}

function isForeignKeyFailure(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'SQLITE_CONSTRAINT_FOREIGNKEY'
}

/**
 * Restores exactly the state before one import: rows it updated get their
 * before-images back (newest first), rows it created are removed, children
 * before parents. Refused when a later import built on its rows (undo that
 * first), and when something added in the app since points at them.
 */
export async function undoImport(context: Context, batchId: string): Promise<UndoResult> {
  const db = context.db.withTables<ImportTables>()
  const { timeZone } = await readSettings(context.db)
  const undoneAt = context.clock.now().toISOString()
  try {
    return await db.transaction().execute(async (trx) => {
      const batch = await getBatch(trx, batchId)
      if (!batch) throw new AppError('NOT_FOUND', 'There is no import with that id in this shop.', { batchId })
      if (batch.status === 'undone') {
        throw new AppError('CONFLICT', `The import of ${batch.fileName} was already undone on ${formatShopTime(batch.undoneAt!, timeZone)}.`, { batchId })
      }
      const later = await laterBatchesTouching(trx, batch)
      const first = later[later.length - 1]
      if (first) {
        throw new AppError(
          'CONFLICT',
          `The import of ${first.file_name} (${formatShopTime(first.created_at, timeZone)}) changed rows that the import of ${batch.fileName} wrote. ` +
            `Undo ${later.length > 1 ? 'the later imports, newest first,' : 'that import'} before this one.`,
          { batchId, laterBatches: later.map((b) => ({ id: b.id, fileName: b.file_name, createdAt: b.created_at })) },
        )
      }
      const result = await replayBackwards(trx, batchId)
      await forgetChanges(trx, batchId)
      await markUndone(trx, batchId, undoneAt)
      await refreshCustomerStats<Database & ImportTables>(trx)
      return { batchId, fileName: batch.fileName, undoneAt, ...result }
    })
  } catch (error) {
    if (!isForeignKeyFailure(error)) throw error
    throw new AppError(
      'CONFLICT',
      'This import can’t be undone: records added in Aftersale since (returns, claims, loyalty points, messages or survey answers) point at customers, orders or products it created. Nothing was changed.',
      { batchId },
    )
  }
}

async function replayBackwards(trx: ImportTx, batchId: string): Promise<{ removed: Record<string, number>; restored: number }> {
  const removed: Record<string, number> = {}
  const count = (table: string, n: number) => {
    if (n > 0) removed[table] = (removed[table] ?? 0) + n
  }
  let restored = 0

  // Write back what was updated first: afterwards no older row points at anything this batch created.
  for await (const page of changesNewestFirst(trx, batchId, 'update')) {
    for (const change of page) {
      if (!isChangedTable(change.table_name) || change.before_json === null) throw new Error(`Unreadable undo entry ${change.batch_id}/${change.seq}`)
      await restoreRow(trx, change.table_name, JSON.parse(change.before_json) as Record<string, unknown>)
      restored++
    }
  }

  count('returns', await deleteBatchRows(trx, 'returns', batchId))
  count('imported_refunds', await deleteBatchRows(trx, 'imported_refunds', batchId))
  // Lines, tags, identities and addresses added to rows the shop already had; products wait until no line points at them.
  await deleteInserted(trx, batchId, (table) => table !== 'products', count)
  count('orders', await deleteBatchRows(trx, 'orders', batchId))
  count('customers', await deleteBatchRows(trx, 'customers', batchId))
  await deleteInserted(trx, batchId, (table) => table === 'products', count)
  return { removed, restored }
}

async function deleteInserted(
  trx: ImportTx,
  batchId: string,
  wanted: (table: ChangedTable) => boolean,
  count: (table: string, n: number) => void,
): Promise<void> {
  for await (const page of changesNewestFirst(trx, batchId, 'insert')) {
    const byTable = new Map<ChangedTable, string[]>()
    for (const change of page) {
      if (!isChangedTable(change.table_name)) throw new Error(`Unreadable undo entry ${change.batch_id}/${change.seq}`)
      if (!wanted(change.table_name)) continue
      const keys = byTable.get(change.table_name)
      if (keys) keys.push(change.row_key)
      else byTable.set(change.table_name, [change.row_key])
    }
    for (const [table, keys] of byTable) count(table, await deleteRows(trx, table, keys))
  }
}
