import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { refreshCustomerStats } from '../../src-main/customers/customer-stats.repo'
import type { CustomersTable } from '../../src-main/customers/customers.table'
import { addAddress, addClaim, addIdentity, addMessage, addPoints, addReturn, addSurveyAnswer, addTags } from '../support/after-sale-builders'
import { addCustomer, addOrder } from '../support/builders'
import { anOrder, byEmail, dumpShop, importRecords, orders } from '../support/import-records'
import { openTempShop, TEST_NOW } from '../support/temp-shop'

let shop: Awaited<ReturnType<typeof openTempShop>>
const db = () => shop.backend.context.db
const client = () => shop.backend.client

beforeEach(async () => {
  shop = await openTempShop()
})
afterEach(async () => {
  await shop.close()
})

/** The shop's data; the merge history and the audit log keep a record of undone merges on purpose. */
const SHOP_ONLY = { except: ['customer_merges', 'audit_log'] } as const

/** Everything that can point at a customer, on one record. */
async function withHistory(customer: CustomersTable, tag: string) {
  const order = await addOrder(db(), { customer_id: customer.id, placed_at: '2026-02-01T10:00:00.000Z' })
  await addOrder(db(), { customer_id: customer.id, placed_at: '2026-03-01T10:00:00.000Z', currency: 'EUR' })
  await addReturn(db(), order)
  await addClaim(db(), order)
  await addPoints(db(), customer.id, { order_id: order.id })
  await addMessage(db(), customer.id, { order_id: order.id })
  await addSurveyAnswer(db(), customer.id, { order_id: order.id })
  await addAddress(db(), customer.id, { line1: `${tag} street` })
  await addIdentity(db(), customer.id, 'etsy', `${tag}-etsy`)
  await addTags(db(), customer.id, 'shared', `only-${tag}`)
  return order
}

async function twoRecordsOfAnn() {
  const kept = await addCustomer(db(), {
    first_name: 'Ann',
    last_name: 'Lee',
    email: 'ann@example.com',
    note: 'Prefers email.',
    marketing_consent: 'denied',
    consent_source: 'shopify',
    consent_at: '2025-01-01T00:00:00.000Z',
  })
  const merged = await addCustomer(db(), {
    first_name: 'Annie',
    email: 'ann.lee@oldmail.example',
    phone: '+1 555 0100',
    note: 'Called about a lost parcel.',
    marketing_consent: 'granted',
    consent_source: 'etsy',
    consent_at: '2026-01-01T00:00:00.000Z',
  })
  await withHistory(kept, 'kept')
  await withHistory(merged, 'merged')
  await refreshCustomerStats(db())
  return { kept, merged }
}

describe('previewing a merge', () => {
  it('shows the record after the merge, what moves, and what to know, without changing anything', async () => {
    const { kept, merged } = await twoRecordsOfAnn()
    const before = await dumpShop(db())
    const preview = await client().customers.mergePreview({ keepId: kept.id, mergeId: merged.id })
    expect(await dumpShop(db())).toEqual(before)

    expect(preview.moves).toEqual({ orders: 2, returns: 1, claims: 1, loyalty: 1, messages: 1, surveys: 1, addresses: 1, identities: 1, tags: 1 })
    expect(preview.kept).toMatchObject({ id: kept.id, email: 'ann@example.com' })
    expect(preview.merged).toMatchObject({ id: merged.id, email: 'ann.lee@oldmail.example' })
    expect(preview.result).toMatchObject({
      id: kept.id,
      firstName: 'Ann',
      lastName: 'Lee',
      email: 'ann@example.com',
      phone: '+1 555 0100',
      marketingConsent: 'granted',
      consentSource: 'etsy',
      note: 'Prefers email.\n\n——— Note of the merged record (ann.lee@oldmail.example) ———\nCalled about a lost parcel.',
    })
    expect(preview.warnings).toEqual([
      'ann.lee@oldmail.example stays as a second email of this customer, so later imports with it land on this record.',
      'The name “Annie” is dropped: “Ann Lee” stays.',
      'Marketing consent: “agreed to marketing” from the merged record is kept, because it is the more recent decision.',
      'Both notes are kept, one after the other.',
    ])
  })

  it('lets a refusal win over an agreement when neither is more recent', async () => {
    const kept = await addCustomer(db(), { email: 'a@example.com', marketing_consent: 'granted' })
    const merged = await addCustomer(db(), { email: 'b@example.com', marketing_consent: 'denied' })
    const preview = await client().customers.mergePreview({ keepId: kept.id, mergeId: merged.id })
    expect(preview.result.marketingConsent).toBe('denied')
  })

  it('refuses a customer with itself, an erased customer, or one that is gone, saying what to do', async () => {
    const ann = await addCustomer(db(), { email: 'ann@example.com' })
    const gone = await addCustomer(db(), { email: 'gone@example.com', erased_at: '2026-01-01T00:00:00.000Z' })
    await expect(client().customers.mergePreview({ keepId: ann.id, mergeId: ann.id })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('Pick the other record'),
    })
    await expect(client().customers.merge({ keepId: ann.id, mergeId: gone.id })).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('erased') })
    await expect(client().customers.merge({ keepId: 'nobody', mergeId: ann.id })).rejects.toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('Reload the list') })
    await expect(client().customers.merge({ keepId: ann.id, mergeId: 'nobody' })).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })
})

