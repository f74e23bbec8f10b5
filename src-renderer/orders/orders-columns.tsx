import { Stack, Text } from '@mantine/core'
import type { ColumnDef } from '@tanstack/react-table'
import type { OrderListRow, OrderSort } from '../api/types'
import { DateTime } from '../components/DateTime'
import { DetailLink } from '../components/DetailLink'
import { pluralize } from '../components/format'
import { OrderAmount } from './OrderAmount'
import { OrderStatusBadges } from './OrderStatusBadges'
import { sourceLabel } from '../../src-main/orders/source-labels'

export const ORDER_SORTS = ['placedAt', 'orderNumber', 'total', 'source'] as const satisfies readonly OrderSort[]

/**
 * Sortable columns carry the `orders.list` sort key as their id and an accessor
 * (the table only offers sorting on data columns); the sorting itself is SQL's.
 */
export const orderColumns: ColumnDef<OrderListRow>[] = [
  {
    id: 'orderNumber',
    accessorKey: 'orderNumber',
    header: 'Order',
    enableSorting: true,
    sortDescFirst: true,
    cell: ({ row: { original: order } }) => (
      <Stack gap={0}>
        <DetailLink to={`/orders/${order.id}`} fw={600} nowrap>
          {order.orderNumber}
        </DetailLink>
        <Text size="xs" c="dimmed">
          {pluralize(order.itemCount, 'item', 'items')}
        </Text>
      </Stack>
    ),
  },
  {
    id: 'placedAt',
    accessorKey: 'placedAt',
    header: 'Placed',
    enableSorting: true,
    sortDescFirst: true,
    cell: ({ row }) => (
      <Stack gap={0} className="aftersale-numeric">
        <Text size="sm" component="span">
          <DateTime value={row.original.placedAt} style="date" />
        </Text>
        <Text size="xs" c="dimmed" component="span">
          <DateTime value={row.original.placedAt} style="time" />
        </Text>
      </Stack>
    ),
  },
  {
    id: 'customer',
    header: 'Customer',
    cell: ({ row }) => <OrderCustomer order={row.original} />,
  },
  {
    id: 'source',
    accessorKey: 'source',
    header: 'Channel',
    enableSorting: true,
    sortDescFirst: false,
    cell: ({ row }) => sourceLabel(row.original.source),
  },
  {
    id: 'status',
    header: 'Status',
    cell: ({ row }) => <OrderStatusBadges {...row.original} stacked />,
  },
  {
    id: 'total',
    accessorKey: 'totalMinor',
    header: 'Total',
    enableSorting: true,
    sortDescFirst: true,
    meta: { align: 'right' },
    cell: ({ row }) => <OrderAmount {...row.original} />,
  },
]

function OrderCustomer({ order }: { order: OrderListRow }) {
  const name = order.customerName ?? order.customerEmail ?? 'Guest'
  return (
    <Stack gap={0} miw={0} maw={260}>
      {order.customerId ? <DetailLink to={`/customers/${order.customerId}`}>{name}</DetailLink> : <Text size="sm">{name}</Text>}
      {order.customerEmail && order.customerName && (
        <Text size="xs" c="dimmed" truncate="end">
          {order.customerEmail}
        </Text>
      )}
    </Stack>
  )
}
