import type { Context } from '../backend/context'
import type { JobEvent } from '../backend/progress'
import { throwIfCancelled, withHeartbeat } from '../backend/progress'
import { readSettings } from '../settings/settings.repo'
import { hashFiles, type FileSource } from './file-source'
import { isImportRejection } from './import-problems'
import type { FileFacts, ImportOutcome } from './import-summary'
import { importInThreads } from './import-in-threads'
import { importInTransaction, type TransactionOutcome } from './import-transaction'
import { readExport, sniffExport, type FormatId, type GenericMapping, type TextEncodingName } from './read-export'
import type { ThreadReadOptions } from './read-in-thread'
import { SNIFF_BYTES } from './export-bytes'

export interface ImportRequest {
  file: FileSource
  /** The second file some formats come in (Etsy's order items beside its orders). */
  companion?: FileSource
  format?: FormatId
  encoding?: TextEncodingName
  /** The currency of amounts the file writes with a bare `$` or none at all. */
  currency?: string
  mapping?: GenericMapping
  mode: 'preview' | 'commit'
}

// Often enough for a live progress bar, rarely enough not to flood a transport; also how soon a silent stretch repeats the last progress.
const PROGRESS_EVERY_MS = 200

// From this size the import runs on threads of its own (parsing while writing, and this thread free to answer);
// below it, starting them costs more than the import itself.
const THREADS_FROM_BYTES = 8 * 1024 * 1024

function rate(rows: number, startedAt: number): string {
  const seconds = (performance.now() - startedAt) / 1000
  return seconds > 0 ? Math.round(rows / seconds).toLocaleString('en-US') : '0'
}

function withFacts(outcome: TransactionOutcome, facts: FileFacts): ImportOutcome {
  switch (outcome.status) {
    case 'already_imported':
      return { ...outcome, file: facts }
    case 'previewed':
      return { status: 'previewed', file: { ...facts, source: outcome.source }, summary: outcome.summary }
    case 'imported':
      return { status: 'imported', batchId: outcome.batchId, importedAt: outcome.importedAt, file: { ...facts, source: outcome.source }, summary: outcome.summary }
  }
}

/**
 * One import job, as a stream: progress (bytes done of bytes total, with
 * rows per second in the phase text) at least every half second, then the
 * outcome. A preview that finds problems reports them as its outcome; a
 * commit that finds them throws IMPORT_REJECTED (nothing was written).
 */
export function runImport(context: Context, request: ImportRequest, signal?: AbortSignal): AsyncGenerator<JobEvent<ImportOutcome>> {
  return withHeartbeat(importEvents(context, request, signal), PROGRESS_EVERY_MS)
}

async function* importEvents(context: Context, request: ImportRequest, signal?: AbortSignal): AsyncGenerator<JobEvent<ImportOutcome>> {
  const files = request.companion ? [request.file, request.companion] : [request.file]
  const total = files.reduce((sum, f) => sum + f.size, 0)
  const hashing = hashFiles(files)
  let lastShown = 0
  let contentHash = ''
  for (;;) {
    const step = await hashing.next()
    if (step.done) {
      contentHash = step.value
      break
    }
    throwIfCancelled(signal, 'The import')
    if (performance.now() - lastShown >= PROGRESS_EVERY_MS) {
      lastShown = performance.now()
      yield { kind: 'progress', phase: 'Checking the file', done: step.value, total }
    }
  }

  const { timeZone } = await readSettings(context.db)
  const sniff = await sniffExport(await request.file.head(SNIFF_BYTES), { fileName: request.file.name, format: request.format, encoding: request.encoding })
  const format = request.format ?? sniff.format ?? undefined
  const facts: FileFacts = {
    fileName: request.file.name,
    format: format ?? null,
    source: sniff.source,
    label: sniff.label,
    contentHash,
    bytes: total,
  }

  const startedAt = performance.now()
  const companion = request.companion
  const transaction = { fileName: request.file.name, contentHash, sourceHint: request.mapping?.source ?? sniff.source, mode: request.mode, signal, bytes: total }
  const read: ThreadReadOptions = {
    fileName: request.file.name,
    format,
    encoding: request.encoding,
    timeZone,
    currency: request.currency,
    mapping: request.mapping,
    companion: companion ? { fileName: companion.name, open: companion.open } : undefined,
  }
  const job =
    total >= THREADS_FROM_BYTES
      ? importInThreads(context, transaction, { open: request.file.open, options: read })
      : importInTransaction(context, { ...transaction, records: () => readExport(request.file.open, { ...read, signal }) })
  try {
    lastShown = 0
    let phase = ''
    for await (const step of job) {
      if (step.kind === 'done') {
        yield { kind: 'result', result: withFacts(step.outcome, facts) }
        return
      }
      if (step.phase === phase && performance.now() - lastShown < PROGRESS_EVERY_MS) continue
      phase = step.phase
      lastShown = performance.now()
      yield {
        kind: 'progress',
        phase: `${step.phase}: ${step.rowsRead.toLocaleString('en-US')} rows, ${rate(step.rowsRead, startedAt)} rows/s`,
        done: step.bytesRead,
        total,
      }
    }
  } catch (error) {
    if (request.mode === 'preview' && isImportRejection(error)) {
      yield { kind: 'result', result: { status: 'rejected', file: facts, message: error.message, problems: error.details.problems } }
      return
    }
    throw error
  }
}
