import type { ClaimKind } from '../claims/claims.table'
import type { OutboxStatus } from '../followups/followups.table'
import type { LoyaltyReason } from '../loyalty/loyalty.table'
import type { FinancialStatus, FulfillmentStatus, Source } from '../orders/orders.table'
import type { ReturnReason, ReturnStatus } from '../returns/returns.table'
import type { SurveyKind } from '../surveys/surveys.table'
import type { TimelineRows } from './customer-timeline.repo'
import { customerLabel, isErasedSnapshot, parseSnapshot } from './customer-merge.rules'

/**
 * One customer's story as a single list, newest first: the rows of every
 * table turned into events a shop owner reads, and cut into pages.
 *
 * Refunds are the platforms' own refund records (imported_refunds), each at
 * the moment it was made, plus the money a resolved return gave back on an
 * order the platform reported no refunds for. An order's refunded amount
 * alone is not an event: exports give no date for it, and placing it at the
 * order's last update would put a refund where none happened. The order's
 * own entry says "refunded" instead, through its status.
 */

export const TIMELINE_KINDS = ['order', 'refund', 'cancellation', 'return', 'claim', 'loyalty', 'message', 'survey', 'note'] as const
export type TimelineKind = (typeof TIMELINE_KINDS)[number]

export interface TimelineEvent {
  kind: TimelineKind
  at: string
  /** Unique within its kind: the row's id, with a suffix for a row's second moment (a claim's resolution). */
  id: string
  title: string
  detail: string | null
  orderId: string | null
  amount: { currency: string; minor: number } | null
  points: number | null
  source: Source | null
}

const FINANCIAL: Record<FinancialStatus, string> = {
  pending: 'Payment pending',
  authorized: 'Authorised',
  paid: 'Paid',
  partially_refunded: 'Partly refunded',
  refunded: 'Refunded',
  voided: 'Voided',
  unknown: 'Payment status unknown',
}

const FULFILMENT: Record<FulfillmentStatus, string> = {
  unfulfilled: 'Not shipped',
  partially_fulfilled: 'Partly shipped',
  fulfilled: 'Shipped',
  delivered: 'Delivered',
  unknown: 'Shipping status unknown',
}

const RETURN_REASONS: Record<ReturnReason, string> = {
  damaged: 'Damaged',
  wrong_item: 'Wrong item',
  not_as_described: 'Not as described',
  size_fit: 'Size or fit',
  changed_mind: 'Changed their mind',
  late_delivery: 'Late delivery',
  defective: 'Defective',
  other: 'Other reason',
}

const RETURN_STATUSES: Record<ReturnStatus, string> = {
  requested: 'requested',
  approved: 'approved',
  received: 'received',
  refunded: 'refunded',
  exchanged: 'exchanged',
  rejected: 'rejected',
  closed: 'closed',
}

const CLAIM_KINDS: Record<ClaimKind, string> = {
  support: 'Support',
  warranty: 'Warranty',
  damaged_in_transit: 'Damaged in transit',
  missing_parcel: 'Missing parcel',
  other: 'Other',
}

const LOYALTY: Record<LoyaltyReason, string> = {
  purchase: 'Points earned on a purchase',
  refund: 'Points taken back for a refund',
  redemption: 'Points redeemed',
  bonus: 'Bonus points',
  adjustment: 'Points adjusted',
  expiry: 'Points expired',
}

function messageDetail(status: OutboxStatus, toAddress: string, lastError: string | null): string {
  if (status === 'sent') return `Sent to ${toAddress}`
  if (status === 'failed') return `Not delivered to ${toAddress}${lastError ? `: ${lastError}` : ''}`
  return `Sending to ${toAddress} was interrupted; it may or may not have arrived`
}

const onOrder = (orderNumber: string | null) => (orderNumber === null ? null : `Order ${orderNumber}`)

// Each part once: a loyalty note often already names the order it came from.
const joined = (...parts: Array<string | null>) => [...new Set(parts.filter((p): p is string => p !== null && p !== ''))].join(' · ') || null

const SURVEY_TITLES: Record<SurveyKind, (score: number) => string> = {
  nps: (score) => `Would recommend: ${score} out of 10`,
  csat: (score) => `Satisfaction: ${score} out of 5`,
}

