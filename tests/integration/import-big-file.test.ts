import fs from 'node:fs'
import path from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { sql } from 'kysely'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { Backend } from '../../src-main/backend/create-backend'
import { resultOf } from '../../src-main/backend/progress'
import { fileFromPath } from '../../src-main/imports/file-source'
import { writeShopifyOrdersExport, type ShopifyExportStats } from '../bench/shopify-export-generator'
import { failureOf } from '../support/client-failure'
import { dbFileHash } from '../support/db-file-hash'
import { dumpShop, SHOP_DATA_ONLY } from '../support/import-records'
import { makeTempDir } from '../support/temp-dir'
import { openTempShop } from '../support/temp-shop'

/**
 * A file big enough for the import's large-file path: read on a thread of
 * its own, with the secondary indexes of the tables it fills built once at
 * the end (see imports/read-in-thread.ts and imports/deferred-indexes.ts).
 */
const temp = makeTempDir()
const big = path.join(temp.dir, 'orders_export_big.csv')
let generated: ShopifyExportStats

beforeAll(async () => {
  generated = await writeShopifyOrdersExport(big, { lineRows: 60_000, seed: 11 })
}, 60_000)
afterAll(() => temp.cleanup())

let shop: Awaited<ReturnType<typeof openTempShop>>
let backend: Backend

beforeEach(async () => {
  shop = await openTempShop()
  backend = shop.backend
})
afterEach(async () => {
  await shop.close()
})

/** A copy of the big export, for a test that changes it. */
function copyOfBig(name: string): string {
  const copy = path.join(temp.dir, name)
  fs.copyFileSync(big, copy)
  return copy
}

async function schemaOf(): Promise<unknown[]> {
  return (await sql`select type, name, tbl_name, sql from sqlite_master order by name`.execute(backend.context.db)).rows
}

