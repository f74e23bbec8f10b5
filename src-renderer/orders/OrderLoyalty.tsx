import { Text } from '@mantine/core'
import type { ColumnDef } from '@tanstack/react-table'
import type { OrderDetail } from '../api/types'
import { DateTime } from '../components/DateTime'
import { humanize } from '../components/format'
import { StaticTable } from '../components/StaticTable'
import { LoyaltyPoints } from '../loyalty/LoyaltyPoints'

type Movement = OrderDetail['loyalty'][number]

const COLUMNS: ColumnDef<Movement>[] = [
  { id: 'when', header: 'Date', cell: ({ row }) => <DateTime value={row.original.occurredAt} style="date" /> },
  {
    id: 'reason',
    header: 'Reason',
    cell: ({ row: { original } }) => (
      <Text size="sm" component="span">
        {humanize(original.reason)}
        {original.note && (
          <Text span size="xs" c="dimmed">
            {' '}
            · {original.note}
          </Text>
        )}
      </Text>
    ),
  },
  { id: 'points', header: 'Points', meta: { align: 'right' }, cell: ({ row }) => <LoyaltyPoints points={row.original.points} /> },
]

/** The points this order earned, and any taken back when it was refunded or cancelled. */
export function OrderLoyalty({ movements }: { movements: Movement[] }) {
  return <StaticTable label="Loyalty points" columns={COLUMNS} rows={movements} getRowId={(movement) => movement.id} minWidth={420} />
}
