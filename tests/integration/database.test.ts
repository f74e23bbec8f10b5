import fs from 'node:fs'
import path from 'node:path'
import { sql, type Kysely } from 'kysely'
import { afterEach, describe, expect, it } from 'vitest'
import { migrations } from '../../migrations'
import { uuidV7Ids } from '../../src-main/backend/ids'
import { TABLES } from '../../src-main/db/database'
import { markerPathFor } from '../../src-main/db/first-use-marker'
import { openDatabase, type OpenDatabaseOptions } from '../../src-main/db/open-database'
import { makeTempDir } from '../support/temp-dir'

const now = () => new Date('2026-06-15T12:00:00.000Z')
let temp: ReturnType<typeof makeTempDir>
afterEach(() => temp?.cleanup())

function shopPath(): string {
  temp = makeTempDir()
  return path.join(temp.dir, 'shop.db')
}

async function openAndClose(options: Partial<OpenDatabaseOptions> & { dbPath: string }) {
  const opened = await openDatabase({ now, ids: uuidV7Ids, ...options })
  await opened.close()
  return opened
}

async function rejection(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise
  } catch (error) {
    return error as { code: string; message: string }
  }
  throw new Error('expected the promise to reject')
}

const futureMigration = {
  name: '9999_from_the_future',
  up: async (db: Kysely<Record<string, never>>) => {
    await db.schema.createTable('future_things').addColumn('id', 'text', (c) => c.primaryKey()).execute()
  },
}

describe('opening a shop database', () => {
  it('applies every migration to a new file and creates every table of the domain', async () => {
    const dbPath = shopPath()
    const opened = await openDatabase({ dbPath, now, ids: uuidV7Ids })
    expect(opened.migration.applied).toEqual(migrations.map((m) => m.name))
    expect(opened.migration.backupPath).toBeNull()
    const tables = opened.sqlite.prepare(`select name from sqlite_master where type = 'table'`).all() as { name: string }[]
    expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining([...TABLES, 'schema_migrations']))
    expect(opened.sqlite.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(opened.sqlite.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(Number(opened.sqlite.pragma('busy_timeout', { simple: true }))).toBeGreaterThan(0)
    await opened.close()
    expect(fs.existsSync(markerPathFor(dbPath))).toBe(true)
  })

  it('opens an up-to-date file again without migrating or backing up', async () => {
    const dbPath = shopPath()
    const first = await openAndClose({ dbPath })
    const second = await openAndClose({ dbPath })
    expect(second.migration).toEqual({ applied: [], backupPath: null })
    expect(second.databaseId).toBe(first.databaseId)
  })

  it('refuses a file that has a migration this build does not know, and leaves it byte-for-byte unchanged', async () => {
    const dbPath = shopPath()
    await openAndClose({ dbPath, migrations: [...migrations, futureMigration] })
    const before = fs.readFileSync(dbPath)
    const error = await rejection(openDatabase({ dbPath, now, ids: uuidV7Ids }))
    expect(error.code).toBe('DATABASE_FROM_NEWER_VERSION')
    expect(error.message).toContain('newer version of Aftersale')
    expect(error.message).toContain('9999_from_the_future')
    expect(fs.readFileSync(dbPath).equals(before)).toBe(true)
  })

  it('backs up an existing file before applying a new migration', async () => {
    const dbPath = shopPath()
    await openAndClose({ dbPath })
    const upgraded = await openAndClose({ dbPath, migrations: [...migrations, futureMigration] })
    expect(upgraded.migration.applied).toEqual(['9999_from_the_future'])
    expect(upgraded.migration.backupPath).not.toBeNull()
    const backup = await openDatabase({ dbPath: upgraded.migration.backupPath!, now, ids: uuidV7Ids })
    const names = backup.sqlite.prepare('select name from schema_migrations').all() as { name: string }[]
    expect(names.map((n) => n.name)).toEqual(migrations.map((m) => m.name))
    await backup.close()
  })

  it('rolls back a migration that fails half-way, keeping neither its tables nor its record', async () => {
    const dbPath = shopPath()
    await openAndClose({ dbPath })
    const broken = {
      name: '9998_breaks_half_way',
      up: async (db: Kysely<Record<string, never>>) => {
        await db.schema.createTable('half_done').addColumn('id', 'text').execute()
        await sql`select * from no_such_table`.execute(db)
      },
    }
    await expect(openDatabase({ dbPath, now, ids: uuidV7Ids, migrations: [...migrations, broken] })).rejects.toThrow(/no_such_table/)
    const opened = await openDatabase({ dbPath, now, ids: uuidV7Ids })
    const tables = opened.sqlite.prepare(`select name from sqlite_master where name = 'half_done'`).all()
    const applied = opened.sqlite.prepare('select name from schema_migrations').all() as { name: string }[]
    await opened.close()
    expect(tables).toEqual([])
    expect(applied.map((a) => a.name)).toEqual(migrations.map((m) => m.name))
  })

  it('does not mistake a zero-length file from a used install for a first run', async () => {
    const dbPath = shopPath()
    await openAndClose({ dbPath })
    for (const suffix of ['', '-wal', '-shm']) if (fs.existsSync(dbPath + suffix)) fs.truncateSync(dbPath + suffix, 0)
    const error = await rejection(openDatabase({ dbPath, now, ids: uuidV7Ids }))
    expect(error.code).toBe('DATABASE_MISSING')
    expect(error.message).toContain('empty (0 bytes)')
    expect(error.message).toContain(markerPathFor(dbPath))
    expect(fs.statSync(dbPath).size).toBe(0)
  })

  it('refuses to start fresh where a used shop file has disappeared', async () => {
    const dbPath = shopPath()
    await openAndClose({ dbPath })
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(dbPath + suffix, { force: true })
    const error = await rejection(openDatabase({ dbPath, now, ids: uuidV7Ids }))
    expect(error.code).toBe('DATABASE_MISSING')
    expect(fs.existsSync(dbPath)).toBe(false)
  })

  it('treats a zero-length file on a machine that never used it as a new shop', async () => {
    const dbPath = shopPath()
    fs.writeFileSync(dbPath, '')
    const opened = await openAndClose({ dbPath })
    expect(opened.migration.applied).toEqual(migrations.map((m) => m.name))
  })

  it('refuses a file that is not a database, unchanged', async () => {
    const dbPath = shopPath()
    fs.writeFileSync(dbPath, 'Order,Total\n#1001,10.00\n'.repeat(200))
    const before = fs.readFileSync(dbPath)
    const error = await rejection(openDatabase({ dbPath, now, ids: uuidV7Ids }))
    expect(error.code).toBe('DATABASE_UNREADABLE')
    expect(error.message).toContain(dbPath)
    expect(fs.readFileSync(dbPath).equals(before)).toBe(true)
  })

  it('refuses a SQLite database that belongs to another program', async () => {
    const dbPath = shopPath()
    const { default: BetterSqlite3 } = await import('better-sqlite3')
    const other = new BetterSqlite3(dbPath)
    other.exec('create table invoices (id integer primary key)')
    other.close()
    const error = await rejection(openDatabase({ dbPath, now, ids: uuidV7Ids }))
    expect(error.code).toBe('DATABASE_UNREADABLE')
    expect(error.message).toContain('not an Aftersale shop')
  })
})
