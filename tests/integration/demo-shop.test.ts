import { sql, type RawBuilder } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { resultOf } from '../../src-main/backend/progress'
import { toSearchText } from '../../src-main/backend/search-text'
import { TABLES, type Db } from '../../src-main/db/database'
import type { DemoSummary } from '../../src-main/demo/load-demo-shop'
import { DEMO_TABLES } from '../../src-main/demo/demo-tables'
import { orderSearchText } from '../../src-main/orders/order-search-text'
import { openTempShop, TEST_NOW } from '../support/temp-shop'

type TempShop = Awaited<ReturnType<typeof openTempShop>>

const opened: TempShop[] = []
async function shopWithDemo(...loads: Array<{ seed: number; force: boolean }>): Promise<{ shop: TempShop; summaries: DemoSummary[] }> {
  const shop = await openTempShop()
  opened.push(shop)
  const summaries: DemoSummary[] = []
  for (const load of loads) summaries.push(await resultOf(await shop.backend.client.demo.load(load)))
  return { shop, summaries }
}

afterAll(async () => {
  for (const shop of opened) await shop.close()
})

/** Runs a query whose one row has a column `n`. */
async function scalar(db: Db, query: RawBuilder<unknown>): Promise<number> {
  const result = await query.execute(db)
  const row = result.rows[0] as { n: number | null } | undefined
  return Number(row?.n ?? 0)
}

async function counts(shop: TempShop): Promise<Record<string, number>> {
  return (await shop.backend.client.shop.stats({})).tables
}

/** Every table except settings (which holds the file's own database id), rows in a stable order. */
async function dump(db: Db): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {}
  for (const table of TABLES.filter((t) => t !== 'settings')) {
    const columns = (await sql<{ name: string }>`select name from pragma_table_info(${table})`.execute(db)).rows.map((c) => c.name)
    const orderBy = columns.includes('id') ? ['id'] : columns
    out[table] = (await sql`select * from ${sql.table(table)} order by ${sql.join(orderBy.map((c) => sql.ref(c)))}`.execute(db)).rows
  }
  return out
}

