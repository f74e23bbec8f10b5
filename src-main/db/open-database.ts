import fs from 'node:fs'
import path from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import { migrations as registry, type Migration } from '../../migrations'
import { AppError } from '../backend/errors'
import type { IdSource } from '../backend/ids'
import type { Db } from './database'
import { readMarker, writeMarker, markerPathFor } from './first-use-marker'
import { migrateToLatest, type MigrationReport } from './migrator'

export interface OpenDatabaseOptions {
  dbPath: string
  now: () => Date
  ids: IdSource
  /** Tests pass a longer list to play a newer build; the app uses the static registry. */
  migrations?: readonly Migration[]
}

export interface OpenedDatabase {
  db: Db
  sqlite: BetterSqlite3.Database
  databaseId: string
  migration: MigrationReport
  close(): Promise<void>
}

const DATABASE_ID_KEY = 'database_id'

function fileSize(file: string): number | null {
  try {
    return fs.statSync(file).size
  } catch {
    return null
  }
}

function refuseLostShop(dbPath: string, firstOpenedAt: string, state: 'missing' | 'empty'): never {
  throw new AppError(
    'DATABASE_MISSING',
    `The shop database ${dbPath} was in use since ${firstOpenedAt} but is now ${state === 'missing' ? 'missing' : 'empty (0 bytes)'}. ` +
      `Aftersale will not start a new empty shop over it. Restore the file from a backup (files named ${path.basename(dbPath)}.before-*.bak sit beside it), ` +
      `or, to really start over, delete ${markerPathFor(dbPath)}.`,
    { dbPath },
  )
}

function openSqlite(dbPath: string): BetterSqlite3.Database {
  try {
    const sqlite = new BetterSqlite3(dbPath)
    sqlite.pragma('journal_mode = WAL')
    sqlite.pragma('foreign_keys = ON')
    sqlite.pragma('busy_timeout = 5000')
    sqlite.pragma('synchronous = NORMAL')
    sqlite.prepare('select count(*) from sqlite_master').get()
    return sqlite
  } catch (error) {
    throw new AppError(
      'DATABASE_UNREADABLE',
      `${dbPath} could not be opened as a shop database (${error instanceof Error ? error.message : String(error)}). ` +
        'Choose another file with --db, or restore this one from a backup.',
      { dbPath },
    )
  }
}

function refuseForeignDatabase(sqlite: BetterSqlite3.Database, dbPath: string): void {
  const tables = sqlite.prepare(`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`).all() as { name: string }[]
  if (tables.length > 0 && !tables.some((t) => t.name === 'schema_migrations')) {
    throw new AppError(
      'DATABASE_UNREADABLE',
      `${dbPath} is a SQLite database, but not an Aftersale shop (it has tables ${tables
        .slice(0, 5)
        .map((t) => t.name)
        .join(', ')}). Aftersale leaves it untouched; choose another file with --db.`,
      { dbPath },
    )
  }
}

async function ensureDatabaseId(db: Db, ids: IdSource, now: Date): Promise<string> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', DATABASE_ID_KEY).executeTakeFirst()
  if (row) return JSON.parse(row.value) as string
  const id = ids.next()
  await db
    .insertInto('settings')
    .values({ key: DATABASE_ID_KEY, value: JSON.stringify(id), updated_at: now.toISOString() })
    .execute()
  return id
}

/**
 * Opens (creating if new) a shop database: pragmas for integrity and
 * concurrency, refusal of lost, foreign or newer files, migrations with a
 * backup, and the first-use marker.
 */
export async function openDatabase(options: OpenDatabaseOptions): Promise<OpenedDatabase> {
  const { dbPath, now, ids } = options
  fs.mkdirSync(path.dirname(dbPath), { recursive: true })
  const marker = readMarker(dbPath)
  const size = fileSize(dbPath)
  if (marker && (size === null || size === 0)) refuseLostShop(dbPath, marker.firstOpenedAt, size === null ? 'missing' : 'empty')

  const sqlite = openSqlite(dbPath)
  const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: sqlite }) })
  const close = async () => {
    await db.destroy()
  }
  try {
    refuseForeignDatabase(sqlite, dbPath)
    const migration = await migrateToLatest({ db, sqlite, dbPath, migrations: options.migrations ?? registry, now })
    const typed = db as unknown as Db
    const databaseId = await ensureDatabaseId(typed, ids, now())
    if (!marker || marker.databaseId !== databaseId) {
      writeMarker(dbPath, { databaseId, firstOpenedAt: marker?.databaseId === databaseId ? marker.firstOpenedAt : now().toISOString() })
    }
    return { db: typed, sqlite, databaseId, migration, close }
  } catch (error) {
    await close()
    throw error
  }
}
