import { Stack, Text } from '@mantine/core'
import type { ColumnDef } from '@tanstack/react-table'
import type { OrderListRow, OrderSort } from '../api/types'
import { DateTime } from '../components/DateTime'
import { DetailLink } from '../components/DetailLink'
import { formatCount, pluralize } from '../components/format'
import { OrderAmount } from './OrderAmount'
import { OrderStatusBadges } from './OrderStatusBadges'
import { sourceLabel } from '../../src-main/orders/source-labels'

export const ORDER_SORTS = ['placedAt', 'orderNumber', 'total', 'source'] as const satisfies readonly OrderSort[]

/** Rows hold two lines (an order number over its item count), always at this height. */
export const ORDER_ROW_HEIGHT = 56

/**
 * Sortable columns carry the `orders.list` sort key as their id and an accessor
 * (the table only offers sorting on data columns); the sorting itself is SQL's.
 * Ids are the export's column ids too (src-main/exports/order-columns.ts), so
 * the file has the columns the screen shows. Sizes in pixels.
 */
export const orderColumns: ColumnDef<OrderListRow>[] = [
  {
    id: 'orderNumber',
    accessorKey: 'orderNumber',
    header: 'Order',
    enableSorting: true,
    sortDescFirst: true,
    // Marketplace numbers run to 19 characters ("112-4329426-8401234").
    size: 200,
    meta: { alwaysShown: true },
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
    size: 125,
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
    size: 220,
    cell: ({ row }) => <OrderCustomer order={row.original} />,
  },
  {
    id: 'source',
    accessorKey: 'source',
    header: 'Channel',
    enableSorting: true,
    sortDescFirst: false,
    size: 120,
    cell: ({ row }) => sourceLabel(row.original.source),
  },
  {
    id: 'status',
    header: 'Status',
    size: 230,
    cell: ({ row }) => <OrderStatusBadges {...row.original} />,
  },
  {
    id: 'items',
    header: 'Items',
    size: 80,
    meta: { align: 'right', hiddenByDefault: true },
    cell: ({ row }) => <span className="aftersale-numeric">{formatCount(row.original.itemCount)}</span>,
  },
  {
    id: 'total',
    accessorKey: 'totalMinor',
    header: 'Total',
    enableSorting: true,
    sortDescFirst: true,
    size: 130,
    meta: { align: 'right' },
    cell: ({ row }) => <OrderAmount {...row.original} />,
  },
]

function OrderCustomer({ order }: { order: OrderListRow }) {
  const name = order.customerName ?? order.customerEmail ?? 'Guest'
  return (
    <Stack gap={0} miw={0}>
      {order.customerId ? (
        <Text size="sm" truncate="end" component="div">
          <DetailLink to={`/customers/${order.customerId}`}>{name}</DetailLink>
        </Text>
      ) : (
        <Text size="sm" truncate="end">
          {name}
        </Text>
      )}
      {order.customerEmail && order.customerName && (
        <Text size="xs" c="dimmed" truncate="end">
          {order.customerEmail}
        </Text>
      )}
    </Stack>
  )
}
