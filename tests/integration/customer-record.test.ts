import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { refreshCustomerStats } from '../../src-main/customers/customer-stats.repo'
import type { TimelineEvent } from '../../src-main/customers/customer-timeline.rules'
import { addAddress, addClaim, addIdentity, addImportedRefund, addMessage, addPoints, addReturn, addSurveyAnswer, addTags } from '../support/after-sale-builders'
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

/** A customer with one of everything, at known instants, and a neighbour whose story must not leak in. */
async function customerWithAStory() {
  const ann = await addCustomer(db(), { first_name: 'Ann', last_name: 'Lee', email: 'ann@example.com' })
  const other = await addCustomer(db(), { email: 'other@example.com' })
  const first = await addOrder(db(), { order_number: '#1001', customer_id: ann.id, placed_at: '2026-01-10T10:00:00.000Z' })
  const cancelled = await addOrder(db(), {
    order_number: '#1002',
    source: 'etsy',
    customer_id: ann.id,
    placed_at: '2026-02-01T10:00:00.000Z',
    cancelled_at: '2026-02-02T09:00:00.000Z',
  })
  const refunded = await addOrder(db(), {
    order_number: '#1003',
    source: 'ebay',
    customer_id: ann.id,
    placed_at: '2026-03-01T10:00:00.000Z',
    refunded_minor: 500,
    financial_status: 'partially_refunded',
  })
  await addImportedRefund(db(), refunded, 500, '2026-03-05T10:00:00.000Z')
  const returned = await addOrder(db(), { order_number: '#1004', customer_id: ann.id, placed_at: '2026-04-01T10:00:00.000Z', refunded_minor: 1000 })
  await addReturn(db(), returned, {
    rma_number: 'RMA-77',
    status: 'refunded',
    refund_minor: 1000,
    requested_at: '2026-04-10T10:00:00.000Z',
    resolved_at: '2026-04-20T10:00:00.000Z',
  })
  await addClaim(db(), returned, { subject: 'Lid cracked', status: 'resolved', opened_at: '2026-04-12T10:00:00.000Z', resolved_at: '2026-04-15T10:00:00.000Z' })
  await addPoints(db(), ann.id, { order_id: first.id, points: 30, occurred_at: '2026-01-10T10:00:00.000Z' })
  await addMessage(db(), ann.id, { order_id: first.id, subject: 'Thanks for your order', to_address: 'ann@example.com', sent_at: '2026-01-11T08:00:00.000Z' })
  await addMessage(db(), ann.id, {
    subject: 'We miss you',
    status: 'failed',
    sent_at: null,
    sending_at: '2026-01-12T08:00:00.000Z',
    last_error: 'Mailbox full',
  })
  await addMessage(db(), ann.id, { subject: 'Not sent yet', status: 'queued', sent_at: null, sending_at: null, scheduled_at: '2026-07-01T08:00:00.000Z' })
  await addSurveyAnswer(db(), ann.id, { order_id: first.id, score: 9, comment: 'Lovely mug', responded_at: '2026-05-01T10:00:00.000Z' })
  await addOrder(db(), { order_number: '#2001', customer_id: other.id, placed_at: '2026-03-15T10:00:00.000Z' })
  await refreshCustomerStats(db())
  return { ann, other, first, cancelled, refunded, returned }
}

async function wholeTimeline(id: string, limit: number): Promise<{ events: TimelineEvent[]; pages: number }> {
  const events: TimelineEvent[] = []
  let before: string | undefined
  for (let pages = 1; pages < 100; pages++) {
    const page = await client().customers.timeline({ id, before, limit })
    events.push(...page.events)
    if (!page.hasMore) return { events, pages }
    before = page.events.at(-1)!.at
  }
  throw new Error('the timeline never ended')
}