describe('importing a big export', () => {
  it('writes every order, line and customer, and leaves every index as the migrations made it', async () => {
    expect(generated.bytes).toBeGreaterThan(20 * 1024 * 1024)
    const schemaBefore = await schemaOf()
    const phases: string[] = []
    const outcome = await resultOf(await backend.client.imports.commit({ file: await fileFromPath(big) }), (p) => phases.push(p.phase))
    if (outcome.status !== 'imported') throw new Error(`expected an import, got ${outcome.status}`)
    expect(outcome.summary.rowsRead).toBe(generated.lineRows)
    expect(outcome.summary.counts.orders.created).toBe(generated.orders)
    expect(outcome.summary.counts.lines.created).toBe(generated.lineRows)
    expect(outcome.summary.counts.customers.created).toBe(generated.customers)
    expect(phases.some((phase) => phase.startsWith('Indexing'))).toBe(true)
    expect(await schemaOf()).toEqual(schemaBefore)
    const stats = await backend.client.shop.stats({})
    expect(stats.tables.orders).toBe(generated.orders)
    expect(stats.tables.order_lines).toBe(generated.lineRows)
  }, 120_000)

  it('is undone back to exactly the shop before it', async () => {
    const before = await dumpShop(backend.context.db, SHOP_DATA_ONLY)
    const outcome = await resultOf(await backend.client.imports.commit({ file: await fileFromPath(big) }))
    if (outcome.status !== 'imported') throw new Error(`expected an import, got ${outcome.status}`)
    await backend.client.imports.undo({ batchId: outcome.batchId })
    expect(await dumpShop(backend.context.db, SHOP_DATA_ONLY)).toEqual(before)
  }, 120_000)

  it('previews without changing a byte of the file', async () => {
    const before = dbFileHash(shop.dbPath)
    const preview = await resultOf(await backend.client.imports.preview({ file: await fileFromPath(big) }))
    expect(preview.status).toBe('previewed')
    expect(dbFileHash(shop.dbPath)).toBe(before)
  }, 120_000)

  it('imports a big file held in memory, as one uploaded over HTTP or IPC is', async () => {
    const uploaded = new File([fs.readFileSync(big)], 'orders_export_big.csv')
    const outcome = await resultOf(await backend.client.imports.commit({ file: uploaded }))
    if (outcome.status !== 'imported') throw new Error(`expected an import, got ${outcome.status}`)
    expect(outcome.summary.counts.orders.created).toBe(generated.orders)
    expect(outcome.summary.counts.lines.created).toBe(generated.lineRows)
  }, 120_000)

  it('recognises the same big file again, and changes nothing', async () => {
    const first = await resultOf(await backend.client.imports.commit({ file: await fileFromPath(big) }))
    expect(first.status).toBe('imported')
    const before = dbFileHash(shop.dbPath)
    const again = await resultOf(await backend.client.imports.commit({ file: await fileFromPath(big) }))
    expect(again.status).toBe('already_imported')
    expect(dbFileHash(shop.dbPath)).toBe(before)
  }, 120_000)

  it('refuses a big file broken in its last row, naming the line, and changes nothing', async () => {
    const broken = copyOfBig('orders_export_broken.csv')
    fs.appendFileSync(broken, '#999999,"a quote never closed\n')
    const before = dbFileHash(shop.dbPath)
    const failure = await failureOf(resultOf(await backend.client.imports.commit({ file: await fileFromPath(broken) })))
    expect(failure.code).toBe('IMPORT_REJECTED')
    expect(failure.message).toContain('orders_export_broken.csv')
    expect(failure.data.problems?.[0]?.line).toBeGreaterThan(generated.lineRows)
    expect(dbFileHash(shop.dbPath)).toBe(before)
    expect((await backend.client.imports.list({})).rows).toHaveLength(0)
  }, 120_000)

  it('refuses to start while another program is writing the shop, then imports once it has finished', async () => {
    const other = new BetterSqlite3(shop.dbPath)
    other.exec('begin immediate')
    try {
      const failure = await failureOf(resultOf(await backend.client.imports.commit({ file: await fileFromPath(big) })))
      expect(failure.code).toBe('CONFLICT')
      expect(failure.message).toContain('Another program is writing to this shop')
    } finally {
      other.exec('rollback')
      other.close()
    }
    expect((await backend.client.shop.stats({})).tables.orders).toBe(0)
    expect((await backend.client.imports.list({})).rows).toHaveLength(0)
    const outcome = await resultOf(await backend.client.imports.commit({ file: await fileFromPath(big) }))
    expect(outcome.status).toBe('imported')
    expect((await backend.client.shop.stats({})).tables.orders).toBe(generated.orders)
  }, 120_000)

  it('fails, changing nothing, when the file changes while it is read', async () => {
    const moving = copyOfBig('orders_export_moving.csv')
    const before = dbFileHash(shop.dbPath)
    const events = await backend.client.imports.commit({ file: await fileFromPath(moving) })
    let changed = false
    const failure = await failureOf(
      (async () => {
        for await (const event of events) {
          if (!changed && event.kind === 'progress' && event.phase.startsWith('Importing') && event.done > 0) {
            changed = true
            fs.appendFileSync(moving, '#999999,late row\n')
          }
        }
      })(),
    )
    expect(changed).toBe(true)
    expect(failure.message).toContain('orders_export_moving.csv')
    expect(dbFileHash(shop.dbPath)).toBe(before)
    expect((await backend.client.imports.list({})).rows).toHaveLength(0)
  }, 120_000)

  it('rolls back everything, indexes included, when cancelled half-way', async () => {
    const before = dbFileHash(shop.dbPath)
    const controller = new AbortController()
    const events = await backend.client.imports.commit({ file: await fileFromPath(big) }, { signal: controller.signal })
    await expect(
      (async () => {
        for await (const event of events) if (event.kind === 'progress' && event.phase.startsWith('Importing') && event.done > 0) controller.abort()
      })(),
    ).rejects.toBeTruthy()
    expect(dbFileHash(shop.dbPath)).toBe(before)
    expect((await backend.client.imports.list({})).rows).toHaveLength(0)
  }, 120_000)
})
