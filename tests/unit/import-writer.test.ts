import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Backend } from '../../src-main/backend/create-backend'
import { addCustomer } from '../support/builders'
import { aLine, anOrder, aRefund, aReturn, byBuyerId, byEmail, dumpShop, importRecords, orders } from '../support/import-records'
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

function imported(outcome: Awaited<ReturnType<typeof importRecords>>) {
  if (outcome.status !== 'imported') throw new Error(`expected an import, got ${outcome.status}`)
  return outcome
}

describe('importing orders and customers', () => {
  it('creates customers, orders, lines, products and tags, searchable', async () => {
    const outcome = imported(
      await importRecords(
        backend,
        orders(
          anOrder('1001', {
            customer: byEmail('  Zoë@Example.com ', { firstName: 'Zoë', lastName: 'Brown', tags: ['vip'] }),
            buyerEmail: 'zoe@example.com',
            buyerName: 'Zoë Brown',
            tags: ['gift'],
            lines: [aLine(), aLine({ sku: 'BOWL-2', title: 'Bowl', quantity: 2, unitPriceMinor: 900 })],
          }),
        ),
      ),
    )
    expect(outcome.summary.counts.customers).toEqual({ created: 1, updated: 0, unchanged: 0, skipped: 0 })
    expect(outcome.summary.counts.orders.created).toBe(1)
    expect(outcome.summary.counts.lines.created).toBe(2)
    expect(outcome.summary.counts.products.created).toBe(2)

    const customer = await db().selectFrom('customers').selectAll().executeTakeFirstOrThrow()
    expect(customer).toMatchObject({ email: 'zoë@example.com', first_name: 'Zoë', marketing_consent: 'unknown', import_batch_id: outcome.batchId })
    expect(customer.search_text).toContain('zoe brown')
    const order = await db().selectFrom('orders').selectAll().executeTakeFirstOrThrow()
    expect(order).toMatchObject({ customer_id: customer.id, external_id: '1001', import_batch_id: outcome.batchId })
    expect(order.search_text).toBe('#1001 zoe brown zoe@example.com mug-1 bowl-2')
    const lines = await db().selectFrom('order_lines').innerJoin('products', 'products.id', 'order_lines.product_id').select(['line_no', 'products.sku', 'products.vendor']).orderBy('line_no').execute()
    expect(lines).toEqual([
      { line_no: 1, sku: 'MUG-1', vendor: 'Potter & Co' },
      { line_no: 2, sku: 'BOWL-2', vendor: 'Potter & Co' },
    ])
    expect(await db().selectFrom('customer_tags').select('tag').execute()).toEqual([{ tag: 'vip' }])
    expect(await db().selectFrom('order_tags').select('tag').execute()).toEqual([{ tag: 'gift' }])
  })

  it('writes a file bigger than one chunk, and reads as many customers as it has emails', async () => {
    const many = Array.from({ length: 700 }, (_, i) => anOrder(String(5000 + i), { customer: byEmail(`buyer${i % 300}@example.com`) }))
    const outcome = imported(await importRecords(backend, orders(...many)))
    expect(outcome.summary.counts.orders.created).toBe(700)
    expect(outcome.summary.counts.customers.created).toBe(300)
    expect(outcome.summary.counts.products).toMatchObject({ created: 1 })
  })
})

