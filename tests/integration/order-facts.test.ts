import BetterSqlite3 from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readOrderFactsInThread } from '../../src-main/dashboard/facts-in-thread'
import { readOrderFacts } from '../../src-main/dashboard/order-facts.repo'
import { orderFactsOf } from '../../src-main/dashboard/order-facts-cache'
import type { Database, Db } from '../../src-main/db/database'
import { addCustomer, addOrder } from '../support/builders'
import { openTempShop } from '../support/temp-shop'

type Shop = Awaited<ReturnType<typeof openTempShop>>

/** Orders, lines, returns and answers as the facts hold them, in plain values, by the order's external id. */
function readBack(dbPath: string) {
  const facts = readOrderFacts(dbPath)
  const sqlite = new BetterSqlite3(dbPath, { readonly: true })
  const ids = (sqlite.prepare('select external_id from orders order by id').pluck().all() as string[])
  sqlite.close()
  const orderName = (o: number) => (o < 0 ? null : ids[o]!)
  return {
    facts,
    orders: ids.map((name, o) => ({
      name,
      counted: facts.counted[o] === 1,
      placedAt: new Date(facts.placedAt[o]!).toISOString(),
      netMinor: facts.netMinor[o],
      currency: facts.currencies[facts.currencyOf[o]!],
      lines: Array.from({ length: facts.lineStart[o + 1]! - facts.lineStart[o]! }, (_, k) => {
        const l = facts.lineStart[o]! + k
        return { product: facts.productKeys[facts.lineProduct[l]!] ?? null, quantity: facts.lineQuantity[l], revenueMinor: facts.lineRevenueMinor[l] }
      }).sort((a, b) => b.revenueMinor! - a.revenueMinor!),
    })),
    returned: Array.from({ length: facts.returned.count }, (_, i) => ({
      order: orderName(facts.returned.order[i]!),
      reason: facts.returned.reasons[facts.returned.reason[i]!],
      quantity: facts.returned.quantity[i],
    })),
    answers: Array.from({ length: facts.surveys.count }, (_, i) => ({ order: orderName(facts.surveys.order[i]!), score: facts.surveys.score[i] })),
  }
}

