import { rowKey, type ChangedTable } from './change-keys'
import type { ImportChangesTable } from './imports.table'
import type { ImportWrites } from './import-writes.repo'

/**
 * The batch's undo log, buffered and written with each chunk. Rows the batch
 * inserts into tables that carry `import_batch_id` need no entry (undo finds
 * them by that column), nor do children of those rows (their foreign keys
 * cascade). Everything else it inserts, updates or merely relies on gets one.
 */
export class ChangeLog {
  private seq = 0
  private pending: ImportChangesTable[] = []
  // An update is logged once, with the row as it was before the batch first touched it.
  private readonly written = new Set<string>()
  private readonly relied = new Set<string>()

  constructor(private readonly batchId: string) {}

  inserted(table: ChangedTable, key: readonly string[]): void {
    const id = rowKey(key)
    this.written.add(`${table}\u0000${id}`)
    this.push(table, id, 'insert', null)
  }

  updated(table: ChangedTable, key: readonly string[], before: object): void {
    const id = rowKey(key)
    const seen = `${table}\u0000${id}`
    if (this.written.has(seen)) return
    this.written.add(seen)
    this.push(table, id, 'update', JSON.stringify(before))
  }

  /** A row the batch relies on (its new rows point at it) without writing it. */
  referenced(table: ChangedTable, key: readonly string[]): void {
    const id = rowKey(key)
    const seen = `${table}\u0000${id}`
    if (this.written.has(seen) || this.relied.has(seen)) return
    this.relied.add(seen)
    this.push(table, id, 'reference', null)
  }

  flush(writes: ImportWrites): void {
    if (this.pending.length === 0) return
    const rows = this.pending
    this.pending = []
    writes.insertChanges(rows)
  }

  private push(table: ChangedTable, key: string, action: ImportChangesTable['action'], before: string | null): void {
    this.pending.push({ batch_id: this.batchId, seq: ++this.seq, table_name: table, row_key: key, action, before_json: before })
  }
}
