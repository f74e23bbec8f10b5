import fs from 'node:fs'
import path from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { writeShopifyOrdersExport, type ShopifyExportStats } from '../bench/shopify-export-generator'
import { builtAftersale, isBuilt } from '../support/run-cli'
import { makeTempDir } from '../support/temp-dir'

/**
 * The worker threads as the app loads them: each from its own bundle beside
 * the main one (backend/start-thread.ts), not compiled from source as under
 * tsx. The Electron binary cannot run here, so the built command line, which
 * sits beside the app's main bundle and shares its chunks, stands in for it.
 * A thread whose bundle were missing would fail to start.
 */
const temp = makeTempDir()
const big = path.join(temp.dir, 'orders_export_big.csv')
const dbPath = path.join(temp.dir, 'shop.db')
let generated: ShopifyExportStats

/** The dashboard's count of orders over all time, straight from the file: those neither cancelled nor voided. */
function countedOrders(): number {
  const db = new BetterSqlite3(dbPath, { readonly: true })
  try {
    return db.prepare(`select count(*) from orders where cancelled_at is null and financial_status <> 'voided'`).pluck().get() as number
  } finally {
    db.close()
  }
}

beforeAll(async () => {
  if (!isBuilt()) throw new Error('The main bundle is not built: run `npx electron-vite build` first (npm test does).')
  generated = await writeShopifyOrdersExport(big, { lineRows: 60_000, seed: 5 })
})
afterAll(() => temp.cleanup())

describe('the built app’s threads', () => {
  it('import a big export (reader and writer threads) and read its dashboard figures (facts thread)', async () => {
    const imported = await builtAftersale('import', big, '--db', dbPath, '--json')
    expect(imported.stderr).not.toMatch(/Cannot find module|stopped unexpectedly/)
    expect(imported.code).toBe(0)
    const [report] = (JSON.parse(imported.stdout) as { files: Array<{ status: string; summary: { counts: { orders: { created: number } } } }> }).files
    expect(report!.status).toBe('imported')
    expect(report!.summary.counts.orders.created).toBe(generated.orders)
    expect(fs.statSync(dbPath).size).toBeGreaterThan(8 * 1024 * 1024)

    const metrics = await builtAftersale('metrics', '--db', dbPath, '--from', '2010-01-01', '--to', '2029-12-31', '--json')
    expect(metrics.stderr).not.toMatch(/Cannot find module|stopped unexpectedly/)
    expect(metrics.code).toBe(0)
    const { kpis } = JSON.parse(metrics.stdout) as { kpis: { orders: { current: number } } }
    expect(kpis.orders.current).toBe(countedOrders())
  })
})
