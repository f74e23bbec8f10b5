import { spawnSync } from 'node:child_process'
import BetterSqlite3 from 'better-sqlite3'
import { removeShopFiles } from './shop-files'

/**
 * What writing an imported shop's rows costs SQLite itself, whatever code
 * produces them: lower bounds for any import into our schema, measured by
 * copying the rows of a shop the import has just written into a new file.
 *
 * Both bounds write as a big import does (imports/deferred-indexes.ts and
 * import-connection.ts): the tables with their primary keys and unique
 * constraints, then every other index built once at the end, foreign keys
 * not checked per row, one transaction, the write-ahead log folded into the
 * file at the end. Every table is copied, the customer figures' included.
 * They leave out parsing, normalising, lookups, working the figures out and
 * the reference check, so the import can only be slower than either.
 */

/** Seconds spent writing the rows and indexes and committing, then folding the write-ahead log into the file. */
export interface WriteBound {
  rows: number
  fold: number
}

interface SchemaParts {
  /** Every table, copied whole (foreign keys are off, so in any order). */
  tables: string[]
  /** Tables and unique indexes: what stays in place while a big import writes. */
  beforeRows: string[]
  /** Every other index, built after the rows. */
  afterRows: string[]
}

function schemaOf(shopDb: string): SchemaParts {
  const sqlite = new BetterSqlite3(shopDb, { readonly: true })
  try {
    const entries = sqlite
      .prepare(`select type, name, sql from sqlite_master where sql is not null and name not like 'sqlite_%' order by type = 'index', rowid`)
      .all() as Array<{ type: string; name: string; sql: string }>
    const isDeferred = (entry: { type: string; sql: string }) => entry.type === 'index' && !/^create unique/i.test(entry.sql)
    return {
      tables: entries.filter((entry) => entry.type === 'table').map((entry) => entry.name),
      beforeRows: entries.filter((entry) => !isDeferred(entry)).map((entry) => entry.sql),
      afterRows: entries.filter(isDeferred).map((entry) => entry.sql),
    }
  } finally {
    sqlite.close()
  }
}

/** SQLite's shell copying the rows in C, table to table: no JavaScript at all. */
export function boundInC(shopDb: string, boundDb: string): WriteBound {
  removeShopFiles(boundDb)
  const { tables, beforeRows, afterRows } = schemaOf(shopDb)
  const copy = [
    ...beforeRows,
    'pragma journal_mode = wal',
    'pragma synchronous = normal',
    `attach '${shopDb.replaceAll("'", "''")}' as imported`,
    'begin',
    ...tables.map((table) => `insert into main."${table}" select * from imported."${table}" order by rowid`),
    ...afterRows,
    'commit',
  ]
  try {
    // The shell would fold the log in as it closes the file; the second run does it, timed on its own.
    return { rows: runSqlite(boundDb, ['.dbconfig no_ckpt_on_close on', ...copy]), fold: runSqlite(boundDb, ['pragma wal_checkpoint(truncate)']) }
  } finally {
    removeShopFiles(boundDb)
  }
}

function runSqlite(file: string, statements: readonly string[]): number {
  const script = statements.map((statement) => (statement.startsWith('.') ? `${statement}\n` : `${statement};\n`)).join('')
  const started = performance.now()
  const run = spawnSync('sqlite3', [file], { input: script, encoding: 'utf8' })
  const seconds = (performance.now() - started) / 1000
  if (run.status !== 0 || /error/i.test(run.stderr)) throw new Error(`sqlite3 failed on ${file}: ${run.stderr}`)
  return seconds
}

/** Rows read from the shop a page at a time, outside the timed part. */
const PAGE_ROWS = 20_000

/**
 * better-sqlite3 writing the rows through statements prepared once, from
 * values already in JavaScript: what binding them costs on top of SQLite's
 * own work. Only the writing is timed, not the reading of the rows to write.
 */
export function boundInJs(shopDb: string, boundDb: string): WriteBound {
  removeShopFiles(boundDb)
  const { tables, beforeRows, afterRows } = schemaOf(shopDb)
  const source = new BetterSqlite3(shopDb, { readonly: true })
  const target = new BetterSqlite3(boundDb)
  const secondsOf = (work: () => void) => {
    const started = performance.now()
    work()
    return (performance.now() - started) / 1000
  }
  const bound: WriteBound = { rows: 0, fold: 0 }
  try {
    for (const sql of beforeRows) target.exec(sql)
    target.pragma('journal_mode = wal')
    target.pragma('synchronous = normal')
    target.pragma('foreign_keys = off')
    target.pragma('cache_size = -16384')
    target.pragma('wal_autocheckpoint = 0')
    target.exec('begin')
    for (const table of tables) {
      const page = source.prepare(`select rowid, * from "${table}" where rowid > ? order by rowid limit ${PAGE_ROWS}`).raw(true)
      let insert: BetterSqlite3.Statement | undefined
      for (let after = 0, rows = page.all(after) as unknown[][]; rows.length > 0; rows = page.all(after) as unknown[][]) {
        after = rows[rows.length - 1]![0] as number
        const values = rows.map((row) => row.slice(1))
        insert ??= target.prepare(`insert into "${table}" values (${values[0]!.map(() => '?').join(', ')})`)
        const statement = insert
        bound.rows += secondsOf(() => {
          for (const row of values) statement.run(row)
        })
      }
    }
    bound.rows += secondsOf(() => {
      for (const sql of afterRows) target.exec(sql)
      target.exec('commit')
    })
    bound.fold = secondsOf(() => target.pragma('wal_checkpoint(truncate)'))
  } finally {
    source.close()
    target.close()
    removeShopFiles(boundDb)
  }
  return bound
}
