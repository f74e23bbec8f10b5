import { refreshCustomerStats } from '../customers/customer-stats.repo'
import type { Context } from '../backend/context'
import type { IdSource } from '../backend/ids'
import type { Source } from '../orders/orders.table'
import { readSettings } from '../settings/settings.repo'
import type { ImportRecord } from './import-record'
import { DeferredIndexes, FIGURES_TABLES, isBigFile } from './deferred-indexes'
import { findCommittedBatchByHash, finishBatch, startBatch } from './import-history.repo'
import type { ImportSummary } from './import-summary'
import { writeImport, type WriterProgress, type WriterResult } from './import-writer'
import { holdAppConnection, openImportConnection, type ShopFile } from './import-connection'
import { formatShopTime } from '../time/shop-time'

export interface ImportInput {
  fileName: string
  contentHash: string
  /** The source the file's format implies, if known before reading (the records' own source wins). */
  sourceHint: Source | null
  records: () => AsyncIterable<ImportRecord>
  mode: 'preview' | 'commit'
  signal?: AbortSignal
  /** The file's size in bytes, when known (see deferred-indexes.ts). */
  bytes?: number
}

export type TransactionOutcome =
  | { status: 'imported'; batchId: string; importedAt: string; source: string; summary: ImportSummary }
  | { status: 'previewed'; source: string; summary: ImportSummary }
  | { status: 'already_imported'; batchId: string; importedAt: string; message: string }

export type ImportStep = WriterProgress | { kind: 'done'; outcome: TransactionOutcome }

/**
 * One file, all or nothing: the whole import runs in one transaction that
 * commits only when every record was written. A preview is the same import,
 * rolled back, so what it reports is exactly what a commit would do. A
 * rejection, a cancel, or a caller that stops listening rolls back too (the
 * steps are meant for `for await`, which closes the stream on any early exit).
 *
 * The import runs on its own connection (see import-connection.ts) while
 * the app's is held: other queries wait instead of slipping in between.
 */
export async function* importInTransaction(context: Context, input: ImportInput): AsyncGenerator<ImportStep> {
  const { timeZone } = await readSettings(context.db)
  const release = await holdAppConnection(context.db)
  try {
    yield* importSteps({ dbPath: context.dbPath, databaseId: context.databaseId, ids: context.ids, now: context.clock.now().toISOString(), timeZone }, input)
  } finally {
    await release()
  }
}

/** What an import needs of the app, as data a writer thread can be given. */
export interface ImportEnvironment extends ShopFile {
  ids: IdSource
  /** When the import happens: its batch's time, and the time of every row it writes. */
  now: string
  /** The shop's time zone, for messages. */
  timeZone: string
}

/** The import itself, with the app's connection already held by the caller (importInTransaction, or import-in-threads.ts). */
export async function* importSteps(environment: ImportEnvironment, input: ImportInput): AsyncGenerator<ImportStep> {
  const { timeZone, ids, now } = environment
  const connection = await openImportConnection(environment, { checkForeignKeysAtCommit: isBigFile(input.bytes) })
  const { db, sqlite } = connection
  try {
    const earlier = await findCommittedBatchByHash(db, input.contentHash)
    if (earlier) {
      await connection.close()
      const renamed = earlier.file_name === input.fileName ? '' : `, named ${earlier.file_name} then`
      const message = `${input.fileName} was already imported on ${formatShopTime(earlier.created_at, timeZone)}${renamed}. Nothing was changed.`
      yield { kind: 'done', outcome: { status: 'already_imported', batchId: earlier.id, importedAt: earlier.created_at, message } }
      return
    }
    const batchId = ids.next()
    await startBatch(db, { id: batchId, fileName: input.fileName, source: input.sourceHint ?? 'other', contentHash: input.contentHash, createdAt: now })
    let written: WriterResult | null = null
    let last: WriterProgress = { kind: 'progress', phase: 'Importing', bytesRead: 0, rowsRead: 0 }
    for await (const step of writeImport(input.records(), { sqlite, db, batchId, now, ids, signal: input.signal, bytes: input.bytes })) {
      if (step.kind === 'progress') yield (last = step)
      else written = step
    }
    if (!written) throw new Error('The import writer ended without a result.')
    const { summary } = written
    const source = written.source ?? input.sourceHint ?? 'other'
    if (input.mode === 'preview') {
      await connection.close()
      yield { kind: 'done', outcome: { status: 'previewed', source, summary } }
      return
    }
    yield { ...last, phase: 'Updating customer figures' }
    await finishBatch(db, batchId, { source, summary })
    const figuresIndexes = DeferredIndexes.setAside(sqlite, FIGURES_TABLES, input.bytes)
    connection.shrinkCache()
    await refreshCustomerStats(db, written.touchedCustomers)
    for (const built of figuresIndexes.rebuild()) yield { ...last, phase: `Updating customer figures (${built} of ${figuresIndexes.count})` }
    for (const step of connection.checkReferences()) yield { ...last, phase: `Checking links between records (${step.checked} of ${step.of})` }
    yield { ...last, phase: 'Saving' }
    connection.commit()
    // Reported before the connection closes: closing folds the log into the file, which takes a while after a big import.
    yield { kind: 'done', outcome: { status: 'imported', batchId, importedAt: now, source, summary } }
  } finally {
    await connection.close()
  }
}
