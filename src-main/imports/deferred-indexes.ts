import type BetterSqlite3 from 'better-sqlite3'

/**
 * Tables whose secondary indexes a big import may set aside while it writes
 * them: it never reads them through those indexes (its lookups go through
 * primary keys and unique constraints, which stay). customer_addresses is not
 * here: the import asks it which customers already have an address, by customer.
 */
export const WRITTEN_TABLES = ['customers', 'customer_identities', 'customer_tags', 'orders', 'order_lines', 'order_tags', 'import_changes']

/** The customer figures that the import rebuilds after writing (customers/customer-stats.repo.ts), a row or so per customer. */
export const FIGURES_TABLES = ['customer_stats', 'customer_spend']

/**
 * Export rows are rarely narrower than this, so `bytes / BYTES_PER_ROW`
 * over-estimates the rows a file adds to any one table.
 */
const BYTES_PER_ROW = 400

/** Below this many rows keeping every index up to date costs too little to matter. */
const MIN_ROWS = 25_000

/** At most how many rows a file of `bytes` adds to any one table; 0 when its size is unknown. */
export function expectedRows(bytes: number | undefined): number {
  return bytes === undefined ? 0 : Math.floor(bytes / BYTES_PER_ROW)
}

/** A file big enough that work done once for the whole import costs less than the same work done for each row. */
export function isBigFile(bytes: number | undefined): boolean {
  return expectedRows(bytes) >= MIN_ROWS
}

interface IndexDefinition {
  name: string
  sql: string
}

/**
 * Secondary indexes set aside for the length of a big import and built
 * again before it commits. Keeping ten indexes per order row up to date
 * (random keys, a page cache far smaller than the indexes) costs several
 * times more than building each one once, sorted, from the finished table.
 *
 * Only a table that the file may well outgrow loses its indexes: building
 * them again costs in proportion to the whole table, keeping them in
 * proportion to the rows added. Their SQL is read back from sqlite_master,
 * so the migrations stay the one source of the schema. DDL is transactional
 * in SQLite: a rollback, a cancel or a crash before the commit leaves every
 * index exactly as it was.
 */
export class DeferredIndexes {
  private constructor(
    private readonly sqlite: BetterSqlite3.Database,
    private readonly indexes: readonly IndexDefinition[],
  ) {}

  /** Drops the indexes of `tables` worth dropping for a file of `bytes` (none when its size is unknown). */
  static setAside(sqlite: BetterSqlite3.Database, tables: readonly string[], bytes: number | undefined): DeferredIndexes {
    if (!isBigFile(bytes)) return new DeferredIndexes(sqlite, [])
    const rowsToCome = expectedRows(bytes)
    // max(rowid) reads one page; it over-counts a table with deleted rows, which only keeps its indexes.
    const outgrown = tables.filter((table) => {
      const rows = sqlite.prepare(`select coalesce(max(rowid), 0) from "${table}"`).pluck().get() as number
      return rows < rowsToCome
    })
    if (outgrown.length === 0) return new DeferredIndexes(sqlite, [])
    const indexes = sqlite
      .prepare(
        `select name, sql from sqlite_master
         where type = 'index' and sql is not null and sql not like 'create unique%' collate nocase
           and tbl_name in (select value from json_each(?))
         order by tbl_name, name`,
      )
      .all(JSON.stringify(outgrown)) as IndexDefinition[]
    for (const index of indexes) sqlite.exec(`drop index "${index.name.replaceAll('"', '""')}"`)
    return new DeferredIndexes(sqlite, indexes)
  }

  get count(): number {
    return this.indexes.length
  }

  /** Builds the indexes again, one statement each, reporting after each one. */
  *rebuild(): Generator<number> {
    let built = 0
    for (const index of this.indexes) {
      this.sqlite.exec(index.sql)
      yield ++built
    }
  }
}