describe('the order facts', () => {
  let shop: Shop
  let db: Db

  beforeEach(async () => {
    shop = await openTempShop()
    db = shop.backend.context.db
  })
  afterEach(() => shop.close())

  it('put every line, return and survey answer beside its own order, whatever order the keys sort in', async () => {
    const ann = await addCustomer(db)
    // Keys that sort unlike the insertion order, an order without lines between two with lines, a cancelled order.
    const late = await addOrder(db, { id: 'ord-z', external_id: 'Z', customer_id: ann.id, placed_at: '2026-03-01T10:15:30.123Z' }, [
      { sku: 'MUG', quantity: 3, unit_price_minor: 400, line_discount_minor: 100 },
      { sku: null, quantity: 1, unit_price_minor: 50 },
    ])
    await addOrder(db, { id: 'ord-m', external_id: 'M', subtotal_minor: 0, total_minor: 0 }, [])
    const early = await addOrder(db, { id: 'ord-a', external_id: 'A', customer_id: ann.id, currency: 'EUR', discount_minor: 300 }, [{ sku: 'SOAP', quantity: 2, unit_price_minor: 900 }])
    await addOrder(db, { id: 'ord-c', external_id: 'C', cancelled_at: '2026-03-02T00:00:00.000Z' }, [{ sku: 'TEE', quantity: 1, unit_price_minor: 2000 }])
    for (const [id, orderId, reason] of [['r1', late.id, 'damaged'], ['r2', early.id, 'size_fit']] as const) {
      await db
        .insertInto('returns')
        .values({ id, order_id: orderId, customer_id: ann.id, rma_number: id, kind: 'return', status: 'received', reason, currency: 'USD', refund_minor: 0, requested_at: late.placed_at, note: '', created_at: late.placed_at, updated_at: late.placed_at })
        .execute()
    }
    await db.insertInto('return_lines').values({ id: 'r1-line', return_id: 'r1', order_line_id: null, sku: 'MUG', quantity: 2, condition: 'opened' }).execute()
    for (const [id, orderId, score] of [['s1', late.id, 9], ['s2', null, 4], ['s3', early.id, 10]] as const) {
      await db
        .insertInto('survey_responses')
        .values({ id, customer_id: null, order_id: orderId, kind: 'nps', score, comment: '', responded_at: late.placed_at, created_at: late.placed_at })
        .execute()
    }

    const { facts, orders, returned, answers } = readBack(shop.dbPath)

    expect(orders).toEqual([
      { name: 'A', counted: true, placedAt: early.placed_at, netMinor: 1500, currency: 'EUR', lines: [{ product: 'sku:SOAP', quantity: 2, revenueMinor: 1800 }] },
      { name: 'C', counted: false, placedAt: expect.any(String), netMinor: 2000, currency: 'USD', lines: [{ product: 'sku:TEE', quantity: 1, revenueMinor: 2000 }] },
      { name: 'M', counted: true, placedAt: expect.any(String), netMinor: 0, currency: 'USD', lines: [] },
      {
        name: 'Z',
        counted: true,
        placedAt: '2026-03-01T10:15:30.123Z',
        netMinor: 1150,
        currency: 'USD',
        lines: [
          { product: 'sku:MUG', quantity: 3, revenueMinor: 1100 },
          { product: null, quantity: 1, revenueMinor: 50 },
        ],
      },
    ])
    expect(facts.customers).toBe(1)
    expect(returned.sort((a, b) => a.order!.localeCompare(b.order!))).toEqual([
      { order: 'A', reason: 'size_fit', quantity: 0 },
      { order: 'Z', reason: 'damaged', quantity: 2 },
    ])
    expect(answers.sort((a, b) => (a.order ?? '').localeCompare(b.order ?? ''))).toEqual([
      { order: null, score: 4 },
      { order: 'A', score: 10 },
      { order: 'Z', score: 9 },
    ])
  })

  it('read on a thread of their own are the same facts', async () => {
    const ann = await addCustomer(db)
    const order = await addOrder(db, { customer_id: ann.id }, [{ sku: 'MUG', quantity: 2 }, { sku: 'TEE' }])
    await addOrder(db, { currency: 'EUR', cancelled_at: order.placed_at })
    await db
      .insertInto('survey_responses')
      .values({ id: 's1', customer_id: ann.id, order_id: order.id, kind: 'csat', score: 5, comment: '', responded_at: order.placed_at, created_at: order.placed_at })
      .execute()

    const inThread = await readOrderFactsInThread(shop.dbPath)

    expect(inThread).toEqual(readOrderFacts(shop.dbPath))
    expect(inThread.lineQuantity).toBeInstanceOf(Float64Array)
  })

  it('read on a thread say what went wrong when the shop cannot be read', async () => {
    await expect(readOrderFactsInThread(`${shop.dbPath}.missing`)).rejects.toMatchObject({ code: 'INTERNAL', message: expect.stringMatching(/could not read the shop's orders/) })
  })

  describe('behind the dashboard', () => {
    const ordersNow = async () => (await shop.backend.client.dashboard.metrics({ from: '2026-01-01', to: '2026-06-15' })).kpis.orders.current

    it('follow a write on the app’s own connection', async () => {
      await addOrder(db, { placed_at: '2026-03-01T12:00:00.000Z' })
      expect(await ordersNow()).toBe(1)
      await addOrder(db, { placed_at: '2026-03-02T12:00:00.000Z' })
      expect(await ordersNow()).toBe(2)
      await db.updateTable('orders').set({ cancelled_at: '2026-03-03T00:00:00.000Z' }).where('placed_at', '=', '2026-03-01T12:00:00.000Z').execute()
      expect(await ordersNow()).toBe(1)
    })

    it('follow a write committed by another connection, as an import or a second process makes', async () => {
      await addOrder(db, { placed_at: '2026-03-01T12:00:00.000Z' })
      expect(await ordersNow()).toBe(1)
      const sqlite = new BetterSqlite3(shop.dbPath)
      const other = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) })
      try {
        await addOrder(other, { placed_at: '2026-03-02T12:00:00.000Z' })
        await addOrder(other, { placed_at: '2026-03-03T12:00:00.000Z' })
      } finally {
        await other.destroy()
      }
      expect(await ordersNow()).toBe(3)
    })

    it('are read again only after a change', async () => {
      await addOrder(db, { placed_at: '2026-03-01T12:00:00.000Z' })
      const first = await orderFactsOf(db, shop.dbPath)
      expect(await orderFactsOf(db, shop.dbPath)).toBe(first)
      // A statement that changes no row leaves the facts as they are.
      await db.updateTable('settings').set({ value: '"x"' }).where('key', '=', 'no-such-setting').execute()
      expect(await orderFactsOf(db, shop.dbPath)).toBe(first)
      await addOrder(db, { placed_at: '2026-03-02T12:00:00.000Z' })
      const second = await orderFactsOf(db, shop.dbPath)
      expect(second).not.toBe(first)
      expect(second.orders).toBe(2)
    })
  })
})