describe('the customer timeline', () => {
  it('tells everything that happened to the customer, newest first, in one list', async () => {
    const { ann } = await customerWithAStory()
    const page = await client().customers.timeline({ id: ann.id })
    expect(page.hasMore).toBe(false)
    expect(page.events.map((e) => [e.at.slice(0, 10), e.kind, e.title])).toEqual([
      ['2026-05-01', 'survey', 'Would recommend: 9 out of 10'],
      ['2026-04-20', 'refund', 'Refund for return RMA-77'],
      ['2026-04-15', 'claim', 'Claim resolved: Lid cracked'],
      ['2026-04-12', 'claim', 'Claim opened: Lid cracked'],
      ['2026-04-10', 'return', 'Return RMA-77 requested'],
      ['2026-04-01', 'order', 'Order #1004 placed'],
      ['2026-03-05', 'refund', 'Refund on order #1003'],
      ['2026-03-01', 'order', 'Order #1003 placed'],
      ['2026-02-02', 'cancellation', 'Order #1002 cancelled'],
      ['2026-02-01', 'order', 'Order #1002 placed'],
      ['2026-01-12', 'message', 'We miss you'],
      ['2026-01-11', 'message', 'Thanks for your order'],
      ['2026-01-10', 'loyalty', 'Points earned on a purchase'],
      ['2026-01-10', 'order', 'Order #1001 placed'],
    ])
  })

  it('gives each event what the page shows beside it: amount, points, source, status and the order it belongs to', async () => {
    const { ann, first, refunded } = await customerWithAStory()
    const { events } = await client().customers.timeline({ id: ann.id })
    const find = (kind: string, title: string) => events.find((e) => e.kind === kind && e.title === title)!
    expect(find('order', 'Order #1003 placed')).toMatchObject({
      orderId: refunded.id,
      source: 'ebay',
      amount: { currency: 'USD', minor: 1000 },
      detail: 'Partly refunded · Not shipped',
    })
    expect(find('refund', 'Refund on order #1003')).toMatchObject({ orderId: refunded.id, amount: { currency: 'USD', minor: 500 }, source: 'ebay' })
    expect(find('loyalty', 'Points earned on a purchase')).toMatchObject({ points: 30, orderId: first.id, detail: 'Order #1001' })
    expect(find('message', 'Thanks for your order').detail).toBe('Sent to ann@example.com')
    expect(find('message', 'We miss you').detail).toBe('Not delivered to someone@example.com: Mailbox full')
    expect(find('survey', 'Would recommend: 9 out of 10')).toMatchObject({ detail: 'Lovely mug', orderId: first.id })
    expect(find('return', 'Return RMA-77 requested').detail).toBe('Damaged · Order #1004 · now refunded')
    expect(new Set(events.map((e) => `${e.kind}:${e.id}`)).size).toBe(events.length)
  })

  it('does not show a return’s refund again when the platform reported the order’s refunds itself', async () => {
    const { ann, refunded } = await customerWithAStory()
    await addReturn(db(), refunded, { rma_number: 'RMA-88', status: 'refunded', refund_minor: 500, requested_at: '2026-03-02T10:00:00.000Z', resolved_at: '2026-03-05T11:00:00.000Z' })
    const { events } = await client().customers.timeline({ id: ann.id })
    expect(events.filter((e) => e.kind === 'refund').map((e) => e.title)).toEqual(['Refund for return RMA-77', 'Refund on order #1003'])
  })

  it('pages by instant without losing or repeating an event', async () => {
    const { ann } = await customerWithAStory()
    const all = (await client().customers.timeline({ id: ann.id })).events
    for (const limit of [1, 2, 3, 5]) {
      const paged = await wholeTimeline(ann.id, limit)
      expect(paged.events, `limit ${limit}`).toEqual(all)
      expect(paged.pages).toBeGreaterThan(1)
    }
  })

  it('keeps events of one instant on one page, so paging by instant skips none of them', async () => {
    const ann = await addCustomer(db(), { email: 'ann@example.com' })
    const at = '2026-02-01T10:00:00.000Z'
    for (let i = 0; i < 4; i++) await addOrder(db(), { customer_id: ann.id, placed_at: at })
    for (let i = 0; i < 3; i++) await addPoints(db(), ann.id, { occurred_at: at })
    await addOrder(db(), { customer_id: ann.id, placed_at: '2026-01-01T10:00:00.000Z' })
    await addOrder(db(), { customer_id: ann.id, placed_at: '2026-03-01T10:00:00.000Z' })

    const first = await client().customers.timeline({ id: ann.id, limit: 3 })
    expect(first.events).toHaveLength(8)
    expect(first.hasMore).toBe(true)
    const second = await client().customers.timeline({ id: ann.id, before: first.events.at(-1)!.at, limit: 3 })
    expect(second).toMatchObject({ hasMore: false, events: [{ at: '2026-01-01T10:00:00.000Z' }] })
  })

  it('says so when the customer is not in the shop', async () => {
    await expect(client().customers.timeline({ id: 'nobody' })).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })
})

