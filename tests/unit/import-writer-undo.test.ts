import { refreshCustomerStats } from '../../src-main/customers/customer-stats.repo'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Backend } from '../../src-main/backend/create-backend'
import { AppError } from '../../src-main/backend/errors'
import { importRejected } from '../../src-main/imports/import-problems'
import type { ImportRecord } from '../../src-main/imports/import-record'
import { undoImport } from '../../src-main/imports/undo-import'
import { addCustomer, addOrder } from '../support/builders'
import { aLine, anOrder, aRefund, aReturn, byBuyerId, byEmail, dumpShop, importRecords, orders, SHOP_DATA_ONLY } from '../support/import-records'
import { openTempShop } from '../support/temp-shop'

let shop: Awaited<ReturnType<typeof openTempShop>>
let backend: Backend

beforeEach(async () => {
  shop = await openTempShop()
  backend = shop.backend
})
afterEach(async () => {
  await shop.close()
})

const db = () => backend.context.db

async function batchIdOf(outcome: Awaited<ReturnType<typeof importRecords>>): Promise<string> {
  if (outcome.status !== 'imported') throw new Error(`expected an import, got ${outcome.status}`)
  return outcome.batchId
}

async function failureOf(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise
  } catch (error) {
    if (error instanceof AppError) return error
    throw error
  }
  throw new Error('expected a failure')
}

/** A shop with history of its own: customers and orders made in the app, one of them shared with the files below. */
async function seedShop() {
  const ann = await addCustomer(db(), { email: 'ann@example.com', first_name: 'Ann', marketing_consent: 'granted', consent_at: '2026-01-01T00:00:00.000Z' })
  await addOrder(db(), { source: 'shopify', external_id: '900', customer_id: ann.id, order_number: '#900' }, [{ sku: 'MUG-1', quantity: 2 }])
  // A shop's customer figures are always up to date with its orders; an undo must put them back too.
  await refreshCustomerStats(db())
  return { ann }
}

const firstFile: ImportRecord[] = [
  ...orders(
    anOrder('1', { customer: byEmail('ann@example.com', { lastName: 'Lee', tags: ['wholesale'], phone: '+1555' }, 'shopify', 'c-1'), tags: ['first'] }),
    anOrder('2', { customer: byEmail('bob@example.com', { firstName: 'Bob', address: { name: 'Bob', company: null, line1: '1 High St', line2: null, city: 'Leeds', region: null, postalCode: 'LS1', countryCode: 'GB', phone: null } }) }),
    anOrder('900', { customer: byEmail('ann@example.com'), trackingNumber: 'TRACK-900', lines: [aLine({ quantity: 2, refundedQuantity: 1, sku: 'NEW-SKU', title: 'New' })] }),
    anOrder('E-5', { source: 'etsy', customer: byBuyerId('etsy', 'buyer-5', { firstName: 'Cy' }) }),
  ),
  { kind: 'refund', refund: aRefund('2', { amountMinor: 500, lines: [{ sku: 'MUG-1', title: null, quantity: 1 }] }) },
  { kind: 'return', return: aReturn('1', 'RET-1', { source: 'shopify' }) },
]

