import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { aftersale } from '../support/run-cli'
import { makeTempDir } from '../support/temp-dir'

const FIXTURES = path.resolve(__dirname, '../fixtures/imports')
const temp = makeTempDir()
const dbPath = path.join(temp.dir, 'shop.db')
afterAll(() => temp.cleanup())


function json<T>(stdout: string): T {
  return JSON.parse(stdout) as T
}

interface FileReport {
  status: string
  path: string
  batchId?: string
  file?: { source: string | null }
  summary?: { rowsRead: number; counts: Record<string, { created: number; updated: number; unchanged: number; skipped: number }> }
  error?: { code: string; problems: Array<{ line: number | null; message: string }> }
}

const shopifyOrders = path.join(FIXTURES, 'shopify-orders/orders_export_1.csv')
const stats = async () => json<{ tables: Record<string, number> }>((await aftersale('stats', '--db', dbPath, '--json')).stdout).tables

describe('aftersale import', () => {
  it('previews with --dry-run and changes nothing', async () => {
    const run = await aftersale('import', shopifyOrders, '--dry-run', '--db', dbPath, '--json')
    expect(run.code, run.stderr).toBe(0)
    const report = json<{ dryRun: boolean; files: FileReport[] }>(run.stdout)
    expect(report.dryRun).toBe(true)
    expect(report.files[0]).toMatchObject({ status: 'previewed', path: shopifyOrders })
    expect(report.files[0]!.summary!.counts.orders!.created).toBe(5)
    expect((await stats()).orders).toBe(0)
  })

  it('imports a file and prints one JSON document with the batch, source and counts', async () => {
    const run = await aftersale('import', shopifyOrders, '--db', dbPath, '--json')
    expect(run.code, run.stderr).toBe(0)
    const [file] = json<{ files: FileReport[] }>(run.stdout).files
    expect(file).toMatchObject({ status: 'imported', file: { source: 'shopify' } })
    expect(file!.batchId).toMatch(/^[0-9a-f-]{36}$/)
    expect(file!.summary!.rowsRead).toBeGreaterThan(0)
    expect(file!.summary!.counts.customers!.created).toBeGreaterThan(0)
    expect((await stats()).orders).toBe(5)
  })

  it('says a file was already imported, and exits 0', async () => {
    const run = await aftersale('import', shopifyOrders, '--db', dbPath)
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/orders_export_1\.csv was already imported on .*\. Nothing was changed\./)
  })

  it('imports the good files of a command and rejects the bad one with its line numbers, exiting 1', async () => {
    const before = await stats()
    const run = await aftersale(
      'import',
      path.join(FIXTURES, 'malformed/unreadable-amount.csv'),
      path.join(FIXTURES, 'shopify-customers/customers_export.csv'),
      path.join(temp.dir, 'missing.csv'),
      '--db',
      dbPath,
      '--json',
    )
    expect(run.code).toBe(1)
    const files = json<{ files: FileReport[] }>(run.stdout).files
    expect(files.map((f) => f.status)).toEqual(['failed', 'imported', 'failed'])
    expect(files[0]!.error!.code).toBe('IMPORT_REJECTED')
    expect(files[0]!.error!.problems[0]!.line).toBeGreaterThan(1)
    expect(files[2]!.error!.code).toBe('NOT_FOUND')
    expect((await stats()).customers).toBeGreaterThan(before.customers!)
  })

  it('prints rejections for people, with the line to fix', async () => {
    const run = await aftersale('import', path.join(FIXTURES, 'malformed/unreadable-date.csv'), '--db', dbPath)
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/not imported, nothing was changed:\n\s+line \d+/)
  })

  it('reports progress on stderr and keeps stdout for the document', async () => {
    const run = await aftersale('import', path.join(FIXTURES, 'square/items-2026-05-01-2026-05-31.csv'), '--currency', 'USD', '--db', dbPath, '--json')
    expect(run.code, run.stderr).toBe(0)
    expect(() => JSON.parse(run.stdout)).not.toThrow()
    expect(run.stderr).toContain('items-2026-05-01-2026-05-31.csv')
  })

  it('reads Etsy orders and items named together as one import', async () => {
    const run = await aftersale('import', path.join(FIXTURES, 'etsy/EtsySoldOrderItems2025.csv'), path.join(FIXTURES, 'etsy/EtsySoldOrders2025.csv'), '--db', dbPath, '--json')
    expect(run.code, run.stdout).toBe(0)
    const files = json<{ files: FileReport[] }>(run.stdout).files
    expect(files).toHaveLength(1)
    expect(files[0]!.path).toContain('EtsySoldOrders2025.csv + ')
    expect(files[0]!.summary!.counts.lines!.created).toBeGreaterThan(0)
  })

  it('refuses an unknown --source, naming the formats', async () => {
    const run = await aftersale('import', shopifyOrders, '--source', 'shopfy', '--db', dbPath, '--json')
    expect(run.code).toBe(1)
    expect(json<{ error: { code: string; message: string } }>(run.stdout).error).toMatchObject({ code: 'INVALID_INPUT' })
    expect(run.stderr).toContain('shopify-orders')
  })

  it('needs at least one file', async () => {
    const run = await aftersale('import', '--db', dbPath)
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('Name at least one export file')
  })
})

describe('aftersale imports and undo-import', () => {
  it('lists the batches and undoes one, refusing while a later import builds on it', async () => {
    const list = json<{ rows: Array<{ id: string; fileName: string; status: string }> }>((await aftersale('imports', '--db', dbPath, '--json')).stdout)
    const orders = list.rows.find((r) => r.fileName === 'orders_export_1.csv')!
    const customers = list.rows.find((r) => r.fileName === 'customers_export.csv')!
    expect(list.rows[0]!.fileName).toBe('EtsySoldOrders2025.csv')

    // The customers export came later and added Alice's Shopify id to the customer the orders export created.
    const refused = await aftersale('undo-import', orders.id, '--db', dbPath, '--json')
    expect(refused.code).toBe(1)
    expect(json<{ error: { code: string; message: string } }>(refused.stdout).error).toMatchObject({ code: 'CONFLICT' })
    expect(refused.stderr).toContain('customers_export.csv')

    expect((await aftersale('undo-import', customers.id, '--db', dbPath, '--json')).code).toBe(0)
    const before = await stats()
    const undone = await aftersale('undo-import', orders.id, '--db', dbPath, '--json')
    expect(undone.code, undone.stdout).toBe(0)
    expect(json<{ batchId: string; removed: Record<string, number> }>(undone.stdout)).toMatchObject({ batchId: orders.id, removed: { orders: 5 } })
    expect((await stats()).orders).toBe(before.orders! - 5)
    const after = json<{ rows: Array<{ id: string; status: string }> }>((await aftersale('imports', '--db', dbPath, '--json')).stdout)
    expect(after.rows.find((r) => r.id === orders.id)!.status).toBe('undone')
  })

  it('needs exactly one batch id', async () => {
    expect((await aftersale('undo-import', '--db', dbPath)).code).toBe(2)
  })
})
