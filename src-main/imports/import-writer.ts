import type BetterSqlite3 from 'better-sqlite3'
import type { IdSource } from '../backend/ids'
import { throwIfCancelled } from '../backend/progress'
import type { Source } from '../orders/orders.table'
import { applyRefunds } from './apply-refunds'
import { applyReturns } from './apply-returns'
import { BatchState } from './batch-state'
import { CustomerChunk } from './customer-chunk'
import { DeferredIndexes, expectedRows, WRITTEN_TABLES } from './deferred-indexes'
import { FreshKeys } from './fresh-keys'
import { importRejected, MAX_REPORTED_PROBLEMS } from './import-problems'
import type { ImportedCustomer, ImportedOrder, ImportedRefund, ImportedReturn, ImportProblem, ImportRecord } from './import-record'
import type { ImportSummary } from './import-summary'
import { ImportWrites } from './import-writes.repo'
import type { ImportDb } from './imports.table'
import { OrderChunk } from './order-chunk'
import { findPossibleDuplicates } from './possible-duplicates'
import { ProductCatalogue } from './product-catalogue'
import { checkCustomer, checkOrder, checkRefund, checkReturn } from './record-checks.rules'

/**
 * Orders (or customers) looked up and written together. Large enough that a
 * chunk's few lookups cost little per row; small enough that its records die
 * young: chunks of 250 outlived V8's young-generation collections, were
 * promoted, and raised peak memory by about 120 MB on a big file.
 */
const CHUNK_SIZE = 100

export interface WriterProgress {
  kind: 'progress'
  phase: string
  bytesRead: number
  rowsRead: number
}

export interface WriterOptions {
  /** The import's connection, inside its transaction: hot-path statements run on it directly. */
  sqlite: BetterSqlite3.Database
  /** Kysely over the same connection, for the few ordinary queries. */
  db: ImportDb
  batchId: string
  now: string
  ids: IdSource
  signal?: AbortSignal
  /** The size of the file, when known: a big one has the tables' secondary indexes built once at the end. */
  bytes?: number
}

export interface WriterResult {
  kind: 'written'
  summary: ImportSummary
  /** The source the records came from, for the import history. */
  source: Source | null
  /** The customers whose figures the import may have changed; undefined: any of them. */
  touchedCustomers: string[] | undefined
}

type Pending = { kind: 'customer'; customer: ImportedCustomer } | { kind: 'order'; order: ImportedOrder }

/**
 * Turns a stream of normalised records into rows, inside the caller's
 * transaction (see import-connection.ts): customers and orders in chunks as they stream, then refunds
 * and returns (their orders may come later in the same file), then the
 * possible-duplicates list, last of all the result. Any problem rejects the
 * whole file; the caller rolls back.
 */
export async function* writeImport(records: AsyncIterable<ImportRecord>, options: WriterOptions): AsyncGenerator<WriterProgress | WriterResult> {
  const writes = new ImportWrites(options.sqlite)
  const indexes = DeferredIndexes.setAside(options.sqlite, WRITTEN_TABLES, options.bytes)
  const state = new BatchState(options.batchId, options.now, options.ids, writes, new FreshKeys(writes.hasCustomers(), expectedRows(options.bytes)))
  const products = new ProductCatalogue(state)
  const refunds: ImportedRefund[] = []
  const returns: ImportedReturn[] = []
  const problems: ImportProblem[] = []
  let pending: Pending[] = []
  let source: Source | null = null
  let bytesRead = 0
  let rowsRead = 0

  const flush = () => {
    const chunk = pending
    pending = []
    if (chunk.length === 0 || problems.length > 0) return
    writeChunk(state, products, chunk)
  }
  const reject = (found: ImportProblem[]) => {
    if (problems.length < MAX_REPORTED_PROBLEMS) problems.push(...found)
  }

  for await (const record of records) {
    throwIfCancelled(options.signal, 'The import')
    switch (record.kind) {
      case 'progress':
        bytesRead = record.bytesRead
        rowsRead = record.rowsRead
        yield { kind: 'progress', phase: 'Importing', bytesRead, rowsRead }
        break
      case 'warning':
        state.warn(record.warning)
        break
      case 'customer':
        reject(checkCustomer(record.customer))
        pending.push(record)
        break
      case 'order':
        reject(checkOrder(record.order))
        if (record.order.customer) reject(checkCustomer(record.order.customer))
        source ??= record.order.source
        pending.push(record)
        break
      case 'refund':
        reject(checkRefund(record.refund))
        source ??= record.refund.source
        refunds.push(record.refund)
        break
      case 'return':
        reject(checkReturn(record.return))
        source ??= record.return.source
        returns.push(record.return)
        break
    }
    if (pending.length >= CHUNK_SIZE) {
      flush()
      // Between the reader's own progress records, so a slow stretch still reports.
      yield { kind: 'progress', phase: 'Importing', bytesRead, rowsRead }
    }
  }
  flush()
  if (problems.length > 0) throw importRejected(problems)

  for (const built of indexes.rebuild()) {
    throwIfCancelled(options.signal, 'The import')
    yield { kind: 'progress', phase: `Indexing (${built} of ${indexes.count})`, bytesRead, rowsRead }
  }
  throwIfCancelled(options.signal, 'The import')
  yield { kind: 'progress', phase: 'Applying refunds and returns', bytesRead, rowsRead }
  applyRefunds(state, refunds)
  applyReturns(state, returns)
  state.changes.flush(writes)

  throwIfCancelled(options.signal, 'The import')
  yield { kind: 'progress', phase: 'Looking for possible duplicate customers', bytesRead, rowsRead }
  const duplicates = await findPossibleDuplicates(options.db, options.batchId)

  const { counts } = state
  counts.customers.updated = state.knownCustomersChanged.size
  counts.customers.unchanged = state.knownCustomersSeen.size - state.knownCustomersChanged.size
  yield {
    kind: 'written',
    source,
    touchedCustomers: state.touchedCustomers.list(),
    summary: {
      rowsRead,
      counts,
      warningCount: state.warningCount,
      warnings: state.warnings,
      possibleDuplicateCount: duplicates.count,
      possibleDuplicates: duplicates.listed,
    },
  }
}

function writeChunk(state: BatchState, products: ProductCatalogue, chunk: readonly Pending[]): void {
  const customers = new CustomerChunk(state)
  const orders = new OrderChunk(state, products)
  const everyCustomer = chunk.flatMap((item) => (item.kind === 'customer' ? [item.customer] : item.order.customer ? [item.order.customer] : []))
  const everyOrder = chunk.flatMap((item) => (item.kind === 'order' ? [item.order] : []))
  customers.load(everyCustomer)
  orders.load(everyOrder)
  const customerOf = chunk.map((item) => (item.kind === 'customer' ? customers.resolve(item.customer) : item.order.customer ? customers.resolve(item.order.customer) : null))
  customers.write()
  chunk.forEach((item, index) => {
    if (item.kind === 'order') orders.apply(item.order, customerOf[index] ?? null)
  })
  orders.write((id) => customers.isOwn(id))
  state.changes.flush(state.writes)
}
