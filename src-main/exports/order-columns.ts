import type { OrderListRow } from '../orders/orders.repo'
import { sourceLabel } from '../orders/source-labels'
import type { ExportColumn } from './export-columns'
import { decimalAmount, shopTime } from './export-format'

/** The orders table's columns in a file, ids and order as on the screen; the order's amounts are in its one currency, named beside them. */
export function orderColumns(timeZone: string): ExportColumn<OrderListRow>[] {
  return [
    { id: 'orderNumber', headers: ['Order'], cells: (o) => [o.orderNumber] },
    { id: 'placedAt', headers: ['Placed'], cells: (o) => [shopTime(o.placedAt, timeZone)] },
    { id: 'customer', headers: ['Customer', 'Email'], cells: (o) => [o.customerName, o.customerEmail] },
    { id: 'source', headers: ['Channel'], cells: (o) => [sourceLabel(o.source)] },
    {
      id: 'status',
      headers: ['Payment', 'Fulfilment', 'Cancelled'],
      cells: (o) => [o.financialStatus, o.fulfillmentStatus, shopTime(o.cancelledAt, timeZone)],
    },
    { id: 'items', headers: ['Items'], cells: (o) => [o.itemCount] },
    {
      id: 'total',
      headers: ['Total', 'Refunded', 'Currency'],
      cells: (o) => [decimalAmount(o.totalMinor, o.currency), decimalAmount(o.refundedMinor, o.currency), o.currency],
    },
  ]
}
