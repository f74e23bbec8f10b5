import fs from 'node:fs'
import path from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { createORPCClient } from '@orpc/client'
import { RPCLink } from '@orpc/client/fetch'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { Backend } from '../../src-main/backend/create-backend'
import { resultOf } from '../../src-main/backend/progress'
import type { ApiClient } from '../../src-main/backend/router'
import { fileFromPath } from '../../src-main/imports/file-source'
import type { ImportOutcome } from '../../src-main/imports/import-summary'
import { startLoopbackServer } from '../../src-main/server/loopback-server'
import { writeShopifyOrdersExport } from '../bench/shopify-export-generator'
import { failureOf } from '../support/client-failure'
import { dbFileHash } from '../support/db-file-hash'
import { dumpShop, SHOP_DATA_ONLY } from '../support/import-records'
import { makeTempDir } from '../support/temp-dir'
import { openTempShop } from '../support/temp-shop'

const FIXTURES = path.resolve(__dirname, '../fixtures/imports')
const fixture = (name: string) => fileFromPath(path.join(FIXTURES, name))

let shop: Awaited<ReturnType<typeof openTempShop>>
let backend: Backend
let client: ApiClient

beforeEach(async () => {
  shop = await openTempShop()
  backend = shop.backend
  client = backend.client
})
afterEach(async () => {
  await shop.close()
})

async function commit(input: Parameters<ApiClient['imports']['commit']>[0]): Promise<ImportOutcome> {
  return resultOf(await client.imports.commit(input))
}

async function imported(input: Parameters<ApiClient['imports']['commit']>[0]) {
  const outcome = await commit(input)
  if (outcome.status !== 'imported') throw new Error(`expected an import, got ${JSON.stringify(outcome)}`)
  return outcome
}

describe('importing a real Shopify orders export', () => {
  it('previews, imports, and recognises the same file again', async () => {
    const preview = await resultOf(await client.imports.preview({ file: await fixture('shopify-orders/orders_export_1.csv') }))
    expect(preview.status).toBe('previewed')
    expect((await client.shop.stats({})).tables.orders).toBe(0)

    const outcome = await imported({ file: await fixture('shopify-orders/orders_export_1.csv') })
    expect(outcome.file).toMatchObject({ fileName: 'orders_export_1.csv', format: 'shopify-orders', source: 'shopify', label: 'Shopify orders export' })
    expect(outcome.file.contentHash).toMatch(/^[0-9a-f]{64}$/)
    if (preview.status === 'previewed') expect(outcome.summary.counts).toEqual(preview.summary.counts)
    expect(outcome.summary.counts.orders.created).toBe(5)

    const orders = await backend.context.db.selectFrom('orders').selectAll().orderBy('order_number').execute()
    expect(orders.map((o) => o.order_number)).toEqual(['#1001', '#1002', '#1003', '#1004', '#1005'])
    const refunded = orders.find((o) => o.order_number === '#1005')!
    expect(refunded).toMatchObject({ financial_status: 'refunded' })
    expect(refunded.refunded_minor).toBeGreaterThan(0)
    const alice = await backend.context.db.selectFrom('customers').selectAll().where('email', '=', 'alice.martin@example.com').executeTakeFirstOrThrow()
    expect(alice.marketing_consent).toBe('granted')
    expect(orders.find((o) => o.order_number === '#1001')!.customer_id).toBe(alice.id)

    const again = await commit({ file: await fixture('shopify-orders/orders_export_1.csv') })
    expect(again).toMatchObject({ status: 'already_imported', batchId: outcome.batchId })
  })

  it('streams progress over the loopback HTTP transport, the file travelling as a File', async () => {
    const renderer = makeTempDir()
    const server = await startLoopbackServer({ backend, rendererDir: renderer.dir })
    try {
      const remote: ApiClient = createORPCClient(new RPCLink({ url: `http://127.0.0.1:${server.port}/rpc`, headers: { authorization: `Bearer ${server.token}` } }))
      const phases: string[] = []
      const outcome = await resultOf(await remote.imports.commit({ file: await fixture('shopify-orders/orders_export_1.csv') }), (p) => phases.push(p.phase))
      expect(outcome.status).toBe('imported')
      expect(phases.length).toBeGreaterThan(0)
      expect((await remote.imports.list({})).rows).toHaveLength(1)
    } finally {
      await server.close()
      renderer.cleanup()
    }
  })
})

