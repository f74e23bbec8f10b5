import { sql, type Kysely } from 'kysely'
import type BetterSqlite3 from 'better-sqlite3'
import type { Migration } from '../../migrations'
import { AppError } from '../backend/errors'

export interface MigrationReport {
  applied: string[]
  backupPath: string | null
}

// Kysely's own Migrator does not wrap SQLite migrations in a transaction, so a
// failed migration could leave half a schema; this runner wraps each one.
async function ensureBookkeeping(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('schema_migrations')
    .ifNotExists()
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('applied_at', 'text', (c) => c.notNull())
    .execute()
}

async function appliedMigrations(db: Kysely<unknown>): Promise<string[]> {
  const rows = await sql<{ name: string }>`select name from schema_migrations order by name`.execute(db)
  return rows.rows.map((r) => r.name)
}

export async function migrateToLatest(options: {
  db: Kysely<unknown>
  sqlite: BetterSqlite3.Database
  dbPath: string
  migrations: readonly Migration[]
  now: () => Date
}): Promise<MigrationReport> {
  const { db, sqlite, dbPath, migrations, now } = options
  await ensureBookkeeping(db)
  const applied = await appliedMigrations(db)
  const known = new Set(migrations.map((m) => m.name))
  const unknown = applied.filter((name) => !known.has(name))
  if (unknown.length > 0) {
    throw new AppError(
      'DATABASE_FROM_NEWER_VERSION',
      `This shop file (${dbPath}) was updated by a newer version of Aftersale (it has ${unknown.join(', ')}). ` +
        'Install the latest Aftersale to open it; this version will not touch it so nothing is damaged.',
      { unknownMigrations: unknown },
    )
  }
  const pending = migrations.filter((m) => !applied.includes(m.name))
  if (pending.length === 0) return { applied: [], backupPath: null }

  let backupPath: string | null = null
  if (applied.length > 0 && dbPath !== ':memory:') {
    const stamp = now().toISOString().replace(/[:.]/g, '-')
    backupPath = `${dbPath}.before-${pending[0]!.name}-${stamp}.bak`
    await sqlite.backup(backupPath)
  }

  for (const migration of pending) {
    await db.transaction().execute(async (trx) => {
      await migration.up(trx as unknown as Kysely<Record<string, never>>)
      await sql`insert into schema_migrations (name, applied_at) values (${migration.name}, ${now().toISOString()})`.execute(trx)
    })
  }
  return { applied: pending.map((m) => m.name), backupPath }
}
