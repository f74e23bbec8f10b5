import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { refreshCustomerStats } from '../../src-main/customers/customer-stats.repo'
import { addCustomer, addOrder } from '../support/builders'
import { aftersale } from '../support/run-cli'
import { openTempShop } from '../support/temp-shop'


type Shop = Awaited<ReturnType<typeof openTempShop>>


describe('aftersale export', () => {
  let shop: Shop
  let dbPath: string
  let expected: { orders: string; regulars: string }

  beforeAll(async () => {
    shop = await openTempShop()
    const db = shop.backend.context.db
    for (let i = 0; i < 6; i++) {
      const customer = await addCustomer(db, { first_name: i === 0 ? '=HYPERLINK("http://x","y")' : `Zoë${i}`, last_name: 'Brontë', email: `c${i}@example.com` })
      for (let n = 0; n <= i % 3; n++) await addOrder(db, { customer_id: customer.id, placed_at: `2026-0${1 + n}-1${i}T10:00:00.000Z` })
    }
    await refreshCustomerStats(db)
    await shop.backend.client.savedViews.save({ screen: 'customers', name: 'Regulars', state: { filters: { minOrders: 2 } } })
    // What the Export button gets for the same lists, to compare the command's files with.
    expected = {
      orders: Buffer.from(await (await shop.backend.client.exports.orders({})).arrayBuffer()).toString('utf8'),
      regulars: Buffer.from(await (await shop.backend.client.exports.customers({ segment: 'Regulars' })).arrayBuffer()).toString('utf8'),
    }
    dbPath = shop.dbPath
    // The command opens the shop file itself; the test's own connection lets go of it first.
    await shop.backend.close()
  })
  afterAll(() => fs.rmSync(shop.dir, { recursive: true, force: true }))

  it('writes a segment’s customers to the file, the same as the Export button, and says how many', async () => {
    const out = path.join(shop.dir, 'regulars.csv')
    const run = await aftersale('export', 'customers', '--segment', 'regulars', '--out', out, '--db', dbPath)
    expect(run.code, run.stderr).toBe(0)
    expect(run.stdout).toBe(`Wrote 4 customers of “regulars” to ${out}.\n`)
    const written = fs.readFileSync(out, 'utf8')
    expect(written).toBe(expected.regulars)
    expect(written.startsWith('\uFEFFFirst name,Last name,Email')).toBe(true)
  })

  it('writes every order, and with --json prints one document', async () => {
    const out = path.join(shop.dir, 'orders.csv')
    const run = await aftersale('export', 'orders', '--out', out, '--db', dbPath, '--json')
    expect(run.code, run.stderr).toBe(0)
    expect(JSON.parse(run.stdout)).toEqual({ out, table: 'orders', rows: 12 })
    expect(fs.readFileSync(out, 'utf8')).toBe(expected.orders)
  })

  it('refuses an unknown segment by naming the segments there are, and writes nothing', async () => {
    const out = path.join(shop.dir, 'vips.csv')
    const run = await aftersale('export', 'customers', '--segment', 'VIPs', '--out', out, '--db', dbPath)
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('No segment named "VIPs". Segments: Champions, Loyal, Promising, At risk, Hibernating, Lost, Regulars.')
    expect(fs.existsSync(out)).toBe(false)
  })

  it('refuses to replace an existing file unless --force is given', async () => {
    const out = path.join(shop.dir, 'existing.csv')
    fs.writeFileSync(out, 'an older export')
    const refused = await aftersale('export', 'orders', '--out', out, '--db', dbPath, '--json')
    expect(refused.code).toBe(1)
    expect(JSON.parse(refused.stdout)).toMatchObject({ error: { code: 'CONFLICT', message: expect.stringContaining('--force') } })
    expect(fs.readFileSync(out, 'utf8')).toBe('an older export')
    const forced = await aftersale('export', 'orders', '--out', out, '--db', dbPath, '--force')
    expect(forced.code, forced.stderr).toBe(0)
    expect(fs.readFileSync(out, 'utf8')).toBe(expected.orders)
  })

  it('shows its usage when misused, and its help when asked', async () => {
    const noTable = await aftersale('export', '--out', path.join(shop.dir, 'x.csv'), '--db', dbPath)
    expect(noTable.code).toBe(2)
    expect(noTable.stderr).toContain('Say what to export: orders or customers.')
    const noFile = await aftersale('export', 'customers', '--db', dbPath)
    expect(noFile.code).toBe(2)
    expect(noFile.stderr).toContain('--out FILE.csv')
    const segmentOfOrders = await aftersale('export', 'orders', '--segment', 'Regulars', '--out', path.join(shop.dir, 'y.csv'), '--db', dbPath)
    expect(segmentOfOrders.code).toBe(2)
    const help = await aftersale('export', '--help')
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('Usage: aftersale export orders|customers [--segment NAME] --out FILE.csv')
    expect(fs.existsSync(path.join(shop.dir, 'x.csv'))).toBe(false)
  })
})