/** Every row of every source, as events (unsorted). */
export function toEvents(rows: TimelineRows): TimelineEvent[] {
  const base = { detail: null, orderId: null, amount: null, points: null, source: null }
  return [
    ...rows.placed.map((r) => ({
      ...base,
      kind: 'order' as const,
      at: r.at,
      id: r.rowId,
      title: `Order ${r.orderNumber} placed`,
      detail: joined(FINANCIAL[r.financialStatus], FULFILMENT[r.fulfillmentStatus]),
      orderId: r.rowId,
      amount: { currency: r.currency, minor: Number(r.totalMinor) },
      source: r.source,
    })),
    ...rows.cancelled.map((r) => ({
      ...base,
      kind: 'cancellation' as const,
      at: r.at,
      id: r.rowId,
      title: `Order ${r.orderNumber} cancelled`,
      orderId: r.rowId,
      amount: { currency: r.currency, minor: Number(r.totalMinor) },
      source: r.source,
    })),
    ...rows.refunds.map((r) => ({
      ...base,
      kind: 'refund' as const,
      at: r.at,
      id: r.rowId,
      title: `Refund on order ${r.orderNumber}`,
      orderId: r.orderId,
      amount: { currency: r.currency, minor: Number(r.amountMinor) },
      source: r.source,
    })),
    ...rows.refundsByReturn.map((r) => ({
      ...base,
      kind: 'refund' as const,
      at: r.at,
      id: r.rowId,
      title: `Refund for return ${r.rmaNumber}`,
      detail: onOrder(r.orderNumber),
      orderId: r.orderId,
      amount: { currency: r.currency, minor: Number(r.amountMinor) },
    })),
    ...rows.returns.map((r) => ({
      ...base,
      kind: 'return' as const,
      at: r.at,
      id: r.rowId,
      title: `${r.returnKind === 'exchange' ? 'Exchange' : 'Return'} ${r.rmaNumber} requested`,
      detail: joined(RETURN_REASONS[r.reason], onOrder(r.orderNumber), `now ${RETURN_STATUSES[r.status]}`),
      orderId: r.orderId,
    })),
    ...rows.opened.map((r) => ({
      ...base,
      kind: 'claim' as const,
      at: r.at,
      id: r.rowId,
      title: `Claim opened: ${r.subject}`,
      detail: joined(CLAIM_KINDS[r.claimKind], onOrder(r.orderNumber)),
      orderId: r.orderId,
    })),
    ...rows.closed.map((r) => ({
      ...base,
      kind: 'claim' as const,
      at: r.at,
      id: `${r.rowId}:closed`,
      title: `Claim ${r.status === 'rejected' ? 'rejected' : 'resolved'}: ${r.subject}`,
      detail: joined(CLAIM_KINDS[r.claimKind], onOrder(r.orderNumber)),
      orderId: r.orderId,
    })),
    ...rows.loyalty.map((r) => ({
      ...base,
      kind: 'loyalty' as const,
      at: r.at,
      id: r.rowId,
      title: LOYALTY[r.reason],
      detail: joined(r.note, onOrder(r.orderNumber)),
      orderId: r.orderId,
      points: Number(r.points),
    })),
    ...rows.sent.map((r) => ({
      ...base,
      kind: 'message' as const,
      at: r.at,
      id: r.rowId,
      title: r.subject,
      detail: messageDetail(r.status, r.toAddress, r.lastError),
      orderId: r.orderId,
    })),
    ...rows.surveys.map((r) => ({
      ...base,
      kind: 'survey' as const,
      at: r.at,
      id: r.rowId,
      title: SURVEY_TITLES[r.surveyKind](Number(r.score)),
      detail: r.comment === '' ? null : r.comment,
      orderId: r.orderId,
    })),
    ...rows.merges.map((r) => {
      const snapshot = parseSnapshot(r.snapshotJson)
      return {
        ...base,
        kind: 'note' as const,
        at: r.at,
        id: r.rowId,
        title: 'Another record of this customer was merged into this one',
        detail: isErasedSnapshot(snapshot) ? null : customerLabel(snapshot.merged),
      }
    }),
  ]
}

/** Newest first; at one instant, by kind then id, so a page boundary never shuffles events. */
function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  if (a.at !== b.at) return a.at < b.at ? 1 : -1
  if (a.kind !== b.kind) return a.kind < b.kind ? -1 : 1
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

export interface TimelinePage {
  events: TimelineEvent[]
  hasMore: boolean
}

/**
 * Cuts one page from the newest `limit + 1` events of each source. Pages are
 * asked for by instant ("before this one"), so a page never ends in the
 * middle of an instant: when the cut falls inside one, `atCut` fetches every
 * event of that instant and the page takes them all (it may run a little
 * over `limit`). Otherwise the next page would skip the rest of that instant.
 */
export async function cutPage(
  fetched: TimelineEvent[],
  limit: number,
  sourceTruncated: boolean,
  atCut: (at: string) => Promise<TimelineEvent[]>,
): Promise<TimelinePage> {
  const sorted = [...fetched].sort(compareEvents)
  if (sorted.length <= limit) return { events: sorted, hasMore: false }
  const last = sorted[limit - 1]!
  const next = sorted[limit]!
  if (next.at !== last.at) return { events: sorted.slice(0, limit), hasMore: true }
  const boundary = last.at
  const newer = sorted.filter((e) => e.at > boundary)
  const atBoundary = (await atCut(boundary)).sort(compareEvents)
  return { events: [...newer, ...atBoundary], hasMore: sourceTruncated || sorted.some((e) => e.at < boundary) }
}
