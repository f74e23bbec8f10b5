import type { Kysely, Transaction } from 'kysely'
import type { Database } from '../db/database'

export type ImportBatchStatus = 'committed' | 'undone'

export interface ImportBatchesTable {
  id: string
  /** Import order, for "undo the later import first" (created_at can tie). */
  sequence: number
  file_name: string
  source: string
  content_hash: string
  status: ImportBatchStatus
  rows_read: number
  summary_json: string
  warnings_json: string
  created_at: string
  undone_at: string | null
}

/**
 * - insert: a row this batch added to a table without an `import_batch_id` column (undo deletes it);
 * - update: the row as it was before this batch first changed it (undo writes it back);
 * - reference: a row this batch relied on without writing it (undo of the batch that wrote it must wait).
 */
export type ImportChangeAction = 'insert' | 'update' | 'reference'

export interface ImportChangesTable {
  batch_id: string
  seq: number
  table_name: string
  /** The row's key: its id, or a JSON array of the key columns for composite keys. */
  row_key: string
  action: ImportChangeAction
  before_json: string | null
}

export interface ImportedRefundsTable {
  /** Derived from the refund's facts, so the same refund in an overlapping export is recognised. */
  refund_key: string
  order_id: string
  currency: string
  amount_minor: number
  refunded_at: string
  import_batch_id: string
  created_at: string
}

export interface ImportPresetsTable {
  name: string
  header_signature: string
  mapping_json: string
  created_at: string
  updated_at: string
}

/**
 * The imports feature's own tables, added to the app's schema with
 * `db.withTables<ImportTables>()` (a type alias: kysely needs its implicit index signature).
 */
export type ImportTables = {
  import_changes: ImportChangesTable
  imported_refunds: ImportedRefundsTable
  import_presets: ImportPresetsTable
}

export type ImportDatabase = Database & ImportTables
export type ImportDb = Kysely<ImportDatabase>
export type ImportTx = Transaction<ImportDatabase>