describe('the customer’s note', () => {
  it('saves the note and returns the new version', async () => {
    const ann = await addCustomer(db(), { email: 'ann@example.com', note: '' })
    const saved = await client().customers.updateNote({ id: ann.id, note: 'Prefers email.', baseUpdatedAt: ann.updated_at })
    expect(saved).toEqual({ note: 'Prefers email.', updatedAt: TEST_NOW })
    const { customer } = await client().customers.get({ id: ann.id })
    expect(customer).toMatchObject({ note: 'Prefers email.', updated_at: TEST_NOW })
  })

  it('moves the version forward on every save, even within one millisecond', async () => {
    const ann = await addCustomer(db(), { email: 'ann@example.com' })
    const first = await client().customers.updateNote({ id: ann.id, note: 'One', baseUpdatedAt: ann.updated_at })
    const second = await client().customers.updateNote({ id: ann.id, note: 'Two', baseUpdatedAt: first.updatedAt })
    expect(second.updatedAt > first.updatedAt).toBe(true)
    await expect(client().customers.updateNote({ id: ann.id, note: 'Stale', baseUpdatedAt: first.updatedAt })).rejects.toMatchObject({ code: 'CONFLICT' })
  })

  it('refuses to overwrite a note someone else changed, and hands back the stored one so both can be shown', async () => {
    const ann = await addCustomer(db(), { email: 'ann@example.com', note: 'Original' })
    const theirs = await client().customers.updateNote({ id: ann.id, note: 'Theirs', baseUpdatedAt: ann.updated_at })
    await expect(client().customers.updateNote({ id: ann.id, note: 'Mine', baseUpdatedAt: ann.updated_at })).rejects.toMatchObject({
      code: 'CONFLICT',
      data: { note: 'Theirs', updatedAt: theirs.updatedAt },
    })
    expect((await client().customers.get({ id: ann.id })).customer.note).toBe('Theirs')
    const mine = await client().customers.updateNote({ id: ann.id, note: 'Mine', baseUpdatedAt: theirs.updatedAt })
    expect(mine.note).toBe('Mine')
  })

  it('takes a retried save of the same text as done, not as a conflict', async () => {
    const ann = await addCustomer(db(), { email: 'ann@example.com' })
    const saved = await client().customers.updateNote({ id: ann.id, note: 'Same', baseUpdatedAt: ann.updated_at })
    expect(await client().customers.updateNote({ id: ann.id, note: 'Same', baseUpdatedAt: ann.updated_at })).toEqual(saved)
  })

  it('keeps long notes whole, and refuses one past the limit with the reason', async () => {
    const ann = await addCustomer(db(), { email: 'ann@example.com' })
    const long = 'Ünïcødé ✓ lines\n'.repeat(1250)
    expect(long.length).toBe(20_000)
    await client().customers.updateNote({ id: ann.id, note: long })
    expect((await client().customers.get({ id: ann.id })).customer.note).toBe(long)
    await expect(client().customers.updateNote({ id: ann.id, note: `${long}!` })).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('20,000') })
  })
})