describe('merging two records of one person', () => {
  it('moves everything to the kept record and deletes the merged one', async () => {
    const { kept, merged } = await twoRecordsOfAnn()
    const result = await client().customers.merge({ keepId: kept.id, mergeId: merged.id })
    expect(result).toEqual({ mergeId: expect.any(String), keptId: kept.id })

    // The merged record's address points to where it went, so a bookmark or an old link still leads to the person.
    await expect(client().customers.get({ id: merged.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining('was merged into another record of the same person'),
      data: { mergedInto: kept.id },
    })
    const record = await client().customers.get({ id: kept.id })
    expect(record.orders).toHaveLength(4)
    expect(record.returns).toHaveLength(2)
    expect(record.claims).toHaveLength(2)
    expect(record.surveys).toHaveLength(2)
    expect(record.addresses).toHaveLength(2)
    expect(record.identities.map((i) => i.externalId).sort()).toEqual(['kept-etsy', 'merged-etsy'])
    expect(record.tags).toEqual(['only-kept', 'only-merged', 'shared'])
    expect(record.customer).toMatchObject({ phone: '+1 555 0100', marketing_consent: 'granted', updated_at: TEST_NOW, search_text: 'ann lee ann@example.com +1 555 0100' })
    for (const table of ['orders', 'returns', 'claims', 'loyalty_ledger', 'outbox', 'survey_responses'] as const) {
      const left = await db().selectFrom(table).select('id').where('customer_id', '=', merged.id).execute()
      expect(left, table).toEqual([])
    }
    const listed = (await client().customers.list({ search: 'ann' })).rows
    expect(listed.map((r) => [r.id, r.orderCount, r.returnCount, r.loyaltyPoints])).toEqual([[kept.id, 4, 2, 20]])
    expect(await db().selectFrom('customer_email_aliases').select(['email', 'customer_id', 'merge_id']).execute()).toEqual([
      { email: 'ann.lee@oldmail.example', customer_id: kept.id, merge_id: result.mergeId },
    ])
    const audit = await db().selectFrom('audit_log').selectAll().execute()
    expect(audit).toEqual([expect.objectContaining({ action: 'customer.merged', entity: 'customer', entity_id: kept.id })])
    expect(JSON.parse(audit[0]!.detail_json)).toMatchObject({ mergeId: result.mergeId, mergedCustomerId: merged.id, moves: { orders: 2, tags: 1 } })
  })

  it('shows the merge in the kept record’s history and timeline', async () => {
    const { kept, merged } = await twoRecordsOfAnn()
    const { mergeId } = await client().customers.merge({ keepId: kept.id, mergeId: merged.id })
    expect(await client().customers.merges({ id: kept.id })).toEqual([
      {
        id: mergeId,
        keptId: kept.id,
        mergedId: merged.id,
        merged: { firstName: 'Annie', lastName: null, email: 'ann.lee@oldmail.example' },
        mergedAt: TEST_NOW,
        undoneAt: null,
        undoBlockedReason: null,
      },
    ])
    const { events } = await client().customers.timeline({ id: kept.id })
    expect(events[0]).toMatchObject({ kind: 'note', at: TEST_NOW, detail: 'Annie' })
  })

  it('gives the kept record the merged email when it had none, with no alias needed', async () => {
    const kept = await addCustomer(db(), { first_name: 'Bo' })
    const merged = await addCustomer(db(), { email: 'bo@example.com' })
    await client().customers.merge({ keepId: kept.id, mergeId: merged.id })
    expect((await client().customers.get({ id: kept.id })).customer.email).toBe('bo@example.com')
    expect(await db().selectFrom('customer_email_aliases').selectAll().execute()).toEqual([])
  })
})

describe('undoing a merge', () => {
  it('puts the shop back exactly as it was', async () => {
    const { kept, merged } = await twoRecordsOfAnn()
    const before = await dumpShop(db(), SHOP_ONLY)
    const { mergeId } = await client().customers.merge({ keepId: kept.id, mergeId: merged.id })
    expect(await dumpShop(db(), SHOP_ONLY)).not.toEqual(before)

    expect(await client().customers.undoMerge({ mergeId })).toEqual({ keptId: kept.id, restoredId: merged.id })
    expect(await dumpShop(db(), SHOP_ONLY)).toEqual(before)
    expect(await client().customers.merges({ id: kept.id })).toEqual([expect.objectContaining({ id: mergeId, undoneAt: TEST_NOW })])
    expect((await db().selectFrom('audit_log').select('action').orderBy('action').execute()).map((a) => a.action)).toEqual(['customer.merge_undone', 'customer.merged'])
  })

  it('keeps what was typed into the kept record after the merge', async () => {
    const { kept, merged } = await twoRecordsOfAnn()
    const { mergeId } = await client().customers.merge({ keepId: kept.id, mergeId: merged.id })
    const afterMerge = (await client().customers.get({ id: kept.id })).customer
    await client().customers.updateNote({ id: kept.id, note: `${afterMerge.note}\nRang again today.`, baseUpdatedAt: afterMerge.updated_at })
    await client().customers.undoMerge({ mergeId })
    expect((await client().customers.get({ id: kept.id })).customer.note).toContain('Rang again today.')
    expect((await client().customers.get({ id: merged.id })).customer.note).toBe('Called about a lost parcel.')
  })

  it('undoes merges newest first, and a chain back to the start exactly', async () => {
    const a = await addCustomer(db(), { email: 'a@example.com', note: 'A' })
    const b = await addCustomer(db(), { email: 'b@example.com' })
    const c = await addCustomer(db(), { email: 'c@example.com' })
    await withHistory(a, 'a')
    await withHistory(b, 'b')
    await withHistory(c, 'c')
    await refreshCustomerStats(db())
    const start = await dumpShop(db(), SHOP_ONLY)

    const first = await client().customers.merge({ keepId: b.id, mergeId: a.id })
    const second = await client().customers.merge({ keepId: c.id, mergeId: b.id })
    expect((await client().customers.get({ id: c.id })).orders).toHaveLength(6)
    expect((await db().selectFrom('customer_email_aliases').select(['email', 'customer_id']).orderBy('email').execute())).toEqual([
      { email: 'a@example.com', customer_id: c.id },
      { email: 'b@example.com', customer_id: c.id },
    ])
    await expect(client().customers.undoMerge({ mergeId: first.mergeId })).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('Undo that merge first') })
    const history = await client().customers.merges({ id: c.id })
    expect(history.map((m) => [m.id, m.undoBlockedReason === null])).toEqual([
      [second.mergeId, true],
      [first.mergeId, false],
    ])

    await client().customers.undoMerge({ mergeId: second.mergeId })
    await client().customers.undoMerge({ mergeId: first.mergeId })
    expect(await dumpShop(db(), SHOP_ONLY)).toEqual(start)
  })

  it('refuses to undo an earlier merge while a later one into the same record stands', async () => {
    const kept = await addCustomer(db(), { email: 'k@example.com' })
    const one = await addCustomer(db(), { email: 'one@example.com' })
    const two = await addCustomer(db(), { email: 'two@example.com' })
    const first = await client().customers.merge({ keepId: kept.id, mergeId: one.id })
    const second = await client().customers.merge({ keepId: kept.id, mergeId: two.id })
    await expect(client().customers.undoMerge({ mergeId: first.mergeId })).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('after this one') })
    await client().customers.undoMerge({ mergeId: second.mergeId })
    await client().customers.undoMerge({ mergeId: first.mergeId })
    await expect(client().customers.undoMerge({ mergeId: first.mergeId })).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('already undone') })
  })

  it('refuses once the kept customer was erased: the merged record’s details went with the erasure', async () => {
    const { kept, merged } = await twoRecordsOfAnn()
    const { mergeId } = await client().customers.merge({ keepId: kept.id, mergeId: merged.id })
    await client().customers.erase({ id: kept.id })
    await expect(client().customers.undoMerge({ mergeId })).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('erased') })
    expect((await client().customers.merges({ id: kept.id }))[0]?.merged).toBeNull()
  })

  it('says so for a merge that does not exist', async () => {
    await expect(client().customers.undoMerge({ mergeId: 'nothing' })).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })
})

