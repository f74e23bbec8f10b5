import type { ColumnDef } from '@tanstack/react-table'
import type { ReturnReason, ReturnStatus } from '../../src-main/returns/returns.table'
import { DateTime } from '../components/DateTime'
import { humanize } from '../components/format'
import { Money } from '../components/Money'
import { SectionEmpty } from '../components/SectionEmpty'
import { StaticTable } from '../components/StaticTable'
import { StatusBadge } from '../components/StatusBadge'

/** A return as both an order and a customer list it: the order page knows the refund, the customer page the order. */
export interface ReturnRow {
  id: string
  rmaNumber: string
  kind: 'return' | 'exchange'
  status: ReturnStatus
  reason: ReturnReason
  requestedAt: string
  orderNumber?: string
  refundMinor?: number
  currency?: string
}

const COLUMNS: ColumnDef<ReturnRow>[] = [
  { id: 'rma', header: 'RMA', cell: ({ row }) => row.original.rmaNumber },
  { id: 'order', header: 'Order', cell: ({ row }) => row.original.orderNumber },
  { id: 'kind', header: 'Kind', cell: ({ row }) => humanize(row.original.kind) },
  { id: 'reason', header: 'Reason', cell: ({ row }) => humanize(row.original.reason) },
  { id: 'status', header: 'Status', cell: ({ row }) => <StatusBadge status={row.original.status} /> },
  { id: 'requested', header: 'Requested', cell: ({ row }) => <DateTime value={row.original.requestedAt} style="date" /> },
  {
    id: 'refund',
    header: 'Refund',
    meta: { align: 'right' },
    cell: ({ row: { original } }) => (original.currency && original.refundMinor !== undefined ? <Money minor={original.refundMinor} currency={original.currency} /> : null),
  },
]

export function ReturnsTable({ returns, emptyText }: { returns: ReturnRow[]; emptyText: string }) {
  if (returns.length === 0) return <SectionEmpty inset>{emptyText}</SectionEmpty>
  const first = returns[0]
  const columns = COLUMNS.filter((column) => (column.id === 'order' ? first?.orderNumber !== undefined : column.id === 'refund' ? first?.currency !== undefined : true))
  return <StaticTable label="Returns" columns={columns} rows={returns} getRowId={(item) => item.id} minWidth={640} />
}