describe('customer identity', () => {
  it('treats the same email in two sources as one customer, reachable by both platform ids', async () => {
    await importRecords(backend, orders(anOrder('1', { customer: byEmail('ann@example.com', {}, 'shopify', 'shop-77') })))
    const second = imported(
      await importRecords(backend, orders(anOrder('E-1', { source: 'etsy', customer: byEmail('ANN@example.com', {}, 'etsy', 'etsy-buyer-9') }))),
    )
    expect(second.summary.counts.customers).toEqual({ created: 0, updated: 1, unchanged: 0, skipped: 0 })
    const customers = await db().selectFrom('customers').select('id').execute()
    expect(customers).toHaveLength(1)
    const identities = await db().selectFrom('customer_identities').select(['source', 'external_id', 'customer_id']).orderBy('source').execute()
    expect(identities).toEqual([
      { source: 'etsy', external_id: 'etsy-buyer-9', customer_id: customers[0]!.id },
      { source: 'shopify', external_id: 'shop-77', customer_id: customers[0]!.id },
    ])
    const orderCustomers = await db().selectFrom('orders').select('customer_id').execute()
    expect(orderCustomers.every((o) => o.customer_id === customers[0]!.id)).toBe(true)
  })

  it('finds buyers without an email by their platform id, within that platform only', async () => {
    imported(
      await importRecords(
        backend,
        orders(
          anOrder('E-1', { source: 'etsy', customer: byBuyerId('etsy', '42', { firstName: 'Kim' }) }),
          anOrder('E-2', { source: 'etsy', customer: byBuyerId('etsy', '42') }),
          anOrder('B-1', { source: 'ebay', customer: byBuyerId('ebay', '42') }),
        ),
      ),
    )
    const customers = await db().selectFrom('customers').select(['id', 'email', 'first_name']).execute()
    expect(customers).toHaveLength(2)
    expect(customers.every((c) => c.email === null)).toBe(true)
  })

  it('gives a buyer first known by platform id the email a later file has', async () => {
    await importRecords(backend, orders(anOrder('E-1', { source: 'etsy', customer: byBuyerId('etsy', '42') })))
    await importRecords(backend, orders(anOrder('E-2', { source: 'etsy', customer: byEmail('kim@example.com', {}, 'etsy', '42') })))
    const customers = await db().selectFrom('customers').select('email').execute()
    expect(customers).toEqual([{ email: 'kim@example.com' }])
  })

  it('never merges on a name, and lists new customers named like existing ones as possible duplicates', async () => {
    const existing = await addCustomer(db(), { email: 'jo@old.example', first_name: 'Jo', last_name: 'Smith' })
    const outcome = imported(
      await importRecords(
        backend,
        orders(
          anOrder('1', { customer: byEmail('jo.smith@new.example', { firstName: 'JO', lastName: 'Smíth' }) }),
          anOrder('2', { customer: byEmail('other@new.example', { firstName: 'Al', lastName: 'Other' }) }),
        ),
      ),
    )
    expect(await db().selectFrom('customers').select('id').execute()).toHaveLength(3)
    expect(outcome.summary.possibleDuplicateCount).toBe(1)
    expect(outcome.summary.possibleDuplicates[0]).toMatchObject({ email: 'jo.smith@new.example', existingCustomerId: existing.id, existingEmail: 'jo@old.example' })
  })

  it('fills what the shop doesn’t know about a customer and keeps what it does', async () => {
    await addCustomer(db(), { email: 'ann@example.com', first_name: 'Annie', phone: null })
    await importRecords(backend, orders(anOrder('1', { customer: byEmail('ann@example.com', { firstName: 'Ann', lastName: 'Lee', phone: '+441234' }) })))
    const customer = await db().selectFrom('customers').selectAll().executeTakeFirstOrThrow()
    expect(customer).toMatchObject({ first_name: 'Annie', last_name: 'Lee', phone: '+441234' })
  })
})

describe('marketing consent', () => {
  const consentOf = async () =>
    db().selectFrom('customers').select(['marketing_consent', 'consent_source', 'consent_at']).executeTakeFirstOrThrow()

  it('stays unknown when the file says nothing, never opted in', async () => {
    await importRecords(backend, orders(anOrder('1', { customer: byEmail('a@example.com') })))
    expect(await consentOf()).toEqual({ marketing_consent: 'unknown', consent_source: null, consent_at: null })
  })

  it('records status, source and time when the file has them', async () => {
    await importRecords(
      backend,
      orders(anOrder('1', { customer: byEmail('a@example.com', { consent: { status: 'granted', source: 'shopify: Accepts Marketing', at: '2026-01-05T00:00:00Z' } }) })),
    )
    expect(await consentOf()).toEqual({ marketing_consent: 'granted', consent_source: 'shopify: Accepts Marketing', consent_at: '2026-01-05T00:00:00Z' })
  })

  it('does not let an older file overwrite a newer decision', async () => {
    await addCustomer(db(), { email: 'a@example.com', marketing_consent: 'denied', consent_source: 'unsubscribe link', consent_at: '2026-05-01T00:00:00.000Z' })
    await importRecords(backend, orders(anOrder('1', { customer: byEmail('a@example.com', { consent: { status: 'granted', source: 'old export', at: '2026-02-01T00:00:00Z' } }) })))
    await importRecords(backend, orders(anOrder('2', { customer: byEmail('a@example.com', { consent: { status: 'granted', source: 'undated export', at: null } }) })))
    expect(await consentOf()).toEqual({ marketing_consent: 'denied', consent_source: 'unsubscribe link', consent_at: '2026-05-01T00:00:00.000Z' })
    await importRecords(backend, orders(anOrder('3', { customer: byEmail('a@example.com', { consent: { status: 'granted', source: 'newer export', at: '2026-06-01T00:00:00Z' } }) })))
    expect(await consentOf()).toMatchObject({ marketing_consent: 'granted', consent_source: 'newer export' })
  })
})

