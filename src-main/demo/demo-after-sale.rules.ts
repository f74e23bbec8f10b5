import type { ClaimKind, ClaimsTable, ClaimStatus } from '../claims/claims.table'
import type { OrderLinesTable } from '../orders/orders.table'
import type { ReturnLinesTable, ReturnReason, ReturnsTable, ReturnStatus } from '../returns/returns.table'
import { DAY, HOUR, iso } from './demo-calendar'
import { categoryOfSku, GIFT_CARD_SKU } from './demo-catalogue'
import type { MakeId } from './demo-ids'
import type { DemoOrder } from './demo-orders.rules'
import type { Random } from './demo-random'
import { rmaNumber } from './demo-tag'
import { CLAIM_TEXTS, type ClaimTopic, CLOSED_RETURN_NOTE, EXCHANGE_NOTES, REJECTED_RETURN_NOTES } from './demo-text'

/** Money that went back to a buyer, kept so the loyalty ledger can take the matching points back. */
export interface RefundEvent {
  order: DemoOrder
  at: number
  amountMinor: number
}

export interface AfterSale {
  returns: ReturnsTable[]
  return_lines: ReturnLinesTable[]
  claims: ClaimsTable[]
  refunds: RefundEvent[]
  /** Orders that went wrong somehow: their buyers answer surveys less kindly. */
  troubled: Set<DemoOrder>
}

const ms = (at: string | null): number | null => (at === null ? null : Date.parse(at))

/** A line's share of what the buyer paid: after the order discount, with its share of the tax. */
function refundFor(order: DemoOrder, line: OrderLinesTable, units: number): number {
  const { subtotal_minor, discount_minor, tax_minor } = order.row
  if (subtotal_minor <= 0) return 0
  const lineNet = ((line.quantity * line.unit_price_minor - line.line_discount_minor) * units) / line.quantity
  return Math.round((lineNet * (subtotal_minor - discount_minor + tax_minor)) / subtotal_minor)
}

/** Pays money back, never more than is left on the order, and keeps the order's status and lines in step. */
function refund(order: DemoOrder, amountMinor: number, at: number, units: ReadonlyArray<readonly [OrderLinesTable, number]>, refunds: RefundEvent[]): number {
  const row = order.row
  const paid = Math.min(amountMinor, row.total_minor - row.refunded_minor)
  for (const [line, count] of units) line.refunded_quantity = Math.min(line.quantity, line.refunded_quantity + count)
  if (paid <= 0) return 0
  row.refunded_minor += paid
  row.financial_status = row.refunded_minor === row.total_minor ? 'refunded' : 'partially_refunded'
  row.updated_at = iso(Math.max(Date.parse(row.updated_at), at))
  refunds.push({ order, at, amountMinor: paid })
  return paid
}

function isShippedToBuyer(order: DemoOrder): boolean {
  const row = order.row
  return row.cancelled_at === null && row.customer_id !== null && row.fulfilled_at !== null && row.carrier !== null
}

const RETURN_REASONS = [
  ['changed_mind', 30],
  ['damaged', 14],
  ['not_as_described', 14],
  ['defective', 12],
  ['wrong_item', 10],
  ['late_delivery', 6],
  ['other', 6],
] as const satisfies ReadonlyArray<readonly [ReturnReason, number]>

/** Reasons where the shop was at fault, so the whole order including shipping goes back. */
const SHOP_AT_FAULT: readonly ReturnReason[] = ['damaged', 'defective', 'wrong_item', 'not_as_described']

interface ReturnContext {
  random: Random
  makeId: MakeId
  now: number
  tag: string
  sequence: number
  out: AfterSale
}

function chooseReturnedUnits(random: Random, lines: readonly OrderLinesTable[]): Array<readonly [OrderLinesTable, number]> {
  const returnable = lines.filter((l) => l.quantity > l.refunded_quantity && l.sku !== GIFT_CARD_SKU)
  if (returnable.length === 0) return []
  const chosen = returnable.length > 1 && random.chance(0.15) ? returnable.slice(0, 2) : [random.pick(returnable)]
  return chosen.map((line) => {
    const left = line.quantity - line.refunded_quantity
    return [line, left === 1 || random.chance(0.5) ? left : random.int(1, left)] as const
  })
}

interface ReturnProgress {
  status: ReturnStatus
  receivedAt: number | null
  resolvedAt: number | null
}

const EXCHANGE_OUTCOMES = [['exchanged', 90], ['closed', 10]] as const
const RETURN_OUTCOMES = [['refunded', 86], ['rejected', 6], ['closed', 8]] as const
/** A return label unused for this long closes the return. */
const ABANDONED_AFTER_DAYS = 30

