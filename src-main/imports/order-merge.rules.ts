import { orderSearchText } from '../orders/order-search-text'
import type { FinancialStatus, FulfillmentStatus, OrderLinesTable, OrdersTable } from '../orders/orders.table'
import { shippingColumns } from '../orders/shipping-columns'
import type { ImportedOrder, ImportedOrderLine } from './import-record'

/**
 * How an export's view of an order meets what the shop already has. Exports
 * overlap and arrive out of order, so facts only accumulate: statuses move
 * forward, refunds never shrink, a cancellation or a tracking number is
 * never erased by a file that leaves the cell blank.
 */

const FINANCIAL_RANK: Record<FinancialStatus, number> = {
  unknown: -1,
  pending: 0,
  authorized: 1,
  paid: 2,
  partially_refunded: 3,
  refunded: 4,
  voided: 4,
}

const FULFILLMENT_RANK: Record<FulfillmentStatus, number> = {
  unknown: -1,
  unfulfilled: 0,
  partially_fulfilled: 1,
  fulfilled: 2,
  delivered: 3,
}

function furthest<T extends string>(rank: Record<T, number>, current: T, incoming: T): T {
  return rank[incoming] >= rank[current] ? incoming : current
}

/** A paid order with money refunded is partially or fully refunded, whatever the file's status column said. */
export function financialStatusAfterRefunds(status: FinancialStatus, refundedMinor: number, totalMinor: number): FinancialStatus {
  if (refundedMinor <= 0 || (status !== 'paid' && status !== 'partially_refunded')) return status
  return refundedMinor >= totalMinor ? 'refunded' : 'partially_refunded'
}


export function newOrderRow(order: ImportedOrder, customerId: string | null, ids: { id: string; batchId: string; now: string }): OrdersTable {
  return {
    id: ids.id,
    source: order.source,
    external_id: order.externalId,
    order_number: order.orderNumber,
    customer_id: customerId,
    buyer_email: order.buyerEmail,
    buyer_name: order.buyerName,
    placed_at: order.placedAt,
    paid_at: order.paidAt,
    fulfilled_at: order.fulfilledAt,
    delivered_at: order.deliveredAt,
    cancelled_at: order.cancelledAt,
    financial_status: financialStatusAfterRefunds(order.financialStatus, order.refundedMinor, order.totalMinor),
    fulfillment_status: order.fulfillmentStatus,
    currency: order.currency,
    subtotal_minor: order.subtotalMinor,
    discount_minor: order.discountMinor,
    shipping_minor: order.shippingMinor,
    tax_minor: order.taxMinor,
    total_minor: order.totalMinor,
    refunded_minor: order.refundedMinor,
    ...shippingColumns(order.shippingAddress),
    carrier: order.carrier,
    tracking_number: order.trackingNumber,
    note: order.note,
    search_text: order.searchText ?? newOrderSearchText(order),
    import_batch_id: ids.batchId,
    created_at: ids.now,
    updated_at: ids.now,
  }
}

/** What newOrderRow's search text will be: it depends on the order alone. */
export function newOrderSearchText(order: ImportedOrder): string {
  const row = { order_number: order.orderNumber, buyer_name: order.buyerName, buyer_email: order.buyerEmail, tracking_number: order.trackingNumber }
  return orderSearchText(row, order.lines.map((line) => line.sku))
}