describe('importing again', () => {
  it('recognises the same file and changes nothing', async () => {
    const records = orders(anOrder('1', { customer: byEmail('a@example.com') }))
    const first = imported(await importRecords(backend, records, { contentHash: 'same-bytes' }))
    const before = await dumpShop(db())
    const again = await importRecords(backend, records, { contentHash: 'same-bytes', fileName: 'renamed.csv' })
    expect(again).toMatchObject({ status: 'already_imported', batchId: first.batchId, importedAt: first.importedAt })
    if (again.status === 'already_imported') expect(again.message).toMatch(/^renamed\.csv was already imported on 15 Jun 2026, .*, named orders_export\.csv then\. Nothing was changed\.$/)
    expect(await dumpShop(db())).toEqual(before)
  })

  it('updates what changed in a newer overlapping export, adds new orders, never duplicates', async () => {
    await importRecords(backend, orders(anOrder('1', { customer: byEmail('a@example.com') }), anOrder('2', { customer: byEmail('b@example.com') })))
    const newer = imported(
      await importRecords(
        backend,
        orders(
          anOrder('1', {
            customer: byEmail('a@example.com'),
            fulfillmentStatus: 'fulfilled',
            fulfilledAt: '2026-03-03T08:00:00.000Z',
            carrier: 'UPS',
            trackingNumber: '1Z999',
            refundedMinor: 500,
            lines: [aLine({ refundedQuantity: 1 })],
          }),
          anOrder('2', { customer: byEmail('b@example.com') }),
          anOrder('3', { customer: byEmail('c@example.com'), cancelledAt: '2026-03-04T00:00:00.000Z', financialStatus: 'voided' }),
        ),
      ),
    )
    expect(newer.summary.counts.orders).toEqual({ created: 1, updated: 1, unchanged: 1, skipped: 0 })
    expect(newer.summary.counts.lines).toEqual({ created: 1, updated: 1, unchanged: 1, skipped: 0 })
    expect(newer.summary.counts.customers).toEqual({ created: 1, updated: 0, unchanged: 2, skipped: 0 })
    const rows = await db().selectFrom('orders').selectAll().orderBy('external_id').execute()
    expect(rows).toHaveLength(3)
    expect(rows[0]).toMatchObject({ fulfillment_status: 'fulfilled', tracking_number: '1Z999', refunded_minor: 500, financial_status: 'partially_refunded' })
    expect(rows[0]!.search_text).toContain('1z999')
    expect(rows[2]).toMatchObject({ cancelled_at: '2026-03-04T00:00:00.000Z', financial_status: 'voided' })
  })

  it('lets an older export fill gaps but never takes back a status, refund or tracking number', async () => {
    await importRecords(backend, orders(anOrder('1', { fulfillmentStatus: 'fulfilled', trackingNumber: 'T1', refundedMinor: 300, cancelledAt: '2026-03-05T00:00:00.000Z' })))
    const older = imported(await importRecords(backend, orders(anOrder('1', { fulfillmentStatus: 'unfulfilled', trackingNumber: null, refundedMinor: 0 }))))
    expect(older.summary.counts.orders.unchanged).toBe(1)
    expect(await db().selectFrom('orders').select(['fulfillment_status', 'tracking_number', 'refunded_minor', 'cancelled_at']).executeTakeFirst()).toEqual({
      fulfillment_status: 'fulfilled',
      tracking_number: 'T1',
      refunded_minor: 300,
      cancelled_at: '2026-03-05T00:00:00.000Z',
    })
  })
})