/** The invariants any shop holding demo data must keep, checked in SQL over the real file. */
function describeShopInvariants(name: string, shopOf: () => TempShop) {
  describe(`${name}: invariants`, () => {
    const db = () => shopOf().backend.context.db

    it('gives every order at least one line, and every line an order', async () => {
      expect(await scalar(db(), sql`select count(*) as n from order_lines l left join orders o on o.id = l.order_id where o.id is null`)).toBe(0)
      expect(await scalar(db(), sql`select count(*) as n from orders o where not exists (select 1 from order_lines l where l.order_id = o.id)`)).toBe(0)
    })

    it('adds up every order: subtotal from its lines, total from subtotal, discount, shipping and tax', async () => {
      const wrongSubtotals = sql<{ n: number }>`
        select count(*) as n from orders o
        where o.subtotal_minor <> (select sum(l.quantity * l.unit_price_minor - l.line_discount_minor) from order_lines l where l.order_id = o.id)`
      expect(await scalar(db(), wrongSubtotals)).toBe(0)
      expect(await scalar(db(), sql`select count(*) as n from orders where total_minor <> subtotal_minor - discount_minor + shipping_minor + tax_minor`)).toBe(0)
      expect(await scalar(db(), sql`select count(*) as n from orders where total_minor <= 0 or discount_minor < 0 or discount_minor > subtotal_minor`)).toBe(0)
    })

    it('never refunds more than was paid, in money or in units', async () => {
      expect(await scalar(db(), sql`select count(*) as n from orders where refunded_minor > total_minor`)).toBe(0)
      expect(await scalar(db(), sql`select count(*) as n from order_lines where refunded_quantity > quantity`)).toBe(0)
      expect(await scalar(db(), sql`select count(*) as n from orders where financial_status = 'refunded' and refunded_minor <> total_minor`)).toBe(0)
      expect(await scalar(db(), sql`select count(*) as n from orders where financial_status = 'partially_refunded' and not (refunded_minor > 0 and refunded_minor < total_minor)`)).toBe(0)
      expect(await scalar(db(), sql`select count(*) as n from orders where cancelled_at is not null and (refunded_minor <> total_minor or financial_status not in ('voided', 'refunded'))`)).toBe(0)
    })

    it('points return lines at lines of the return’s own order, for no more than was bought', async () => {
      const stray = sql<{ n: number }>`
        select count(*) as n from return_lines rl
        join returns r on r.id = rl.return_id
        left join order_lines l on l.id = rl.order_line_id and l.order_id = r.order_id
        where l.id is null or rl.quantity > l.quantity`
      expect(await scalar(db(), stray)).toBe(0)
      expect(await scalar(db(), sql`select count(*) as n from returns r where not exists (select 1 from return_lines rl where rl.return_id = r.id)`)).toBe(0)
      expect(await scalar(db(), sql`select count(*) as n from returns where status = 'refunded' and refund_minor <= 0`)).toBe(0)
    })

    it('never lets a loyalty balance go below zero (movements at the same instant: credits first)', async () => {
      const lowest = sql<{ n: number | null }>`
        select min(balance) as n from (
          select sum(points) over (partition by customer_id order by occurred_at, points desc, id rows unbounded preceding) as balance
          from loyalty_ledger)`
      expect(await scalar(db(), lowest)).toBeGreaterThanOrEqual(0)
    })

    it('keeps Amazon orders without a customer or buyer, as Amazon exports them', async () => {
      expect(await scalar(db(), sql`select count(*) as n from orders where source = 'amazon'`)).toBeGreaterThan(0)
      expect(
        await scalar(db(), sql`select count(*) as n from orders where source = 'amazon' and (customer_id is not null or buyer_email is not null or buyer_name is not null)`),
      ).toBe(0)
    })

    it('keeps events in time order and inside the three years before now', async () => {
      const outOfOrder = sql<{ n: number }>`
        select count(*) as n from orders
        where paid_at < placed_at or fulfilled_at < placed_at or delivered_at < fulfilled_at or cancelled_at < placed_at
           or (delivered_at is not null and fulfilled_at is null)
           or max(placed_at, coalesce(paid_at, ''), coalesce(fulfilled_at, ''), coalesce(delivered_at, ''), coalesce(cancelled_at, ''), updated_at) > ${TEST_NOW}
           or placed_at < ${new Date(Date.parse(TEST_NOW) - 3 * 365 * 86_400_000).toISOString()}`
      expect(await scalar(db(), outOfOrder)).toBe(0)
      expect(await scalar(db(), sql`select count(*) as n from orders where placed_at not glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z'`)).toBe(0)
      expect(await scalar(db(), sql`select count(*) as n from returns where requested_at > coalesce(received_at, requested_at) or coalesce(received_at, requested_at) > coalesce(resolved_at, '9999')`)).toBe(0)
    })
  })
}

