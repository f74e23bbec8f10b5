import type { ClaimsTable } from '../../src-main/claims/claims.table'
import type { CustomerAddressesTable } from '../../src-main/customers/customers.table'
import type { Db } from '../../src-main/db/database'
import type { OutboxTable } from '../../src-main/followups/followups.table'
import type { ImportTables } from '../../src-main/imports/imports.table'
import type { LoyaltyLedgerTable } from '../../src-main/loyalty/loyalty.table'
import type { OrdersTable, Source } from '../../src-main/orders/orders.table'
import type { ReturnsTable } from '../../src-main/returns/returns.table'
import type { SurveyResponsesTable } from '../../src-main/surveys/surveys.table'

/** Builders for what happens after a sale (returns, claims, points, messages, answers), each stating only what a test cares about. */

let counter = 0
const nextId = (prefix: string) => `${prefix}-${String(++counter).padStart(6, '0')}`

type Owner = Pick<OrdersTable, 'id' | 'customer_id' | 'currency'>

export async function addReturn(db: Db, order: Owner, fields: Partial<ReturnsTable> = {}): Promise<ReturnsTable> {
  const id = fields.id ?? nextId('ret')
  const row: ReturnsTable = {
    id,
    order_id: order.id,
    customer_id: order.customer_id,
    rma_number: `RMA-${id}`,
    kind: 'return',
    status: 'requested',
    reason: 'damaged',
    currency: order.currency,
    refund_minor: 0,
    requested_at: '2026-01-01T00:00:00.000Z',
    received_at: null,
    resolved_at: null,
    note: '',
    import_batch_id: null,
    created_at: '2026-01-01T00:00:00.000Z',
    updated_at: '2026-01-01T00:00:00.000Z',
    ...fields,
  }
  await db.insertInto('returns').values(row).execute()
  return row
}

export async function addClaim(db: Db, order: Owner, fields: Partial<ClaimsTable> = {}): Promise<ClaimsTable> {
  const row: ClaimsTable = {
    id: nextId('clm'),
    customer_id: order.customer_id,
    order_id: order.id,
    kind: 'damaged_in_transit',
    status: 'open',
    subject: 'Broken mug',
    body: '',
    opened_at: '2026-01-01T00:00:00.000Z',
    resolved_at: null,
    created_at: '2026-01-01T00:00:00.000Z',
    updated_at: '2026-01-01T00:00:00.000Z',
    ...fields,
  }
  await db.insertInto('claims').values(row).execute()
  return row
}

export async function addPoints(db: Db, customerId: string, fields: Partial<LoyaltyLedgerTable> = {}): Promise<LoyaltyLedgerTable> {
  const row: LoyaltyLedgerTable = {
    id: nextId('pts'),
    customer_id: customerId,
    order_id: null,
    points: 10,
    reason: 'purchase',
    note: '',
    occurred_at: '2026-01-01T00:00:00.000Z',
    created_at: '2026-01-01T00:00:00.000Z',
    ...fields,
  }
  await db.insertInto('loyalty_ledger').values(row).execute()
  return row
}

export async function addMessage(db: Db, customerId: string, fields: Partial<OutboxTable> = {}): Promise<OutboxTable> {
  const id = fields.id ?? nextId('msg')
  const row: OutboxTable = {
    id,
    dedupe_key: `dedupe-${id}`,
    customer_id: customerId,
    order_id: null,
    flow_id: null,
    template_id: null,
    to_address: 'someone@example.com',
    subject: 'Thank you',
    body_html: '<p>Thank you</p>',
    body_text: 'Thank you',
    status: 'sent',
    attempts: 1,
    last_error: null,
    scheduled_at: '2026-01-01T00:00:00.000Z',
    sending_at: '2026-01-01T00:00:00.000Z',
    sent_at: '2026-01-01T00:00:00.000Z',
    smtp_message_id: null,
    created_at: '2026-01-01T00:00:00.000Z',
    updated_at: '2026-01-01T00:00:00.000Z',
    ...fields,
  }
  await db.insertInto('outbox').values(row).execute()
  return row
}

export async function addSurveyAnswer(db: Db, customerId: string, fields: Partial<SurveyResponsesTable> = {}): Promise<SurveyResponsesTable> {
  const row: SurveyResponsesTable = {
    id: nextId('srv'),
    customer_id: customerId,
    order_id: null,
    kind: 'nps',
    score: 9,
    comment: '',
    responded_at: '2026-01-01T00:00:00.000Z',
    created_at: '2026-01-01T00:00:00.000Z',
    ...fields,
  }
  await db.insertInto('survey_responses').values(row).execute()
  return row
}

export async function addAddress(db: Db, customerId: string, fields: Partial<CustomerAddressesTable> = {}): Promise<CustomerAddressesTable> {
  const row: CustomerAddressesTable = {
    id: nextId('adr'),
    customer_id: customerId,
    kind: 'default',
    name: null,
    company: null,
    line1: null,
    line2: null,
    city: null,
    region: null,
    postal_code: null,
    country_code: 'GB',
    phone: null,
    created_at: '2026-01-01T00:00:00.000Z',
    ...fields,
  }
  await db.insertInto('customer_addresses').values(row).execute()
  return row
}

export async function addIdentity(db: Db, customerId: string, source: Source, externalId: string): Promise<void> {
  await db.insertInto('customer_identities').values({ customer_id: customerId, source, external_id: externalId, created_at: '2026-01-01T00:00:00.000Z' }).execute()
}

export async function addTags(db: Db, customerId: string, ...tags: string[]): Promise<void> {
  await db
    .insertInto('customer_tags')
    .values(tags.map((tag) => ({ customer_id: customerId, tag })))
    .execute()
}

/** A refund as an import records it (it needs an import batch to belong to). */
export async function addImportedRefund(db: Db, order: Owner, amountMinor: number, refundedAt: string): Promise<string> {
  const imports = db.withTables<ImportTables>()
  const batchId = nextId('batch')
  await imports
    .insertInto('import_batches')
    .values({
      id: batchId,
      sequence: counter,
      file_name: 'refunds.csv',
      source: 'ebay',
      content_hash: batchId,
      status: 'committed',
      rows_read: 1,
      summary_json: '{}',
      warnings_json: '[]',
      created_at: refundedAt,
      undone_at: null,
    })
    .execute()
  const key = nextId('refund')
  await imports
    .insertInto('imported_refunds')
    .values({ refund_key: key, order_id: order.id, currency: order.currency, amount_minor: amountMinor, refunded_at: refundedAt, import_batch_id: batchId, created_at: refundedAt })
    .execute()
  return key
}