describe('refunds and returns reported apart from their orders', () => {
  it('adds a refund to its order and its line, once, even when an overlapping export repeats it', async () => {
    await importRecords(backend, orders(anOrder('1', { lines: [aLine({ quantity: 2 }), aLine({ sku: 'CUP', title: 'Cup' })] })))
    const refund = { kind: 'refund' as const, refund: aRefund('1', { amountMinor: 1500, lines: [{ sku: 'MUG-1', title: null, quantity: 1 }] }) }
    const first = imported(await importRecords(backend, [refund]))
    expect(first.summary.counts.refunds).toEqual({ created: 1, updated: 0, unchanged: 0, skipped: 0 })
    const overlap = imported(await importRecords(backend, [refund, { kind: 'refund', refund: aRefund('1', { amountMinor: 1500, refundedAt: '2026-03-11T00:00:00Z', lines: [{ sku: 'CUP', title: null, quantity: 1 }] }) }]))
    expect(overlap.summary.counts.refunds).toEqual({ created: 1, updated: 0, unchanged: 1, skipped: 0 })
    const order = await db().selectFrom('orders').select(['refunded_minor', 'financial_status']).executeTakeFirstOrThrow()
    expect(order).toEqual({ refunded_minor: 3000, financial_status: 'partially_refunded' })
    const lines = await db().selectFrom('order_lines').select(['sku', 'quantity', 'refunded_quantity']).orderBy('line_no').execute()
    expect(lines).toEqual([
      { sku: 'MUG-1', quantity: 2, refunded_quantity: 1 },
      { sku: 'CUP', quantity: 1, refunded_quantity: 1 },
    ])
  })

  it('marks an order refunded when everything was refunded, and keeps it (not deleted)', async () => {
    await importRecords(backend, orders(anOrder('1')))
    await importRecords(backend, [{ kind: 'refund', refund: aRefund('1', { amountMinor: 1500 }) }])
    expect(await db().selectFrom('orders').select(['financial_status', 'refunded_minor']).executeTakeFirst()).toEqual({ financial_status: 'refunded', refunded_minor: 1500 })
  })

  it('skips refunds and returns for orders the shop does not have, with a warning naming the line', async () => {
    const outcome = imported(
      await importRecords(backend, [
        { kind: 'refund', refund: aRefund('404', { at: { file: 'payments.csv', line: 7 } }) },
        { kind: 'return', return: aReturn('405', 'R-1', { at: { file: 'payments.csv', line: 9 } }) },
      ]),
    )
    expect(outcome.summary.counts.refunds.skipped).toBe(1)
    expect(outcome.summary.counts.returns.skipped).toBe(1)
    expect(outcome.summary.warnings.map((w) => w.line)).toEqual([7, 9])
    expect(outcome.summary.warnings[0]!.message).toContain('not in the shop')
  })

  it('records a return with a stable RMA number on its order, once', async () => {
    await importRecords(backend, orders(anOrder('111-222', { source: 'amazon' })))
    const records = [{ kind: 'return' as const, return: aReturn('111-222', 'R-1') }]
    const first = imported(await importRecords(backend, records))
    expect(first.summary.counts.returns.created).toBe(1)
    const again = imported(await importRecords(backend, records))
    expect(again.summary.counts.returns).toMatchObject({ created: 0, unchanged: 1 })
    const row = await db().selectFrom('returns').innerJoin('return_lines', 'return_lines.return_id', 'returns.id').selectAll().executeTakeFirstOrThrow()
    expect(row.rma_number).toMatch(/^IMP-[0-9A-F]{12}$/)
    expect(row).toMatchObject({ status: 'received', reason: 'damaged', quantity: 1, condition: 'damaged', currency: 'USD' })
    expect(row.order_line_id).not.toBeNull()
  })
})

describe('a preview', () => {
  it('reports what an import would do and changes nothing', async () => {
    await importRecords(backend, orders(anOrder('1')))
    const before = await dumpShop(db())
    const preview = await importRecords(backend, orders(anOrder('1', { trackingNumber: 'T' }), anOrder('2')), { mode: 'preview' })
    expect(preview.status).toBe('previewed')
    if (preview.status === 'previewed') expect(preview.summary.counts.orders).toEqual({ created: 1, updated: 1, unchanged: 0, skipped: 0 })
    expect(await dumpShop(db())).toEqual(before)
  })
})
