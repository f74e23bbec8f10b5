import type { CsvRow } from '../csv-rows'
import type { FormatReader } from './format'

/**
 * Collects consecutive rows that share a key (the rows of one order) and
 * hands each group over as soon as the key changes, so a file of a million
 * rows is never held in memory.
 */
export class ConsecutiveGroups {
  private key: string | null = null
  private rows: CsvRow[] = []

  constructor(private readonly flush: (key: string, rows: readonly CsvRow[]) => void) {}

  get currentKey(): string | null {
    return this.key
  }

  add(key: string, row: CsvRow): void {
    if (key !== this.key) this.end()
    this.key = key
    this.rows.push(row)
  }

  end(): void {
    if (this.key !== null && this.rows.length > 0) this.flush(this.key, this.rows)
    this.key = null
    this.rows = []
  }
}

/**
 * A reader for files with one row per order line: rows are grouped by the
 * order key and each group becomes at most one order. Rows without a key are
 * skipped (the key reader has reported them).
 */
export function groupedRowsReader(
  keyOf: (row: CsvRow) => string | null,
  onGroup: (rows: readonly CsvRow[]) => void,
  onEnd: () => void = () => {},
): FormatReader {
  const groups = new ConsecutiveGroups((_key, rows) => onGroup(rows))
  return {
    row(row) {
      const key = keyOf(row)
      if (key !== null) groups.add(key, row)
    },
    end() {
      groups.end()
      onEnd()
    },
  }
}