describe('loading the demo shop into a new shop', () => {
  let shop: TempShop
  let summary: DemoSummary

  beforeAll(async () => {
    const loaded = await shopWithDemo({ seed: 1, force: false })
    shop = loaded.shop
    summary = loaded.summaries[0] as DemoSummary
  })

  it('reports exactly the rows it wrote, table by table', async () => {
    const tables = await counts(shop)
    expect(summary.seed).toBe(1)
    for (const table of DEMO_TABLES) expect(summary.created[table], table).toBe(tables[table])
    expect(tables.customer_stats).toBe(tables.customers)
  })

  it('makes a shop of believable size, with nothing sent and nothing imported', async () => {
    const tables = await counts(shop)
    expect(tables.customers).toBeGreaterThanOrEqual(1800)
    expect(tables.customers).toBeLessThanOrEqual(2200)
    expect(tables.orders).toBeGreaterThanOrEqual(4500)
    expect(tables.orders).toBeLessThanOrEqual(5500)
    expect(tables.products).toBeGreaterThanOrEqual(50)
    for (const table of ['returns', 'claims', 'loyalty_ledger', 'survey_responses', 'message_templates', 'flows', 'customer_tags'] as const) {
      expect(tables[table], table).toBeGreaterThan(0)
    }
    expect(tables.outbox).toBe(0)
    expect(tables.import_batches).toBe(0)
  })

  it('sells through several channels in dollars, pounds and euros, mostly on its own Shopify store', async () => {
    const db = shop.backend.context.db
    const sources = await db.selectFrom('orders').select(['source', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('source').orderBy('n', 'desc').execute()
    expect(sources[0]?.source).toBe('shopify')
    expect(sources.map((s) => s.source).sort()).toEqual(['amazon', 'ebay', 'etsy', 'shopify', 'square', 'woocommerce'])
    const currencies = await db.selectFrom('orders').select('currency').distinct().orderBy('currency').execute()
    expect(currencies.map((c) => c.currency)).toEqual(['EUR', 'GBP', 'USD'])
  })

  it('has a realistic repeat-buyer curve: most buy once, a long tail comes back many times', async () => {
    const perCustomer = await sql<{ orders: number }>`
      select (select count(*) from orders o where o.customer_id = c.id) as orders from customers c`.execute(shop.backend.context.db)
    const orders = perCustomer.rows.map((r) => Number(r.orders))
    const repeatShare = orders.filter((n) => n >= 2).length / orders.length
    expect(repeatShare).toBeGreaterThan(0.15)
    expect(repeatShare).toBeLessThan(0.45)
    expect(orders.filter((n) => n === 1).length).toBeGreaterThan(orders.length / 2)
    expect(Math.max(...orders)).toBeGreaterThanOrEqual(8)
  })

  it('grows over time and peaks in November and December', async () => {
    const months = await sql<{ month: string; n: number }>`
      select substr(placed_at, 1, 7) as month, count(*) as n from orders group by month order by month`.execute(shop.backend.context.db)
    const lastFullYear = months.rows.filter((m) => m.month >= '2025-06' && m.month < '2026-06')
    const firstFullYear = months.rows.filter((m) => m.month >= '2023-07' && m.month < '2024-07')
    const sum = (rows: typeof months.rows) => rows.reduce((total, m) => total + Number(m.n), 0)
    expect(sum(lastFullYear)).toBeGreaterThan(sum(firstFullYear) * 1.5)
    const holidayAverage = sum(lastFullYear.filter((m) => m.month.endsWith('-11') || m.month.endsWith('-12'))) / 2
    expect(holidayAverage).toBeGreaterThan(sum(lastFullYear) / 12)
  })

  it('gives customers lower-case demo addresses and searchable text, and some without a phone', async () => {
    const customers = await shop.backend.context.db.selectFrom('customers').selectAll().execute()
    for (const c of customers) {
      expect(c.search_text).toBe(toSearchText(c.first_name, c.last_name, c.email, c.phone))
      if (c.email !== null) expect(c.email).toMatch(/^[a-z0-9._]+@example\.(com|org|net)$/)
    }
    expect(customers.some((c) => c.phone === null)).toBe(true)
    expect(customers.some((c) => /[^\x20-\x7e]/.test(`${c.first_name}${c.last_name}`))).toBe(true)
    expect(new Set(customers.map((c) => c.marketing_consent))).toEqual(new Set(['granted', 'denied', 'unknown']))
    expect(customers.some((c) => c.unsubscribed_at !== null)).toBe(true)
  })

  it('makes orders findable by number, buyer, tracking number and SKU', async () => {
    const db = shop.backend.context.db
    const orders = await db.selectFrom('orders').select(['id', 'order_number', 'buyer_name', 'buyer_email', 'tracking_number', 'search_text']).execute()
    const lines = await db.selectFrom('order_lines').select(['order_id', 'sku']).orderBy('order_id').orderBy('line_no').execute()
    const skusOf = (orderId: string) => lines.filter((l) => l.order_id === orderId).map((l) => l.sku)
    for (const o of orders) expect(o.search_text).toBe(orderSearchText(o, skusOf(o.id)))
    const sku = lines.find((l) => l.sku !== null)?.sku ?? ''
    const bySku = await shop.backend.client.orders.list({ search: sku, pageSize: 500 })
    expect(bySku.total).toBe(new Set(lines.filter((l) => l.sku !== null && l.sku.toLowerCase().includes(sku.toLowerCase())).map((l) => l.order_id)).size)
    const withTracking = orders.find((o) => o.tracking_number !== null && o.buyer_name !== null)
    const page = await shop.backend.client.orders.list({ search: withTracking?.tracking_number ?? '' })
    expect(page.rows.map((r) => r.orderNumber)).toContain(withTracking?.order_number)
  })

  it('leaves every follow-up flow switched off', async () => {
    const enabled = await shop.backend.context.db.selectFrom('flows').select('id').where('enabled', '=', 1).execute()
    expect(enabled).toEqual([])
  })

  describeShopInvariants('seed 1', () => shop)

  it('refuses to load again without force, says why, and changes nothing', async () => {
    const before = await counts(shop)
    const attempt = resultOf(await shop.backend.client.demo.load({ seed: 1, force: false }))
    await expect(attempt).rejects.toMatchObject({ code: 'SHOP_NOT_EMPTY' })
    await expect(attempt).rejects.toThrow(/already has [\d,]+ orders.*nothing was changed.*--force/i)
    expect(await counts(shop)).toEqual(before)
  })
})

describe('determinism', () => {
  const dumpOf = async (seed: number) => dump((await shopWithDemo({ seed, force: false })).shop.backend.context.db)
  let seven: Record<string, unknown[]>

  beforeAll(async () => {
    seven = await dumpOf(7)
  })

  it('writes identical rows, ids included, for the same seed and the same clock', async () => {
    expect(await dumpOf(7)).toEqual(seven)
  })

  it('writes a different shop for a different seed', async () => {
    const eight = await dumpOf(8)
    expect(eight.orders).not.toEqual(seven.orders)
    expect(eight.customers).not.toEqual(seven.customers)
  })
})

describe('forcing the demo into a shop that already has data', () => {
  let shop: TempShop
  let summaries: DemoSummary[]

  beforeAll(async () => {
    const loaded = await shopWithDemo({ seed: 2, force: false }, { seed: 3, force: true }, { seed: 2, force: true })
    shop = loaded.shop
    summaries = loaded.summaries
  })

  it('adds each demo in full beside the existing data, reusing the catalogue it already has', async () => {
    const tables = await counts(shop)
    const total = (table: keyof DemoSummary['created']) => summaries.reduce((sum, s) => sum + s.created[table], 0)
    expect(tables.orders).toBe(total('orders'))
    expect(tables.customers).toBe(total('customers'))
    expect(summaries[1]?.created.orders).toBeGreaterThan(4000)
    expect(summaries[2]?.created.orders).toBeGreaterThan(4000)
    expect(summaries[1]?.created.products).toBe(0)
    expect(tables.products).toBe(summaries[0]?.created.products)
    expect(tables.message_templates).toBe(3 * 7)
  })

  describeShopInvariants('three demos', () => shop)
})

describe('cancelling a load', () => {
  async function cancelDuring(shouldCancel: (phase: string) => boolean) {
    const { shop } = await shopWithDemo()
    const before = await counts(shop)
    const controller = new AbortController()
    const stream = await shop.backend.client.demo.load({ seed: 1, force: false }, { signal: controller.signal })
    const drain = async () => {
      for await (const event of stream) if (event.kind === 'progress' && shouldCancel(event.phase)) controller.abort()
    }
    await expect(drain()).rejects.toMatchObject({ code: 'CANCELLED' })
    return { shop, before }
  }

  it('leaves every table as it was when cancelled after the first progress event', async () => {
    const { shop, before } = await cancelDuring(() => true)
    expect(await counts(shop)).toEqual(before)
  })

  it('rolls back rows already written when cancelled half-way through the orders', async () => {
    const { shop, before } = await cancelDuring((phase) => phase === 'Orders')
    const after = await counts(shop)
    expect(after).toEqual(before)
    expect(after.customers).toBe(0)
    const retry = await resultOf(await shop.backend.client.demo.load({ seed: 1, force: false }))
    expect(retry.created.orders).toBeGreaterThan(4000)
  })
})
