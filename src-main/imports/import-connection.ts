import BetterSqlite3 from 'better-sqlite3'
import { Kysely, SqliteDialect, type ControlledTransaction } from 'kysely'
import type { Context } from '../backend/context'
import { AppError } from '../backend/errors'
import type { Database, Db } from '../db/database'
import type { ImportDatabase, ImportDb } from './imports.table'

/**
 * An import's own connection to the shop file, so its hot path can run
 * better-sqlite3 statements prepared once (the app's kysely dialect
 * re-prepares every statement, which costs more than the insert itself).
 *
 * It may be opened on any thread; the app's connection is held meanwhile
 * (holdAppConnection).
 *
 * The import's transaction is BEGIN IMMEDIATE: it takes the write lock up
 * front, so another process writing the file makes it wait (or fail) before
 * any work, never half-way with a stale snapshot.
 */
export interface ImportConnection {
  sqlite: BetterSqlite3.Database
  /** Kysely over the same connection, for the import's ordinary queries; they run inside its transaction. */
  db: ImportDb
  /**
   * Gives back the larger page cache once the rows are written: the
   * customer figures that follow run several big sorts at once, each
   * allowed as much memory as the cache, which took a million-row import
   * over 300 MB.
   */
  shrinkCache(): void
  /**
   * When foreign keys are checked at commit: checks them one table at a
   * time, reporting after each (a big shop's biggest table takes a second or
   * two), and refuses at the first table with a row pointing at one that is
   * not there. Nothing to do otherwise.
   */
  checkReferences(): Generator<{ checked: number; of: number }>
  /** Commits the import's transaction (checking what checkReferences has not); closing without it rolls back. */
  commit(): void
  /**
   * Releases the connection; safe to call more than once. After a commit it
   * first folds the write-ahead log into the file: as big as the import
   * itself, that takes seconds for a big one, so it is done after the outcome
   * is reported, not while the user waits for it.
   */
  close(): Promise<void>
}

function isBusy(error: unknown): boolean {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' && error.code.startsWith('SQLITE_BUSY')
}

// The app's pragmas (db/open-database.ts), plus a larger page cache for the
// import's index writes (released when the connection closes). A big import
// sets most indexes aside (deferred-indexes.ts), so what stays hot is the
// unique ones it looks rows up by: 16 MB holds them for a million-row file
// and leaves room for the reader's thread under 300 MB of memory.
const IMPORT_CACHE_KIB = 16 * 1024

// SQLite's default. Each sort (a GROUP BY without an index, a window's ORDER BY)
// may hold as much memory as the page cache before spilling to a temporary file.
const FINISHING_CACHE_KIB = 2 * 1024

export interface ImportConnectionOptions {
  /**
   * Check foreign keys once, for the whole shop, just before committing,
   * instead of on every row written. Checking per row costs a big import
   * about a fifth of its time (a lookup of the customer and of the batch for
   * every order, of the order for every line); one check of the finished
   * tables costs one to two seconds per million rows. Worth it only for a big
   * file: the check reads every table, however little the file adds.
   */
  checkForeignKeysAtCommit: boolean
}

/** The shop file an import writes to, and the id it must still carry (the file may have been replaced since the app opened it). */
export type ShopFile = Pick<Context, 'dbPath' | 'databaseId'>

/**
 * Holds the app's connection in an idle transaction while an import runs on
 * its own: the app's other queries wait for the import instead of meeting a
 * locked database (better-sqlite3 would block the whole process on
 * busy_timeout). The idle transaction takes no lock, so the import's writes
 * and its final checkpoint go through. Returns the release.
 */
export async function holdAppConnection(db: Db): Promise<() => Promise<void>> {
  const held: ControlledTransaction<Database> = await db.startTransaction().execute()
  return async () => {
    await held.rollback().execute()
  }
}

