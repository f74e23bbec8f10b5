import type { LoyaltyLedgerTable, LoyaltyReason } from '../loyalty/loyalty.table'
import type { Source } from '../orders/orders.table'
import type { RefundEvent } from './demo-after-sale.rules'
import { DAY, iso } from './demo-calendar'
import type { MakeId } from './demo-ids'
import { groupBy } from './group-by'
import type { DemoOrder } from './demo-orders.rules'
import type { Random } from './demo-random'

/** The rewards club runs on the shop's own checkouts; marketplaces do not let a seller reward their buyers. */
const MEMBER_SOURCES: readonly Source[] = ['shopify', 'woocommerce', 'square']
const REWARD_COST = 500
const EXPIRES_AFTER_DAYS = 540
const REWARD_GIFTS = ['Matches in a Glass Jar', 'Beechwood Dish Brush', 'Travel Candle Trio']

type MovementKind = 'bonus' | 'redemption' | 'purchase' | 'refund'

interface Movement {
  at: number
  kind: MovementKind
  order: DemoOrder
  amountMinor: number
}

/** At one instant: join, then spend, then earn, then give back. */
const SAME_INSTANT_ORDER: Record<MovementKind, number> = { bonus: 0, redemption: 1, purchase: 2, refund: 3 }

function movementsOf(random: Random, orders: readonly DemoOrder[], refundsByOrder: ReadonlyMap<DemoOrder, readonly RefundEvent[]>): Movement[] {
  const movements: Movement[] = []
  const first = orders[0]
  if (first && random.chance(0.3)) movements.push({ at: Date.parse(first.row.placed_at), kind: 'bonus', order: first, amountMinor: 0 })
  for (const order of orders) {
    if (order.row.paid_at === null || order.row.cancelled_at !== null) continue
    movements.push({ at: Date.parse(order.row.placed_at), kind: 'redemption', order, amountMinor: 0 })
    movements.push({ at: Date.parse(order.row.paid_at), kind: 'purchase', order, amountMinor: order.row.subtotal_minor - order.row.discount_minor })
    for (const refund of refundsByOrder.get(order) ?? []) movements.push({ at: refund.at, kind: 'refund', order, amountMinor: refund.amountMinor })
  }
  return movements.sort((a, b) => a.at - b.at || SAME_INSTANT_ORDER[a.kind] - SAME_INSTANT_ORDER[b.kind])
}

/**
 * One point per whole currency unit spent, a free gift for 500 points,
 * points taken back on refunds and expired after 18 months of silence.
 * The balance never goes below zero, because a real programme cannot.
 */
export function loyaltyLedger(random: Random, makeId: MakeId, orders: readonly DemoOrder[], refunds: readonly RefundEvent[], now: number): LoyaltyLedgerTable[] {
  const refundsByOrder = groupBy(refunds, (refund) => refund.order)
  const memberOrders = orders.filter((o) => o.row.customer_id !== null && !o.wholesale && MEMBER_SOURCES.includes(o.row.source))
  const ordersByMember = groupBy(memberOrders, (order) => order.row.customer_id as string)

  const ledger: LoyaltyLedgerTable[] = []
  for (const [customerId, ownOrders] of ordersByMember) {
    let balance = 0
    let lastActivity = 0
    const record = (at: number, points: number, reason: LoyaltyReason, order: DemoOrder | null, note: string) => {
      balance += points
      ledger.push({ id: makeId(at), customer_id: customerId, order_id: order?.row.id ?? null, points, reason, note, occurred_at: iso(at), created_at: iso(at) })
    }
    const expireIfDormantBefore = (at: number) => {
      const expiresAt = lastActivity + EXPIRES_AFTER_DAYS * DAY
      if (balance > 0 && lastActivity > 0 && expiresAt <= at) record(expiresAt, -balance, 'expiry', null, 'Expired after 18 months without an order')
    }
    for (const movement of movementsOf(random, ownOrders, refundsByOrder)) {
      expireIfDormantBefore(movement.at)
      const number = movement.order.row.order_number
      if (movement.kind === 'bonus') {
        record(movement.at, 100, 'bonus', null, 'Welcome to Fernwood Rewards')
      } else if (movement.kind === 'redemption') {
        if (balance >= REWARD_COST && random.chance(0.35)) record(movement.at, -REWARD_COST, 'redemption', movement.order, `Free gift with ${number}: ${random.pick(REWARD_GIFTS)}`)
      } else if (movement.kind === 'purchase') {
        const points = Math.floor(movement.amountMinor / 100)
        if (points > 0) record(movement.at, points, 'purchase', movement.order, `Order ${number}`)
      } else {
        const points = Math.min(balance, Math.floor(movement.amountMinor / 100))
        if (points > 0) record(movement.at, -points, 'refund', movement.order, `Refund on ${number}`)
      }
      if (movement.kind !== 'refund') lastActivity = movement.at
    }
    expireIfDormantBefore(now)
  }
  return ledger
}