/** How far a return has got by "now": requested, approved (label sent), received, then resolved; or closed if never sent back. */
function returnProgress(random: Random, kind: ReturnsTable['kind'], requestedAt: number, now: number): ReturnProgress {
  const receivedAt = Math.floor(requestedAt + random.between(4, 11) * DAY)
  const resolvedAt = Math.floor(receivedAt + random.between(0.5, 3) * DAY)
  const abandonedAt = requestedAt + ABANDONED_AFTER_DAYS * DAY
  if (resolvedAt <= now) {
    const outcome = random.weighted(kind === 'exchange' ? EXCHANGE_OUTCOMES : RETURN_OUTCOMES)
    if (outcome !== 'closed') return { status: outcome, receivedAt, resolvedAt }
    return abandonedAt <= now ? { status: 'closed', receivedAt: null, resolvedAt: abandonedAt } : { status: 'approved', receivedAt: null, resolvedAt: null }
  }
  if (receivedAt <= now) return { status: 'received', receivedAt, resolvedAt: null }
  return { status: requestedAt < now - DAY ? 'approved' : 'requested', receivedAt: null, resolvedAt: null }
}

function exchangeChance(reason: ReturnReason): number {
  return reason === 'size_fit' ? 0.45 : reason === 'wrong_item' ? 0.4 : reason === 'defective' ? 0.3 : 0.05
}

function returnNote(random: Random, status: ReturnStatus): string {
  if (status === 'exchanged') return random.pick(EXCHANGE_NOTES)
  if (status === 'rejected') return random.pick(REJECTED_RETURN_NOTES)
  return status === 'closed' ? CLOSED_RETURN_NOTE : ''
}

function conditionOf(random: Random, reason: ReturnReason): ReturnLinesTable['condition'] {
  if (reason === 'damaged' || reason === 'defective') return 'damaged'
  if (reason === 'size_fit' || reason === 'changed_mind') return random.chance(0.7) ? 'new' : 'opened'
  return 'opened'
}

/** Apparel comes back far more often than homeware, mostly for size. */
function maybeReturn(order: DemoOrder, ctx: ReturnContext): void {
  const { random, now } = ctx
  const hasApparel = order.lines.some((l) => categoryOfSku(l.sku) === 'apparel')
  if (order.wholesale || !random.chance(hasApparel ? 0.1 : 0.045)) return
  const reason: ReturnReason = hasApparel && random.chance(0.55) ? 'size_fit' : random.weighted(RETURN_REASONS)
  const arrivedAt = ms(order.row.delivered_at) ?? (ms(order.row.fulfilled_at) ?? Date.parse(order.row.placed_at)) + 6 * DAY
  const requestedAt = Math.floor(arrivedAt + Math.min(40, random.logNormal(6, 0.6)) * DAY)
  if (requestedAt > now - HOUR) return
  const units = chooseReturnedUnits(random, order.lines)
  if (units.length === 0) return

  const kind = random.chance(exchangeChance(reason)) ? 'exchange' : 'return'
  const progress = returnProgress(random, kind, requestedAt, now)
  let refundMinor = 0
  if (progress.status === 'refunded' && progress.resolvedAt !== null) {
    const everything = order.lines.every((line) => units.some(([l, n]) => l === line && n === line.quantity))
    const amount = everything && SHOP_AT_FAULT.includes(reason) ? order.row.total_minor : units.reduce((sum, [line, n]) => sum + refundFor(order, line, n), 0)
    refundMinor = refund(order, amount, progress.resolvedAt, units, ctx.out.refunds)
  }

  ctx.sequence += 1
  const returnId = ctx.makeId(requestedAt)
  ctx.out.returns.push({
    id: returnId,
    order_id: order.row.id,
    customer_id: order.row.customer_id,
    rma_number: rmaNumber(ctx.tag, ctx.sequence),
    kind,
    status: progress.status,
    reason,
    currency: order.row.currency,
    refund_minor: refundMinor,
    requested_at: iso(requestedAt),
    received_at: progress.receivedAt === null ? null : iso(progress.receivedAt),
    resolved_at: progress.resolvedAt === null ? null : iso(progress.resolvedAt),
    note: returnNote(random, progress.status),
    import_batch_id: null,
    created_at: iso(requestedAt),
    updated_at: iso(progress.resolvedAt ?? progress.receivedAt ?? requestedAt),
  })
  for (const [line, quantity] of units) {
    ctx.out.return_lines.push({ id: ctx.makeId(requestedAt), return_id: returnId, order_line_id: line.id, sku: line.sku, quantity, condition: conditionOf(random, reason) })
  }
  if (reason !== 'size_fit' && reason !== 'changed_mind') ctx.out.troubled.add(order)
}

const CLAIM_KINDS_AFTER_DELIVERY = [['damaged_in_transit', 32], ['warranty', 16], ['support', 30], ['missing_parcel', 12], ['other', 4]] as const
const CLAIM_KINDS_IN_TRANSIT = [['missing_parcel', 60], ['support', 40]] as const

function claimKindFor(random: Random, order: DemoOrder): ClaimKind {
  if (order.row.delivered_at !== null) return random.weighted(CLAIM_KINDS_AFTER_DELIVERY)
  if (order.row.fulfilled_at !== null) return random.weighted(CLAIM_KINDS_IN_TRANSIT)
  return 'support'
}

