import { Stack, Text } from '@mantine/core'
import type { ColumnDef } from '@tanstack/react-table'
import type { CustomerListRow, CustomerSort } from '../api/types'
import { DateTime } from '../components/DateTime'
import { DetailLink } from '../components/DetailLink'
import { formatCount } from '../components/format'
import { ConsentBadge } from './ConsentBadge'
import { customerName } from './customer-name'

export const CUSTOMER_SORTS = ['lastOrderAt', 'name', 'orders', 'createdAt'] as const satisfies readonly CustomerSort[]

/** Sortable columns carry the `customers.list` sort key as their id and an accessor, as in orders-columns.tsx. */
export const customerColumns: ColumnDef<CustomerListRow>[] = [
  {
    id: 'name',
    accessorFn: customerName,
    header: 'Customer',
    enableSorting: true,
    sortDescFirst: false,
    cell: ({ row: { original: customer } }) => (
      <Stack gap={0} miw={0} maw={320}>
        <DetailLink to={`/customers/${customer.id}`} fw={600}>
          {customerName(customer)}
        </DetailLink>
        {customer.email && (customer.firstName || customer.lastName) && (
          <Text size="xs" c="dimmed" truncate="end">
            {customer.email}
          </Text>
        )}
      </Stack>
    ),
  },
  {
    id: 'orders',
    accessorKey: 'orderCount',
    header: 'Orders',
    enableSorting: true,
    sortDescFirst: true,
    meta: { align: 'right' },
    cell: ({ row }) => <span className="aftersale-numeric">{formatCount(row.original.orderCount)}</span>,
  },
  {
    id: 'lastOrderAt',
    accessorKey: 'lastOrderAt',
    header: 'Last order',
    enableSorting: true,
    sortDescFirst: true,
    cell: ({ row }) =>
      row.original.lastOrderAt ? (
        <DateTime value={row.original.lastOrderAt} style="date" />
      ) : (
        <Text size="sm" c="dimmed" component="span">
          No orders
        </Text>
      ),
  },
  {
    id: 'consent',
    header: 'Email marketing',
    cell: ({ row }) => <ConsentBadge consent={row.original.marketingConsent} />,
  },
  {
    id: 'createdAt',
    accessorKey: 'createdAt',
    header: 'Customer since',
    enableSorting: true,
    sortDescFirst: true,
    cell: ({ row }) => <DateTime value={row.original.createdAt} style="date" />,
  },
]