describe('the customer’s tags', () => {
  it('saves tags trimmed, once each, and lists them sorted', async () => {
    const ann = await addCustomer(db(), { email: 'ann@example.com' })
    await addTags(db(), ann.id, 'old')
    const saved = await client().customers.setTags({ id: ann.id, tags: ['  wholesale ', 'VIP', 'vip', '', 'gift  shop'] })
    expect(saved).toEqual({ tags: ['gift shop', 'VIP', 'wholesale'] })
    expect((await client().customers.get({ id: ann.id })).tags).toEqual(['VIP', 'gift shop', 'wholesale'].sort())
    expect(await client().customers.setTags({ id: ann.id, tags: [] })).toEqual({ tags: [] })
  })

  it('does not count tagging as a change to the note', async () => {
    const ann = await addCustomer(db(), { email: 'ann@example.com' })
    await client().customers.setTags({ id: ann.id, tags: ['vip'] })
    await expect(client().customers.updateNote({ id: ann.id, note: 'Hi', baseUpdatedAt: ann.updated_at })).resolves.toMatchObject({ note: 'Hi' })
  })

  it('lists every tag in use once, for pickers', async () => {
    const ann = await addCustomer(db(), { email: 'ann@example.com' })
    const bob = await addCustomer(db(), { email: 'bob@example.com' })
    await addTags(db(), ann.id, 'wholesale', 'b2b')
    await addTags(db(), bob.id, 'wholesale', 'Allergic')
    expect(await client().customers.tagsInUse()).toEqual(['Allergic', 'b2b', 'wholesale'])
  })

  it('refuses tags that are too long or too many', async () => {
    const ann = await addCustomer(db(), { email: 'ann@example.com' })
    await expect(client().customers.setTags({ id: ann.id, tags: ['x'.repeat(51)] })).rejects.toMatchObject({ code: 'INVALID_INPUT' })
    const many = Array.from({ length: 51 }, (_, i) => `tag ${i}`)
    await expect(client().customers.setTags({ id: ann.id, tags: many })).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('50 tags') })
  })
})

describe('the order page', () => {
  it('links the tracking number to the carrier and shows the order’s messages, points and refunds', async () => {
    const ann = await addCustomer(db(), { email: 'ann@example.com' })
    const order = await addOrder(db(), { customer_id: ann.id, carrier: 'UPS', tracking_number: '1Z999AA10123456784' })
    await addMessage(db(), ann.id, { order_id: order.id, subject: 'Your parcel is on its way', to_address: 'ann@example.com', scheduled_at: '2026-01-02T09:00:00.000Z' })
    await addPoints(db(), ann.id, { order_id: order.id, points: 10 })
    await addImportedRefund(db(), order, 250, '2026-01-05T09:00:00.000Z')
    const page = await client().orders.get({ id: order.id })
    expect(page.trackingUrl).toBe('https://www.ups.com/track?tracknum=1Z999AA10123456784')
    expect(page.messages).toEqual([
      expect.objectContaining({ subject: 'Your parcel is on its way', status: 'sent', toAddress: 'ann@example.com', scheduledAt: '2026-01-02T09:00:00.000Z' }),
    ])
    expect(page.loyalty).toEqual([expect.objectContaining({ points: 10, reason: 'purchase' })])
    expect(page.refunds).toEqual([expect.objectContaining({ currency: 'USD', amountMinor: 250, refundedAt: '2026-01-05T09:00:00.000Z' })])
  })

  it('gives no tracking link for a carrier it does not know', async () => {
    const order = await addOrder(db(), { carrier: 'Bob’s Couriers', tracking_number: '42' })
    expect((await client().orders.get({ id: order.id })).trackingUrl).toBeNull()
  })
})

