import type { ColumnDef } from '@tanstack/react-table'
import type { OrderDetail } from '../api/types'
import { DateTime } from '../components/DateTime'
import { Money } from '../components/Money'
import { StaticTable } from '../components/StaticTable'

type Refund = OrderDetail['refunds'][number]

const COLUMNS: ColumnDef<Refund>[] = [
  { id: 'refunded', header: 'Refunded', cell: ({ row }) => <DateTime value={row.original.refundedAt} /> },
  {
    id: 'amount',
    header: 'Amount',
    meta: { align: 'right' },
    cell: ({ row: { original } }) => <Money minor={original.amountMinor} currency={original.currency} />,
  },
]

/** Each refund as the sales channel reported it; the totals above net them on a line of their own. */
export function OrderRefunds({ refunds }: { refunds: Refund[] }) {
  return <StaticTable label="Refunds" columns={COLUMNS} rows={refunds} getRowId={(refund) => refund.id} minWidth={360} />
}
