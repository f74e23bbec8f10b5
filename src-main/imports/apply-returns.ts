import { createHash } from 'node:crypto'
import type { Source } from '../orders/orders.table'
import type { BatchState } from './batch-state'
import type { ImportedReturn } from './import-record'

/** The same return in any later export gets the same RMA number, so it is never added twice. */
export function importedRmaNumber(source: Source, externalId: string): string {
  const digest = createHash('sha256').update(`${source}\u0000${externalId}`).digest('hex').slice(0, 12).toUpperCase()
  return `IMP-${digest}`
}

/**
 * Returns reported apart from their orders (Amazon's returns report). One
 * with a known condition was received and inspected; one without is only
 * known to be requested.
 */
export function applyReturns(state: BatchState, returns: readonly ImportedReturn[]): void {
  const { writes, changes, counts, ids, now } = state
  for (const item of returns) {
    const [order] = writes.ordersByExternalId([[item.source, item.orderExternalId]])
    if (!order) {
      counts.returns.skipped++
      state.warn({
        file: item.at.file,
        line: item.at.line,
        column: null,
        message: `A return for ${item.source} order ${item.orderExternalId} was skipped: that order is not in the shop. Import the orders first, then this file again.`,
      })
      continue
    }
    const rmaNumber = importedRmaNumber(item.source, item.externalId)
    if (writes.returnExists(rmaNumber)) {
      counts.returns.unchanged++
      continue
    }
    const received = item.condition !== 'unknown'
    const returnId = ids.next()
    state.touchedCustomers.add(order.customer_id)
    writes.insertReturn({
      id: returnId,
      order_id: order.id,
      customer_id: order.customer_id,
      rma_number: rmaNumber,
      kind: 'return',
      status: received ? 'received' : 'requested',
      reason: item.reason,
      currency: order.currency,
      refund_minor: 0,
      requested_at: item.requestedAt,
      received_at: received ? item.requestedAt : null,
      resolved_at: null,
      note: item.reasonText ?? '',
      import_batch_id: state.batchId,
      created_at: now,
      updated_at: now,
    })
    const lines = writes.linesOfOrders([order.id])
    const line = item.sku === null ? undefined : lines.find((l) => l.sku === item.sku)
    writes.insertReturnLines([
      { id: ids.next(), return_id: returnId, order_line_id: line?.id ?? null, sku: item.sku, quantity: item.quantity, condition: item.condition },
    ])
    counts.returns.created++
    if (!state.isOwn(order)) {
      changes.referenced('orders', [order.id])
      if (line) changes.referenced('order_lines', [line.id])
    }
    if (order.customer_id !== null) changes.referenced('customers', [order.customer_id])
  }
}