/** Every trace a person leaves in the shop, in one place, to look for after erasing them. */
const PERSON = {
  firstName: 'Marguerite',
  lastName: 'Okonkwo',
  email: 'marguerite.okonkwo@example.com',
  oldEmail: 'm.okonkwo@oldmail.example',
  phone: '+44 7700 900123',
  street: '12 Wisteria Lane',
  postcode: 'SW1A 2AA',
  buyerId: 'wisteria_maggie',
  shopifyId: 'maggie-shopify-77',
}

async function personWithHistory() {
  const address = { name: `${PERSON.firstName} ${PERSON.lastName}`, company: null, line1: PERSON.street, line2: null, city: 'London', region: 'England', postalCode: PERSON.postcode, countryCode: 'GB', phone: PERSON.phone }
  const customer = byEmail(PERSON.email, { firstName: PERSON.firstName, lastName: PERSON.lastName, address, tags: ['wholesale'] }, 'etsy', PERSON.buyerId)
  await importRecords(shop.backend, orders(anOrder('E-1', { source: 'etsy', customer, buyerEmail: PERSON.email, buyerName: address.name, shippingAddress: address, carrier: 'Royal Mail', trackingNumber: 'AB123456789GB', note: `Gift for ${PERSON.firstName}` })))
  // A later file fills in the phone, links a second platform id and ships the order: the import keeps what its undo needs.
  const later = byEmail(PERSON.email, { phone: PERSON.phone, tags: ['returning'] }, 'shopify', PERSON.shopifyId)
  await importRecords(shop.backend, orders(anOrder('E-1', { source: 'etsy', customer: later, buyerEmail: PERSON.email, buyerName: address.name, shippingAddress: address, fulfillmentStatus: 'fulfilled', fulfilledAt: '2026-03-02T10:00:00.000Z' })))
  const person = await db().selectFrom('customers').selectAll().where('email', '=', PERSON.email).executeTakeFirstOrThrow()
  const order = await db().selectFrom('orders').selectAll().where('customer_id', '=', person.id).executeTakeFirstOrThrow()

  const old = await addCustomer(db(), { email: PERSON.oldEmail, first_name: PERSON.firstName, phone: PERSON.phone, note: `${PERSON.lastName} called about a refund` })
  await addAddress(db(), old.id, { name: PERSON.lastName, line1: PERSON.street, postal_code: PERSON.postcode })
  await addIdentity(db(), old.id, 'ebay', `${PERSON.buyerId}_ebay`)
  await addMessage(db(), old.id, { order_id: order.id, to_address: PERSON.oldEmail, subject: `${PERSON.firstName}, your parcel is on its way`, body_text: `Hi ${PERSON.firstName}`, body_html: `<p>Hi ${PERSON.firstName}</p>` })
  await addMessage(db(), old.id, { to_address: PERSON.oldEmail, subject: 'Come back soon', status: 'queued', sent_at: null })
  await addSurveyAnswer(db(), old.id, { comment: `I am ${PERSON.firstName} and I loved it` })
  await addClaim(db(), order, { subject: `Parcel for ${PERSON.lastName} missing`, body: `Please send it to ${PERSON.street}` })
  await addPoints(db(), person.id, { order_id: order.id, note: `Goodwill for ${PERSON.firstName}` })
  await client().customers.merge({ keepId: person.id, mergeId: old.id })
  await refreshCustomerStats(db())
  return { person, order }
}

/** The tables whose rows mention this text anywhere, in any case. */
async function tablesHolding(text: string): Promise<string[]> {
  const dump = await dumpShop(db())
  return Object.entries(dump)
    .filter(([table, rows]) => table !== 'schema' && JSON.stringify(rows).toLowerCase().includes(text.toLowerCase()))
    .map(([table]) => table)
}

