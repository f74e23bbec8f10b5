import { sql, type Expression, type SelectQueryBuilder, type SqlBool } from 'kysely'
import type { Db } from '../db/database'
import type { ImportTables } from '../imports/imports.table'

/**
 * The rows behind one customer's timeline, one indexed query per kind of
 * event (each reads its table by customer id, or the customer's orders by
 * the orders' customer index), merged and paged by customer-timeline.rules.ts.
 * Each reads only this customer's rows, through an index, and returns at
 * most `limit` of them, so the cost follows the customer's history, not the
 * size of the shop (no index beyond the existing ones is needed).
 */

/** Either the newest `limit` rows strictly before an instant, or every row at exactly one instant (to complete a page). */
export type TimelineWindow = { before: string | null; limit: number } | { at: string }

function windowed<DB, TB extends keyof DB, O>(query: SelectQueryBuilder<DB, TB, O>, at: Expression<string>, window: TimelineWindow) {
  if ('at' in window) return query.where(sql<SqlBool>`${at} = ${window.at}`)
  const bounded = window.before === null ? query : query.where(sql<SqlBool>`${at} < ${window.before}`)
  return bounded.orderBy(at, 'desc').limit(window.limit)
}

const ref = (column: string) => sql<string>`${sql.ref(column)}`

function placedOrders(db: Db, customerId: string, window: TimelineWindow) {
  const query = db
    .selectFrom('orders')
    .select([
      'id as rowId',
      'placed_at as at',
      'order_number as orderNumber',
      'source',
      'currency',
      'total_minor as totalMinor',
      'financial_status as financialStatus',
      'fulfillment_status as fulfillmentStatus',
    ])
    .where('customer_id', '=', customerId)
  return windowed(query, ref('orders.placed_at'), window).execute()
}

function cancelledOrders(db: Db, customerId: string, window: TimelineWindow) {
  const query = db
    .selectFrom('orders')
    .select(['id as rowId', sql<string>`cancelled_at`.as('at'), 'order_number as orderNumber', 'source', 'currency', 'total_minor as totalMinor'])
    .where('customer_id', '=', customerId)
    .where('cancelled_at', 'is not', null)
  return windowed(query, ref('orders.cancelled_at'), window).execute()
}

function importedRefunds(db: Db, customerId: string, window: TimelineWindow) {
  const query = db
    .withTables<ImportTables>()
    .selectFrom('orders')
    .innerJoin('imported_refunds as refunds', 'refunds.order_id', 'orders.id')
    .select([
      'refunds.refund_key as rowId',
      'refunds.refunded_at as at',
      'orders.id as orderId',
      'orders.order_number as orderNumber',
      'orders.source',
      'refunds.currency',
      'refunds.amount_minor as amountMinor',
    ])
    .where('orders.customer_id', '=', customerId)
  return windowed(query, ref('refunds.refunded_at'), window).execute()
}

/**
 * Money a resolved return gave back, for orders whose platform reported no
 * refunds of its own: where it did, those imported refunds already are this
 * money, and showing both would count it twice.
 */
function returnRefunds(db: Db, customerId: string, window: TimelineWindow) {
  const query = db
    .withTables<ImportTables>()
    .selectFrom('returns')
    .innerJoin('orders', 'orders.id', 'returns.order_id')
    .select([
      'returns.id as rowId',
      sql<string>`returns.resolved_at`.as('at'),
      'returns.rma_number as rmaNumber',
      'orders.id as orderId',
      'orders.order_number as orderNumber',
      'returns.currency',
      'returns.refund_minor as amountMinor',
    ])
    .where('returns.customer_id', '=', customerId)
    .where('returns.refund_minor', '>', 0)
    .where('returns.resolved_at', 'is not', null)
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('imported_refunds').select('refund_key').whereRef('imported_refunds.order_id', '=', 'returns.order_id'))))
  return windowed(query, ref('returns.resolved_at'), window).execute()
}

function requestedReturns(db: Db, customerId: string, window: TimelineWindow) {
  const query = db
    .selectFrom('returns')
    .innerJoin('orders', 'orders.id', 'returns.order_id')
    .select([
      'returns.id as rowId',
      'returns.requested_at as at',
      'returns.rma_number as rmaNumber',
      'returns.kind as returnKind',
      'returns.reason',
      'returns.status',
      'orders.id as orderId',
      'orders.order_number as orderNumber',
    ])
    .where('returns.customer_id', '=', customerId)
  return windowed(query, ref('returns.requested_at'), window).execute()
}