export async function openImportConnection(shop: ShopFile, options: ImportConnectionOptions): Promise<ImportConnection> {
  if (shop.dbPath === ':memory:') throw new AppError('INTERNAL', 'Imports need a shop file; an in-memory shop cannot be imported into.')
  let sqlite: BetterSqlite3.Database | undefined
  let db: Kysely<ImportDatabase> | undefined
  try {
    sqlite = new BetterSqlite3(shop.dbPath, { fileMustExist: true })
    // Has to be set outside a transaction; SQLite ignores it within one.
    sqlite.pragma(`foreign_keys = ${options.checkForeignKeysAtCommit ? 'OFF' : 'ON'}`)
    sqlite.pragma('busy_timeout = 5000')
    sqlite.pragma('synchronous = NORMAL')
    sqlite.pragma(`cache_size = -${IMPORT_CACHE_KIB}`)
    // The log is folded into the file once, by close(), after the outcome is reported; left on, SQLite folds it in during the commit.
    sqlite.pragma('wal_autocheckpoint = 0')
    const id = sqlite.prepare(`select value from settings where key = 'database_id'`).pluck().get()
    if (id !== JSON.stringify(shop.databaseId)) throw new AppError('CONFLICT', `${shop.dbPath} is no longer the shop Aftersale opened; nothing was imported. Restart Aftersale.`)
    db = new Kysely<ImportDatabase>({ dialect: new SqliteDialect({ database: sqlite }) })
    try {
      sqlite.exec('begin immediate')
    } catch (error) {
      if (!isBusy(error)) throw error
      throw new AppError('CONFLICT', 'Another program is writing to this shop right now (another Aftersale or an import from the command line). Nothing was imported; try again when it has finished.')
    }
    const importDb = db
    const importSqlite = sqlite
    let closed = false
    let committed = false
    const referencingTables = options.checkForeignKeysAtCommit ? tablesWithForeignKeys(sqlite) : []
    let checkedTables = 0
    function* checkReferences(): Generator<{ checked: number; of: number }> {
      while (checkedTables < referencingTables.length) {
        refuseDanglingReferences(importSqlite, referencingTables[checkedTables]!)
        checkedTables++
        yield { checked: checkedTables, of: referencingTables.length }
      }
    }
    return {
      sqlite,
      db,
      shrinkCache: () => {
        importSqlite.pragma(`cache_size = -${FINISHING_CACHE_KIB}`)
      },
      checkReferences,
      commit: () => {
        for (const _ of checkReferences());
        importSqlite.exec('commit')
        committed = true
      },
      close: async () => {
        if (closed) return
        closed = true
        try {
          if (importSqlite.inTransaction) importSqlite.exec('rollback')
          // Gives the disk space of a big import's log back; the data is safe in the log either way.
          else if (committed) importSqlite.pragma('wal_checkpoint(TRUNCATE)')
        } finally {
          await importDb.destroy()
        }
      },
    }
  } catch (error) {
    if (db) await db.destroy()
    else sqlite?.close()
    throw error
  }
}

function tablesWithForeignKeys(sqlite: BetterSqlite3.Database): string[] {
  return sqlite
    .prepare(`select distinct m.name from sqlite_master m, pragma_foreign_key_list(m.name) f where m.type = 'table' order by m.name`)
    .pluck()
    .all() as string[]
}

/** The same guarantee per-row enforcement gives, for one table at once: none of its rows points at one that is not there. */
function refuseDanglingReferences(sqlite: BetterSqlite3.Database, table: string): void {
  const dangling = sqlite.prepare(`pragma foreign_key_check("${table.replaceAll('"', '""')}")`).all() as Array<{ table: string; parent: string }>
  if (dangling.length === 0) return
  const first = dangling[0]!
  throw new AppError(
    'INTERNAL',
    `The import would have left ${dangling.length} record(s) in ${first.table} pointing at missing ${first.parent} records, so nothing was imported. Please report this with the file's source.`,
  )
}