describe('undoing an import', () => {
  it('restores exactly the shop as it was, including rows the import updated', async () => {
    await seedShop()
    const before = await dumpShop(db(), SHOP_DATA_ONLY)
    const batchId = await batchIdOf(await importRecords(backend, firstFile))
    expect(await dumpShop(db(), SHOP_DATA_ONLY)).not.toEqual(before)

    const result = await undoImport(backend.context, batchId)
    expect(result.removed).toMatchObject({ orders: 3, customers: 2, returns: 1, imported_refunds: 1 })
    expect(result.restored).toBeGreaterThan(0)
    expect(await dumpShop(db(), SHOP_DATA_ONLY)).toEqual(before)
    expect(await db().selectFrom('import_batches').select(['status', 'undone_at']).executeTakeFirst()).toEqual({ status: 'undone', undone_at: '2026-06-15T12:00:00.000Z' })
  })

  it('undoes imports newest first back to the start, each step exact', async () => {
    await seedShop()
    const start = await dumpShop(db(), SHOP_DATA_ONLY)
    const first = await batchIdOf(await importRecords(backend, firstFile))
    const afterFirst = await dumpShop(db(), SHOP_DATA_ONLY)
    const second = await batchIdOf(
      await importRecords(backend, [
        ...orders(
          anOrder('1', { customer: byEmail('ann@example.com', { consent: { status: 'denied', source: 'newer', at: '2026-06-01T00:00:00Z' } }), fulfillmentStatus: 'fulfilled', tags: ['second'] }),
          anOrder('2', { customer: byEmail('bob@example.com'), lines: [aLine(), aLine({ sku: 'EXTRA', title: 'Extra' })] }),
          anOrder('3', { customer: byEmail('dee@example.com') }),
        ),
        { kind: 'refund', refund: aRefund('1', { amountMinor: 100 }) },
      ]),
    )
    await undoImport(backend.context, second)
    expect(await dumpShop(db(), SHOP_DATA_ONLY)).toEqual(afterFirst)
    await undoImport(backend.context, first)
    expect(await dumpShop(db(), SHOP_DATA_ONLY)).toEqual(start)
  })

  it('refuses to undo an import a later import built on, naming the later one', async () => {
    const first = await batchIdOf(await importRecords(backend, orders(anOrder('1', { customer: byEmail('a@example.com') })), { fileName: 'january.csv' }))
    await importRecords(backend, orders(anOrder('1', { trackingNumber: 'T-1' })), { fileName: 'february.csv' })
    const before = await dumpShop(db())
    const refusal = await failureOf(undoImport(backend.context, first))
    expect(refusal.code).toBe('CONFLICT')
    expect(refusal.message).toContain('february.csv')
    expect(refusal.message).toContain('Undo that import before this one')
    expect(await dumpShop(db())).toEqual(before)
  })

  it('refuses when a later import only relies on a customer or product the earlier one created', async () => {
    const first = await batchIdOf(await importRecords(backend, orders(anOrder('1', { customer: byEmail('a@example.com') })), { fileName: 'one.csv' }))
    await importRecords(backend, orders(anOrder('2', { customer: byEmail('a@example.com') })), { fileName: 'two.csv' })
    expect((await failureOf(undoImport(backend.context, first))).message).toContain('two.csv')
  })

  it('allows undoing an earlier import when the later one touched other rows', async () => {
    const first = await batchIdOf(await importRecords(backend, orders(anOrder('1', { customer: byEmail('a@example.com'), lines: [aLine({ sku: 'A' })] }))))
    await importRecords(backend, orders(anOrder('2', { customer: byEmail('b@example.com'), lines: [aLine({ sku: 'B' })] })))
    await undoImport(backend.context, first)
    expect(await db().selectFrom('orders').select('external_id').execute()).toEqual([{ external_id: '2' }])
  })

  it('refuses to remove rows that records added in the app now point at', async () => {
    const batchId = await batchIdOf(await importRecords(backend, orders(anOrder('1', { customer: byEmail('a@example.com') }))))
    const order = await db().selectFrom('orders').select(['id', 'customer_id']).executeTakeFirstOrThrow()
    await db()
      .insertInto('claims')
      .values({ id: 'claim-1', customer_id: order.customer_id, order_id: order.id, kind: 'support', status: 'open', subject: 'Where is it?', body: '', opened_at: 'x', resolved_at: null, created_at: 'x', updated_at: 'x' })
      .execute()
    const before = await dumpShop(db())
    const refusal = await failureOf(undoImport(backend.context, batchId))
    expect(refusal.code).toBe('CONFLICT')
    expect(await dumpShop(db())).toEqual(before)
  })

  it('says when an import was already undone or does not exist', async () => {
    const batchId = await batchIdOf(await importRecords(backend, orders(anOrder('1'))))
    await undoImport(backend.context, batchId)
    expect((await failureOf(undoImport(backend.context, batchId))).message).toMatch(/already undone on 15 Jun 2026/)
    expect((await failureOf(undoImport(backend.context, 'nope'))).code).toBe('NOT_FOUND')
  })

  it('lets the same file be imported again once its import was undone', async () => {
    const batchId = await batchIdOf(await importRecords(backend, orders(anOrder('1')), { contentHash: 'h' }))
    await undoImport(backend.context, batchId)
    expect((await importRecords(backend, orders(anOrder('1')), { contentHash: 'h' })).status).toBe('imported')
  })
})

describe('all or nothing', () => {
  const manyOrders = (count: number) => orders(...Array.from({ length: count }, (_, i) => anOrder(String(i), { customer: byEmail(`c${i}@example.com`) })))

  it('leaves nothing behind when the reader rejects the file half-way', async () => {
    await seedShop()
    const before = await dumpShop(db())
    async function* halfThenBroken(): AsyncGenerator<ImportRecord> {
      yield* manyOrders(600)
      throw importRejected([{ file: 'orders.csv', line: 1201, column: 'Total', value: '12,3,4', message: 'Not an amount.' }])
    }
    const failure = await failureOf(importRecords(backend, halfThenBroken))
    expect(failure.code).toBe('IMPORT_REJECTED')
    expect(failure.details).toMatchObject({ problems: [{ line: 1201, column: 'Total' }] })
    expect(await dumpShop(db())).toEqual(before)
  })

  it('rejects a record the database would refuse, naming its line, and writes nothing', async () => {
    const before = await dumpShop(db())
    const failure = await failureOf(importRecords(backend, [...manyOrders(300), ...orders(anOrder('bad', { currency: 'dollars', at: { file: 'orders.csv', line: 77 } }))]))
    expect(failure.code).toBe('IMPORT_REJECTED')
    expect(failure.message).toContain('line 77')
    expect(await dumpShop(db())).toEqual(before)
  })

  it('rolls back everything when cancelled mid-way', async () => {
    await seedShop()
    const before = await dumpShop(db())
    const controller = new AbortController()
    let read = 0
    async function* slowly(): AsyncGenerator<ImportRecord> {
      for (const record of manyOrders(1000)) {
        if (++read === 700) controller.abort()
        yield record
      }
    }
    const failure = await failureOf(importRecords(backend, slowly, { signal: controller.signal }))
    expect(failure.code).toBe('CANCELLED')
    expect(await dumpShop(db())).toEqual(before)
  })

  it('keeps the database usable after a rollback', async () => {
    await failureOf(importRecords(backend, [...orders(anOrder('bad', { currency: 'x' }))]))
    expect((await importRecords(backend, orders(anOrder('1')))).status).toBe('imported')
  })
})
