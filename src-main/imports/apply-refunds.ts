import { createHash } from 'node:crypto'
import type { BatchState } from './batch-state'
import type { ImportedRefund } from './import-record'
import { applyRefundedItems, financialStatusAfterRefunds } from './order-merge.rules'

/**
 * The same refund in two overlapping exports gets the same key: its facts,
 * plus how many identical refunds came before it in the file (two equal
 * refunds on one order at one instant are two refunds, and both files list both).
 */
export function refundKeys(refunds: readonly ImportedRefund[]): string[] {
  const occurrences = new Map<string, number>()
  return refunds.map((refund) => {
    const lines = [...refund.lines].map((l) => [l.sku, l.title, l.quantity]).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))
    const facts = JSON.stringify([refund.source, refund.orderExternalId, new Date(refund.refundedAt).toISOString(), refund.currency, refund.amountMinor, lines])
    const nth = (occurrences.get(facts) ?? 0) + 1
    occurrences.set(facts, nth)
    return createHash('sha256').update(`${facts}#${nth}`).digest('hex')
  })
}

/**
 * Refunds reported apart from their orders: added to the order's refunded
 * amount and its lines' refunded quantities, recorded once (an overlapping
 * export does not refund twice), never deleting anything.
 */
export function applyRefunds(state: BatchState, refunds: readonly ImportedRefund[]): void {
  const { writes, changes, counts } = state
  const keys = refundKeys(refunds)
  for (const [index, refund] of refunds.entries()) {
    const where = { file: refund.at.file, line: refund.at.line, column: null }
    const [order] = writes.ordersByExternalId([[refund.source, refund.orderExternalId]])
    if (!order) {
      counts.refunds.skipped++
      state.warn({ ...where, message: `A refund for ${refund.source} order ${refund.orderExternalId} was skipped: that order is not in the shop. Import the orders first, then this file again.` })
      continue
    }
    if (order.currency !== refund.currency) {
      counts.refunds.skipped++
      state.warn({ ...where, message: `A refund in ${refund.currency} was skipped: order ${order.order_number} is in ${order.currency}.` })
      continue
    }
    const fresh = writes.insertRefundOnce({
      refund_key: keys[index]!,
      order_id: order.id,
      currency: refund.currency,
      amount_minor: refund.amountMinor,
      refunded_at: refund.refundedAt,
      import_batch_id: state.batchId,
      created_at: state.now,
    })
    if (!fresh) {
      counts.refunds.unchanged++
      continue
    }
    counts.refunds.created++
    const lines = writes.linesOfOrders([order.id])
    const { changed, unplaced } = applyRefundedItems(lines, refund.lines)
    for (const item of unplaced) {
      state.warn({
        ...where,
        message: `${item.quantity} × ${item.sku ?? item.title ?? 'an item'} refunded on order ${order.order_number} matched no line with that much left to refund; the money was recorded all the same.`,
      })
    }
    const refunded = order.refunded_minor + refund.amountMinor
    const next = {
      ...order,
      refunded_minor: refunded,
      financial_status: financialStatusAfterRefunds(order.financial_status, refunded, order.total_minor),
      updated_at: state.now,
    }
    const own = state.isOwn(order)
    if (!own) changes.updated('orders', [order.id], order)
    writes.updateOrder(next)
    state.touchedCustomers.add(next.customer_id)
    for (const line of changed) {
      if (!own) changes.updated('order_lines', [line.id], lines.find((l) => l.id === line.id)!)
      writes.updateLine(line)
    }
  }
}