function claims(db: Db, customerId: string, window: TimelineWindow, moment: 'opened' | 'closed') {
  const at = moment === 'opened' ? 'claims.opened_at' : 'claims.resolved_at'
  let query = db
    .selectFrom('claims')
    .leftJoin('orders', 'orders.id', 'claims.order_id')
    .select([
      'claims.id as rowId',
      sql<string>`${sql.ref(at)}`.as('at'),
      'claims.subject',
      'claims.kind as claimKind',
      'claims.status',
      'claims.order_id as orderId',
      'orders.order_number as orderNumber',
    ])
    .where('claims.customer_id', '=', customerId)
  if (moment === 'closed') query = query.where('claims.resolved_at', 'is not', null).where('claims.status', 'in', ['resolved', 'rejected'])
  return windowed(query, ref(at), window).execute()
}

function loyaltyMovements(db: Db, customerId: string, window: TimelineWindow) {
  const query = db
    .selectFrom('loyalty_ledger')
    .leftJoin('orders', 'orders.id', 'loyalty_ledger.order_id')
    .select([
      'loyalty_ledger.id as rowId',
      'loyalty_ledger.occurred_at as at',
      'loyalty_ledger.points',
      'loyalty_ledger.reason',
      'loyalty_ledger.note',
      'loyalty_ledger.order_id as orderId',
      'orders.order_number as orderNumber',
    ])
    .where('loyalty_ledger.customer_id', '=', customerId)
  return windowed(query, ref('loyalty_ledger.occurred_at'), window).execute()
}

/** Messages that went out, or were tried: queued, suppressed and cancelled ones never reached the customer. */
function messages(db: Db, customerId: string, window: TimelineWindow) {
  const at = sql<string>`coalesce(outbox.sent_at, outbox.sending_at, outbox.updated_at)`
  const query = db
    .selectFrom('outbox')
    .leftJoin('orders', 'orders.id', 'outbox.order_id')
    .select([
      'outbox.id as rowId',
      at.as('at'),
      'outbox.subject',
      'outbox.status',
      'outbox.to_address as toAddress',
      'outbox.last_error as lastError',
      'outbox.order_id as orderId',
      'orders.order_number as orderNumber',
    ])
    .where('outbox.customer_id', '=', customerId)
    .where('outbox.status', 'in', ['sent', 'unknown', 'failed'])
  return windowed(query, at, window).execute()
}

function surveyAnswers(db: Db, customerId: string, window: TimelineWindow) {
  const query = db
    .selectFrom('survey_responses')
    .leftJoin('orders', 'orders.id', 'survey_responses.order_id')
    .select([
      'survey_responses.id as rowId',
      'survey_responses.responded_at as at',
      'survey_responses.kind as surveyKind',
      'survey_responses.score',
      'survey_responses.comment',
      'survey_responses.order_id as orderId',
      'orders.order_number as orderNumber',
    ])
    .where('survey_responses.customer_id', '=', customerId)
  return windowed(query, ref('survey_responses.responded_at'), window).execute()
}

function mergesInto(db: Db, customerId: string, window: TimelineWindow) {
  const query = db
    .selectFrom('customer_merges')
    .select(['id as rowId', 'merged_at as at', 'snapshot_json as snapshotJson'])
    .where('kept_customer_id', '=', customerId)
    .where('undone_at', 'is', null)
  return windowed(query, ref('customer_merges.merged_at'), window).execute()
}

export async function timelineRows(db: Db, customerId: string, window: TimelineWindow) {
  const [placed, cancelled, refunds, refundsByReturn, returns, opened, closed, loyalty, sent, surveys, merges] = await Promise.all([
    placedOrders(db, customerId, window),
    cancelledOrders(db, customerId, window),
    importedRefunds(db, customerId, window),
    returnRefunds(db, customerId, window),
    requestedReturns(db, customerId, window),
    claims(db, customerId, window, 'opened'),
    claims(db, customerId, window, 'closed'),
    loyaltyMovements(db, customerId, window),
    messages(db, customerId, window),
    surveyAnswers(db, customerId, window),
    mergesInto(db, customerId, window),
  ])
  return { placed, cancelled, refunds, refundsByReturn, returns, opened, closed, loyalty, sent, surveys, merges }
}

export type TimelineRows = Awaited<ReturnType<typeof timelineRows>>

export async function customerExists(db: Db, customerId: string): Promise<boolean> {
  return (await db.selectFrom('customers').select('id').where('id', '=', customerId).executeTakeFirst()) !== undefined
}
