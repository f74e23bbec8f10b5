import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeTempDir } from '../support/temp-dir'
import { writeShopifyOrdersExport } from '../bench/shopify-export-generator'

const BIN = path.resolve(__dirname, '../../src-main/cli/bin.cjs')
const FIXTURES = path.resolve(__dirname, '../fixtures/imports')
const temp = makeTempDir()
const dbPath = path.join(temp.dir, 'shop.db')
const bigFile = path.join(temp.dir, 'orders_export_big.csv')
afterAll(() => temp.cleanup())

function aftersale(...args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, AFTERSALE_DB: '' } })
}

/** Every table of the file, read through a connection of its own (as the app would after a restart). */
function dumpFile(file: string): { integrity: unknown; schema: unknown[]; tables: Record<string, string[]> } {
  const db = new BetterSqlite3(file)
  try {
    const integrity = db.pragma('integrity_check', { simple: true })
    const schema = db.prepare(`select type, name, sql from sqlite_master order by name`).all()
    const names = db.prepare(`select name from sqlite_master where type = 'table' order by name`).pluck().all() as string[]
    const tables = Object.fromEntries(names.map((name) => [name, (db.prepare(`select * from "${name}"`).all() as unknown[]).map((r) => JSON.stringify(r)).sort()]))
    return { integrity, schema, tables }
  } finally {
    db.close()
  }
}

function walBytes(): number {
  return fs.statSync(`${dbPath}-wal`, { throwIfNoEntry: false })?.size ?? 0
}

/**
 * Starts an import and kills it (SIGKILL, no chance to clean up) once it
 * reports importing rows and its uncommitted pages have started to reach the
 * write-ahead log, so recovery has real half-written work to ignore.
 */
function importAndKill(file: string): Promise<{ killed: boolean; walAtKill: number; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'import', file, '--db', dbPath], { env: { ...process.env, AFTERSALE_DB: '' } })
    let stderr = ''
    let killed = false
    let walAtKill = 0
    child.stderr.setEncoding('utf8')
    child.stderr.on('data', (text: string) => {
      stderr += text
      if (!killed && /Importing: [\d,]+ rows/.test(stderr) && walBytes() > 4 * 1024 * 1024) {
        killed = true
        walAtKill = walBytes()
        child.kill('SIGKILL')
      }
    })
    child.on('error', reject)
    child.on('close', () => resolve({ killed, walAtKill, stderr }))
  })
}

describe('a crash in the middle of an import', () => {
  beforeAll(async () => {
    await writeShopifyOrdersExport(bigFile, { lineRows: 200_000, seed: 7 })
    const seeded = aftersale('import', path.join(FIXTURES, 'shopify-orders/orders_export_1.csv'), '--db', dbPath)
    expect(seeded.status, seeded.stderr).toBe(0)
  }, 120_000)

  it('leaves the database intact and exactly as it was before the import', async () => {
    const before = dumpFile(dbPath)
    expect(before.integrity).toBe('ok')

    const run = await importAndKill(bigFile)
    expect(run.killed, run.stderr).toBe(true)
    expect(run.walAtKill).toBeGreaterThan(0)

    const after = dumpFile(dbPath)
    expect(after.integrity).toBe('ok')
    expect(after.schema).toEqual(before.schema)
    expect(after.tables).toEqual(before.tables)
  }, 120_000)

  it('keeps working afterwards: the killed import left no trace in the history', () => {
    const run = aftersale('import', path.join(FIXTURES, 'shopify-customers/customers_export.csv'), '--db', dbPath, '--json')
    expect(run.status, run.stderr).toBe(0)
    const history = JSON.parse(aftersale('imports', '--db', dbPath, '--json').stdout) as { rows: Array<{ fileName: string }> }
    expect(history.rows.map((r) => r.fileName)).toEqual(['customers_export.csv', 'orders_export_1.csv'])
  })
})