describe('erasing a customer on request', () => {
  it('leaves nothing in the shop that identifies the person, anywhere', async () => {
    const { person } = await personWithHistory()
    for (const trace of Object.values(PERSON)) expect(await tablesHolding(trace), trace).not.toEqual([])

    const result = await client().customers.erase({ id: person.id, confirmName: `${PERSON.firstName} ${PERSON.lastName}` })
    expect(result).toEqual({ erasedAt: TEST_NOW, alreadyErased: false })

    for (const trace of Object.values(PERSON)) expect(await tablesHolding(trace), trace).toEqual([])
  })

  it('keeps the orders and the figures, and anonymises the record itself', async () => {
    const { person, order } = await personWithHistory()
    const listed = async () => (await client().customers.list({ search: '' })).rows.find((r) => r.id === person.id)!
    const figuresBefore = await listed()
    await client().customers.erase({ id: person.id })

    const record = await client().customers.get({ id: person.id })
    expect(record.customer).toMatchObject({
      first_name: 'Erased',
      last_name: null,
      email: null,
      phone: null,
      note: '',
      marketing_consent: 'unknown',
      consent_source: null,
      erased_at: TEST_NOW,
      search_text: 'erased',
    })
    expect(record).toMatchObject({ tags: [], addresses: [], identities: [] })
    expect(record.orders.map((o) => o.id)).toContain(order.id)
    const erasedOrder = (await client().orders.get({ id: order.id })).order
    expect(erasedOrder).toMatchObject({ buyer_email: null, buyer_name: null, ship_line1: null, ship_postal_code: null, ship_country_code: 'GB', ship_region: 'England', customer_id: person.id })
    const { orderCount, spent, loyaltyPoints } = await listed()
    expect({ orderCount, spent, loyaltyPoints }).toEqual({ orderCount: figuresBefore.orderCount, spent: figuresBefore.spent, loyaltyPoints: figuresBefore.loyaltyPoints })
    expect(await db().selectFrom('outbox').select(['subject', 'status']).where('customer_id', '=', person.id).orderBy('subject').execute()).toEqual([
      { subject: 'Come back soon', status: 'cancelled' },
      { subject: '[erased], your parcel is on its way', status: 'sent' },
    ])
  })

  it('records the erasure in the audit log with counts only', async () => {
    const { person } = await personWithHistory()
    await client().customers.erase({ id: person.id })
    const entry = await db().selectFrom('audit_log').selectAll().where('action', '=', 'customer.erased').executeTakeFirstOrThrow()
    expect(entry).toMatchObject({ entity: 'customer', entity_id: person.id, created_at: TEST_NOW })
    expect(JSON.parse(entry.detail_json)).toMatchObject({ orders: 1, messages: 2, surveys: 1, claims: 1, addresses: 2, identities: 3, tags: 2, emailAliases: 1, merges: 1 })
  })

  it('says when it was already done, and changes nothing, when asked twice', async () => {
    const { person } = await personWithHistory()
    await client().customers.erase({ id: person.id })
    const once = await dumpShop(db())
    expect(await client().customers.erase({ id: person.id })).toEqual({ erasedAt: TEST_NOW, alreadyErased: true })
    expect(await dumpShop(db())).toEqual(once)
  })

  it('refuses a confirmation that does not name the customer, and no longer lets the record be edited', async () => {
    const ann = await addCustomer(db(), { first_name: 'Ann', last_name: 'Lee', email: 'ann@example.com' })
    await expect(client().customers.erase({ id: ann.id, confirmName: 'Bob' })).rejects.toMatchObject({ code: 'INVALID_INPUT' })
    await client().customers.erase({ id: ann.id, confirmName: ' ANN@example.com ' })
    await expect(client().customers.updateNote({ id: ann.id, note: 'x' })).rejects.toMatchObject({ code: 'CONFLICT' })
    await expect(client().customers.setTags({ id: ann.id, tags: ['x'] })).rejects.toMatchObject({ code: 'CONFLICT' })
  })
})