describe('importing after a merge', () => {
  it('files an order for the merged email under the kept customer, without a new customer', async () => {
    const { kept, merged } = await twoRecordsOfAnn()
    await client().customers.merge({ keepId: kept.id, mergeId: merged.id })
    const customersBefore = await db().selectFrom('customers').select('id').execute()

    const outcome = await importRecords(shop.backend, orders(anOrder('9001', { customer: byEmail('  Ann.Lee@OldMail.example ', { firstName: 'Annie' }) })))
    expect(outcome.status).toBe('imported')
    expect(await db().selectFrom('customers').select('id').execute()).toEqual(customersBefore)
    const order = await db().selectFrom('orders').select(['customer_id']).where('external_id', '=', '9001').executeTakeFirstOrThrow()
    expect(order.customer_id).toBe(kept.id)
    expect((await client().customers.get({ id: kept.id })).customer).toMatchObject({ email: 'ann@example.com', first_name: 'Ann' })
  })

  it('files it under the merged customer again once the merge is undone', async () => {
    const { kept, merged } = await twoRecordsOfAnn()
    const { mergeId } = await client().customers.merge({ keepId: kept.id, mergeId: merged.id })
    await client().customers.undoMerge({ mergeId })
    await importRecords(shop.backend, orders(anOrder('9002', { customer: byEmail('ann.lee@oldmail.example') })))
    const order = await db().selectFrom('orders').select(['customer_id']).where('external_id', '=', '9002').executeTakeFirstOrThrow()
    expect(order.customer_id).toBe(merged.id)
  })
})