describe('a large export', () => {
  const temp = makeTempDir()
  const big = path.join(temp.dir, 'orders_export_big.csv')
  beforeAll(async () => {
    await writeShopifyOrdersExport(big, { lineRows: 20_000, seed: 3 })
  })
  afterAll(() => temp.cleanup())

  it('streams progress in bytes of the file, with rows per second, then the outcome', async () => {
    const events: Array<{ phase: string; done: number; total: number }> = []
    const outcome = await resultOf(await client.imports.commit({ file: await fileFromPath(big) }), (p) => events.push(p))
    expect(outcome.status).toBe('imported')
    const importing = events.filter((e) => e.phase.startsWith('Importing'))
    expect(importing.length).toBeGreaterThan(1)
    expect(importing.every((e) => e.total === fs.statSync(big).size)).toBe(true)
    expect(importing.map((e) => e.done)).toEqual([...importing.map((e) => e.done)].sort((a, b) => a - b))
    expect(importing.at(-1)!.phase).toMatch(/^Importing: [\d,]+ rows, [\d,]+ rows\/s$/)
  })

  it('rolls back everything when the caller cancels half-way', async () => {
    await imported({ file: await fixture('shopify-orders/orders_export_1.csv') })
    const before = dbFileHash(shop.dbPath)
    const controller = new AbortController()
    const events = await client.imports.commit({ file: await fileFromPath(big) }, { signal: controller.signal })
    const failure = await failureOf(
      (async () => {
        for await (const event of events) if (event.kind === 'progress' && event.phase.startsWith('Importing') && event.done > 0) controller.abort()
      })(),
    )
    expect(failure).toBeTruthy()
    expect(dbFileHash(shop.dbPath)).toBe(before)
    expect((await client.imports.list({})).rows).toHaveLength(1)
  })
})

describe('all or nothing, per file', () => {
  const malformed = fs.readdirSync(path.join(FIXTURES, 'malformed')).sort()

  it.each(malformed)('rejects malformed/%s and leaves the database file byte for byte as it was', async (name) => {
    await imported({ file: await fixture('shopify-orders/orders_export_1.csv') })
    const before = dbFileHash(shop.dbPath)
    const failure = await failureOf(commit({ file: await fixture(`malformed/${name}`) }))
    expect(failure.code).toBe('IMPORT_REJECTED')
    expect(failure.data.problems?.length).toBeGreaterThan(0)
    expect(dbFileHash(shop.dbPath)).toBe(before)
  })

  it('refuses to start while another program is writing the shop, and imports nothing', async () => {
    const other = new BetterSqlite3(shop.dbPath)
    other.exec('begin immediate')
    try {
      const failure = await failureOf(commit({ file: await fixture('shopify-orders/orders_export_1.csv') }))
      expect(failure.code).toBe('CONFLICT')
      expect(failure.message).toContain('Another program is writing to this shop')
    } finally {
      other.exec('rollback')
      other.close()
    }
    expect((await client.shop.stats({})).tables.orders).toBe(0)
    expect((await commit({ file: await fixture('shopify-orders/orders_export_1.csv') })).status).toBe('imported')
  })

  it('reports the problems, with lines, as the outcome of a preview', async () => {
    const preview = await resultOf(await client.imports.preview({ file: await fixture('malformed/unreadable-amount.csv') }))
    expect(preview.status).toBe('rejected')
    if (preview.status === 'rejected') {
      expect(preview.problems[0]!.line).toBeGreaterThan(1)
      expect(preview.message).toContain('unreadable-amount.csv')
    }
  })
})