function claimOpenedAt(random: Random, order: DemoOrder, kind: ClaimKind): number {
  const placed = Date.parse(order.row.placed_at)
  const fulfilled = ms(order.row.fulfilled_at)
  const delivered = ms(order.row.delivered_at)
  switch (kind) {
    case 'damaged_in_transit':
      return (delivered ?? placed) + Math.floor(random.between(2, 72) * HOUR)
    case 'warranty':
      return (delivered ?? placed) + Math.floor(random.between(40, 300) * DAY)
    case 'missing_parcel':
      return (delivered ?? fulfilled ?? placed) + Math.floor(random.between(delivered ? 1 : 8, delivered ? 4 : 16) * DAY)
    default:
      return placed + Math.floor(random.between(2, 60) * HOUR)
  }
}

/** What the buyer writes depends on what went wrong, with what, and whether the parcel had left yet. */
function claimTopic(kind: ClaimKind, order: DemoOrder, line: OrderLinesTable, openedAt: number): ClaimTopic {
  const category = categoryOfSku(line.sku)
  const fragile = category === 'ceramics' || category === 'candles'
  switch (kind) {
    case 'damaged_in_transit':
      return fragile ? 'broken' : 'spoiled'
    case 'warranty':
      return fragile ? 'worn_fragile' : category === 'kitchen' ? 'worn_wood' : 'worn_textile'
    case 'missing_parcel':
      return order.row.delivered_at === null ? 'lost_in_transit' : 'not_received'
    default: {
      const fulfilledAt = ms(order.row.fulfilled_at)
      return fulfilledAt === null || openedAt < fulfilledAt ? 'before_shipping' : 'question'
    }
  }
}

function maybeClaim(order: DemoOrder, ctx: ReturnContext): void {
  const { random, now } = ctx
  const row = order.row
  if (row.cancelled_at !== null || row.customer_id === null || row.source === 'square' || !random.chance(0.022)) return
  const kind = claimKindFor(random, order)
  const openedAt = claimOpenedAt(random, order, kind)
  if (openedAt > now - HOUR) return
  const resolvedAt = Math.floor(openedAt + Math.max(2 * HOUR, random.logNormal(3, 0.7) * DAY))
  const status: ClaimStatus =
    resolvedAt <= now
      ? random.chance(kind === 'warranty' ? 0.3 : kind === 'support' || kind === 'other' ? 0 : 0.08)
        ? 'rejected'
        : 'resolved'
      : random.chance(0.5)
        ? 'waiting_on_customer'
        : 'open'
  const line = random.pick(order.lines)
  const text = random.pick(CLAIM_TEXTS[claimTopic(kind, order, line, openedAt)])
  const fill = (s: string) => s.replace('{order}', row.order_number).replace('{item}', line.title)
  const closed = status === 'resolved' || status === 'rejected'
  ctx.out.claims.push({
    id: ctx.makeId(openedAt),
    customer_id: row.customer_id,
    order_id: row.id,
    kind,
    status,
    subject: fill(text.subject),
    body: fill(text.body),
    opened_at: iso(openedAt),
    resolved_at: closed ? iso(resolvedAt) : null,
    created_at: iso(openedAt),
    updated_at: iso(closed ? resolvedAt : openedAt),
  })
  if (kind !== 'support' && kind !== 'other') ctx.out.troubled.add(order)
  if (status !== 'resolved') return
  // Half the breakages are refunded, the rest replaced; lost parcels are mostly re-sent.
  if (kind === 'damaged_in_transit' && random.chance(0.55) && line.refunded_quantity < line.quantity) {
    refund(order, refundFor(order, line, 1), resolvedAt, [[line, 1]], ctx.out.refunds)
  } else if (kind === 'missing_parcel' && random.chance(0.35)) {
    refund(order, row.total_minor, resolvedAt, order.lines.map((l) => [l, l.quantity - l.refunded_quantity] as const), ctx.out.refunds)
  }
}

/** A small refund to say sorry for a slow parcel: the kind of thing shops do without a return. */
function maybeGoodwill(order: DemoOrder, ctx: ReturnContext): void {
  const { random, now } = ctx
  const row = order.row
  const delivered = ms(row.delivered_at)
  if (delivered === null || row.customer_id === null || row.refunded_minor > 0 || !random.chance(0.02)) return
  const at = Math.floor(delivered + random.between(1, 10) * DAY)
  if (at > now) return
  refund(order, row.shipping_minor > 0 ? row.shipping_minor : Math.round(row.total_minor * 0.1), at, [], ctx.out.refunds)
}

/** Returns, claims and refunds, decided order by order in the order they were placed. */
export function afterSale(random: Random, makeId: MakeId, orders: readonly DemoOrder[], tag: string, now: number): AfterSale {
  const ctx: ReturnContext = { random, makeId, now, tag, sequence: 0, out: { returns: [], return_lines: [], claims: [], refunds: [], troubled: new Set() } }
  for (const order of orders) {
    if (isShippedToBuyer(order)) maybeReturn(order, ctx)
    maybeClaim(order, ctx)
    maybeGoodwill(order, ctx)
  }
  return ctx.out
}
