import type { Page } from '../backend/paging'
import type { ImportWarning } from './import-record'
import type { EntityCounts, Entity, ImportSummary, PossibleDuplicate } from './import-summary'
import type { ImportBatchesTable, ImportBatchStatus, ImportDb, ImportTx } from './imports.table'

/** One import in the history list. */
export interface ImportBatchRow {
  id: string
  sequence: number
  fileName: string
  source: string
  status: ImportBatchStatus
  rowsRead: number
  counts: Record<Entity, EntityCounts>
  warningCount: number
  possibleDuplicateCount: number
  createdAt: string
  undoneAt: string | null
}

/** One import with everything it reported. */
export interface ImportBatchDetail extends ImportBatchRow {
  contentHash: string
  warnings: ImportWarning[]
  possibleDuplicates: PossibleDuplicate[]
}

type StoredSummary = Omit<ImportSummary, 'warnings'>

function toRow(batch: ImportBatchesTable): ImportBatchRow {
  const summary = JSON.parse(batch.summary_json) as StoredSummary
  return {
    id: batch.id,
    sequence: batch.sequence,
    fileName: batch.file_name,
    source: batch.source,
    status: batch.status,
    rowsRead: batch.rows_read,
    counts: summary.counts,
    warningCount: summary.warningCount,
    possibleDuplicateCount: summary.possibleDuplicateCount,
    createdAt: batch.created_at,
    undoneAt: batch.undone_at,
  }
}

export async function findCommittedBatchByHash(db: ImportDb, contentHash: string): Promise<ImportBatchesTable | undefined> {
  return db
    .selectFrom('import_batches')
    .selectAll()
    .where('content_hash', '=', contentHash)
    .where('status', '=', 'committed')
    .orderBy('sequence', 'desc')
    .executeTakeFirst()
}

/** The batch row goes in first so the rows it writes can point at it; finishBatch fills in what it did. */
export async function startBatch(db: ImportDb, batch: { id: string; fileName: string; source: string; contentHash: string; createdAt: string }): Promise<void> {
  const last = await db.selectFrom('import_batches').select((eb) => eb.fn.max('sequence').as('n')).executeTakeFirst()
  await db
    .insertInto('import_batches')
    .values({
      id: batch.id,
      sequence: Number(last?.n ?? 0) + 1,
      file_name: batch.fileName,
      source: batch.source,
      content_hash: batch.contentHash,
      status: 'committed',
      rows_read: 0,
      summary_json: '{}',
      warnings_json: '[]',
      created_at: batch.createdAt,
      undone_at: null,
    })
    .execute()
}

export async function finishBatch(db: ImportDb, id: string, result: { source: string; summary: ImportSummary }): Promise<void> {
  const { warnings, ...stored } = result.summary
  await db
    .updateTable('import_batches')
    .set({ source: result.source, rows_read: result.summary.rowsRead, summary_json: JSON.stringify(stored satisfies StoredSummary), warnings_json: JSON.stringify(warnings) })
    .where('id', '=', id)
    .execute()
}

export async function listBatches(db: ImportDb, query: { page: number; pageSize: number }): Promise<Page<ImportBatchRow>> {
  const [rows, total] = await Promise.all([
    db
      .selectFrom('import_batches')
      .selectAll()
      .orderBy('sequence', 'desc')
      .limit(query.pageSize)
      .offset(query.page * query.pageSize)
      .execute(),
    db.selectFrom('import_batches').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ])
  return { rows: rows.map(toRow), total: Number(total.n), page: query.page, pageSize: query.pageSize }
}

export async function getBatch(db: ImportDb, id: string): Promise<ImportBatchDetail | undefined> {
  const batch = await db.selectFrom('import_batches').selectAll().where('id', '=', id).executeTakeFirst()
  if (!batch) return undefined
  const summary = JSON.parse(batch.summary_json) as StoredSummary
  return {
    ...toRow(batch),
    contentHash: batch.content_hash,
    warnings: JSON.parse(batch.warnings_json) as ImportWarning[],
    possibleDuplicates: summary.possibleDuplicates,
  }
}

export async function markUndone(trx: ImportTx, id: string, at: string): Promise<void> {
  await trx.updateTable('import_batches').set({ status: 'undone', undone_at: at }).where('id', '=', id).execute()
}