describe('the other marketplaces, end to end', () => {
  it('reads Etsy orders with their items file as one import', async () => {
    const outcome = await imported({ file: await fixture('etsy/EtsySoldOrders2025.csv'), companion: await fixture('etsy/EtsySoldOrderItems2025.csv') })
    expect(outcome.file.source).toBe('etsy')
    expect(outcome.summary.counts.lines.created).toBeGreaterThan(outcome.summary.counts.orders.created - 1)
    const identities = await backend.context.db.selectFrom('customer_identities').select(['source']).execute()
    expect(identities.every((i) => i.source === 'etsy')).toBe(true)
  })

  it('applies Amazon returns to the orders, and keeps the order import until its returns are undone', async () => {
    const ordersBatch = await imported({ file: await fixture('amazon/all-orders-report.txt') })
    const afterOrders = await dumpShop(backend.context.db, SHOP_DATA_ONLY)
    const returnsBatch = await imported({ file: await fixture('amazon/fba-customer-returns.txt') })
    expect(returnsBatch.summary.counts.returns).toEqual({ created: 3, updated: 0, unchanged: 0, skipped: 0 })
    const returns = await backend.context.db.selectFrom('returns').innerJoin('orders', 'orders.id', 'returns.order_id').select(['rma_number', 'orders.source']).execute()
    expect(returns).toHaveLength(3)
    expect(returns.every((r) => r.source === 'amazon' && /^IMP-/.test(r.rma_number))).toBe(true)

    const refusal = await failureOf(client.imports.undo({ batchId: ordersBatch.batchId }))
    expect(refusal.code).toBe('CONFLICT')
    expect(refusal.message).toContain('fba-customer-returns.txt')
    await client.imports.undo({ batchId: returnsBatch.batchId })
    expect(await dumpShop(backend.context.db, SHOP_DATA_ONLY)).toEqual(afterOrders)
  })

  it('applies eBay refunds from the transaction report to orders from the orders report', async () => {
    await imported({ file: await fixture('ebay/eBay-OrdersReport-Oct-01-2026-100000.csv') })
    const refunds = await imported({ file: await fixture('ebay/Transaction_report_Nov-05-2022_Dec-05-2022.csv') })
    expect(refunds.summary.counts.refunds).toEqual({ created: 2, updated: 0, unchanged: 0, skipped: 0 })
    const refundedOrders = await backend.context.db.selectFrom('orders').select(['refunded_minor']).where('refunded_minor', '>', 0).execute()
    expect(refundedOrders).toHaveLength(2)
    const again = await commit({ file: await fixture('ebay/Transaction_report_Nov-05-2022_Dec-05-2022.csv') })
    expect(again.status).toBe('already_imported')
  })

  it('imports every recognised fixture into one shop, then undoes them all back to empty', async () => {
    const empty = await dumpShop(backend.context.db, SHOP_DATA_ONLY)
    const recognised = [
      'shopify-customers/customers_export.csv',
      'shopify-orders/orders_export_1.csv',
      'shopify-orders/orders_export_excel.csv',
      'woocommerce-orders/customer-order-export-default.csv',
      'woocommerce-analytics/wc-orders-report-export-2026-01.csv',
      'square/items-2026-05-01-2026-05-31.csv',
      'ebay/eBay-OrdersReport-AU.csv',
      'amazon/all-orders-report.txt',
      'amazon/fba-customer-returns.txt',
    ]
    const batches: string[] = []
    for (const name of recognised) batches.push((await imported({ file: await fixture(name), currency: 'USD' })).batchId)
    const history = await client.imports.list({})
    expect(history.rows.map((r) => r.id)).toEqual([...batches].reverse())
    const detail = await client.imports.get({ batchId: batches[4]! })
    expect(detail).toMatchObject({ fileName: 'wc-orders-report-export-2026-01.csv', source: 'woocommerce', status: 'committed' })
    expect(detail.warnings.length).toBe(detail.warningCount)
    expect(detail.warnings.length).toBeGreaterThan(0)
    for (const batchId of [...batches].reverse()) await client.imports.undo({ batchId })
    expect(await dumpShop(backend.context.db, SHOP_DATA_ONLY)).toEqual(empty)
    expect((await client.imports.list({})).rows.every((r) => r.status === 'undone')).toBe(true)
  })
})

describe('saved column mappings', () => {
  const mapping = {
    columns: {
      orderId: 'Bestellnummer',
      placedAt: 'Datum',
      email: 'E-Mail',
      firstName: 'Vorname',
      lastName: 'Nachname',
      currency: 'Währung',
      total: 'Gesamt',
      title: 'Artikel',
      sku: 'Artikelnummer',
      quantity: 'Menge',
      unitPrice: 'Einzelpreis',
      status: 'Status',
    },
    dateFormat: 'dmy' as const,
    decimalSeparator: ',' as const,
    source: 'other' as const,
  }

  it('offers a mapping saved for the same header, and imports the file with it', async () => {
    const file = await fixture('generic/bestellungen.csv')
    const sniffed = await client.imports.sniff({ file })
    expect(sniffed.sniff.format).toBeNull()
    expect(sniffed.presets).toEqual([])
    await client.imports.presets.save({ name: 'Shop DE', header: sniffed.sniff.header, mapping })
    const again = await client.imports.sniff({ file })
    expect(again.presets.map((p) => p.name)).toEqual(['Shop DE'])
    const outcome = await imported({ file, format: 'generic', mapping: again.presets[0]!.mapping })
    expect(outcome.summary.counts.orders.created).toBeGreaterThan(0)
    await client.imports.presets.delete({ name: 'Shop DE' })
    expect(await client.imports.presets.list({})).toEqual([])
    expect((await failureOf(client.imports.presets.delete({ name: 'Shop DE' }))).code).toBe('NOT_FOUND')
  })
})