/** The order after a file's view of it is applied, or null when the file tells nothing new. */
export function mergeOrder(
  current: OrdersTable,
  order: ImportedOrder,
  customerId: string | null,
  now: string,
  /** The SKUs of the order's lines once the file's lines are merged. */
  skus: Iterable<string | null>,
): OrdersTable | null {
  const refunded = Math.max(current.refunded_minor, order.refundedMinor)
  const total = order.totalMinor
  const next: OrdersTable = {
    ...current,
    order_number: order.orderNumber,
    customer_id: customerId ?? current.customer_id,
    buyer_email: order.buyerEmail ?? current.buyer_email,
    buyer_name: order.buyerName ?? current.buyer_name,
    placed_at: order.placedAt,
    paid_at: order.paidAt ?? current.paid_at,
    fulfilled_at: order.fulfilledAt ?? current.fulfilled_at,
    delivered_at: order.deliveredAt ?? current.delivered_at,
    cancelled_at: order.cancelledAt ?? current.cancelled_at,
    financial_status: financialStatusAfterRefunds(furthest(FINANCIAL_RANK, current.financial_status, order.financialStatus), refunded, total),
    fulfillment_status: furthest(FULFILLMENT_RANK, current.fulfillment_status, order.fulfillmentStatus),
    currency: order.currency,
    subtotal_minor: order.subtotalMinor,
    discount_minor: order.discountMinor,
    shipping_minor: order.shippingMinor,
    tax_minor: order.taxMinor,
    total_minor: total,
    refunded_minor: refunded,
    ...(order.shippingAddress ? shippingColumns(order.shippingAddress) : {}),
    carrier: order.carrier ?? current.carrier,
    tracking_number: order.trackingNumber ?? current.tracking_number,
    note: order.note || current.note,
  }
  next.search_text = orderSearchText(next, skus)
  const changed = (Object.keys(next) as (keyof OrdersTable)[]).some((key) => next[key] !== current[key])
  if (!changed) return null
  next.updated_at = now
  return next
}

export function newLineRow(line: ImportedOrderLine, ids: { id: string; orderId: string; lineNo: number; productId: string | null }): OrderLinesTable {
  return {
    id: ids.id,
    order_id: ids.orderId,
    line_no: ids.lineNo,
    product_id: ids.productId,
    sku: line.sku,
    title: line.title,
    variant: line.variant,
    quantity: line.quantity,
    unit_price_minor: line.unitPriceMinor,
    line_discount_minor: line.lineDiscountMinor,
    refunded_quantity: Math.min(line.refundedQuantity, line.quantity),
  }
}

/** A known line seen again (matched by position in the order), or null when nothing changed. */
export function mergeLine(current: OrderLinesTable, line: ImportedOrderLine, productId: string | null): OrderLinesTable | null {
  const next: OrderLinesTable = {
    ...current,
    product_id: productId ?? current.product_id,
    sku: line.sku,
    title: line.title,
    variant: line.variant,
    quantity: line.quantity,
    unit_price_minor: line.unitPriceMinor,
    line_discount_minor: line.lineDiscountMinor,
    refunded_quantity: Math.min(Math.max(current.refunded_quantity, line.refundedQuantity), line.quantity),
  }
  const changed = (Object.keys(next) as (keyof OrderLinesTable)[]).some((key) => next[key] !== current[key])
  return changed ? next : null
}

/**
 * Spreads refunded quantities over an order's lines: by SKU, else by title,
 * never past a line's quantity. Returns the lines that changed and the items
 * that could not be placed (the money is recorded all the same).
 */
export function applyRefundedItems(
  lines: readonly OrderLinesTable[],
  items: ReadonlyArray<{ sku: string | null; title: string | null; quantity: number }>,
): { changed: OrderLinesTable[]; unplaced: Array<{ sku: string | null; title: string | null; quantity: number }> } {
  const working = lines.map((line) => ({ ...line }))
  const touched = new Set<number>()
  const unplaced: Array<{ sku: string | null; title: string | null; quantity: number }> = []
  for (const item of items) {
    let left = item.quantity
    const matches = (line: OrderLinesTable) => (item.sku !== null ? line.sku === item.sku : item.title !== null && line.title === item.title)
    working.forEach((line, index) => {
      if (left <= 0 || !matches(line)) return
      const room = line.quantity - line.refunded_quantity
      const take = Math.min(room, left)
      if (take <= 0) return
      line.refunded_quantity += take
      left -= take
      touched.add(index)
    })
    if (left > 0) unplaced.push({ ...item, quantity: left })
  }
  return { changed: [...touched].map((index) => working[index]!), unplaced }
}
