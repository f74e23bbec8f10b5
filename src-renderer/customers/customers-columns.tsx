import { Text } from '@mantine/core'
import type { ColumnDef } from '@tanstack/react-table'
import { useContext } from 'react'
import type { CustomerListRow, CustomerSort } from '../api/types'
import { DateTime } from '../components/DateTime'
import { DetailLink } from '../components/DetailLink'
import { formatCount, formatMoney, pluralize } from '../components/format'
import { ConsentBadge } from './ConsentBadge'
import { customerName } from './customer-name'
import { RfmBadge } from './RfmBadge'
import { SpentSortContext, SpentSortHeader } from './SpentSortHeader'

export const CUSTOMER_SORTS = [
  'lastOrderAt',
  'firstOrderAt',
  'name',
  'orders',
  'avgGap',
  'returns',
  'points',
  'spent',
  'createdAt',
] as const satisfies readonly CustomerSort[]

export const CUSTOMER_ROW_HEIGHT = 48

function Dimmed({ children }: { children: string }) {
  return (
    <Text size="sm" c="dimmed" component="span">
      {children}
    </Text>
  )
}

function Count({ value }: { value: number }) {
  return <span className="aftersale-numeric">{formatCount(value)}</span>
}

function ShopDay({ value, none }: { value: string | null; none: string }) {
  return value ? <DateTime value={value} style="date" /> : <Dimmed>{none}</Dimmed>
}

/** Net spent in each currency, never added together: "€120.00 · $30.00"; the currency the list is sorted by comes first. */
function Spent({ spent }: { spent: CustomerListRow['spent'] }) {
  const sortedBy = useContext(SpentSortContext)?.sortedBy?.currency
  if (spent.length === 0) return <Dimmed>–</Dimmed>
  const ordered = sortedBy ? [...spent].sort((a, b) => Number(b.currency === sortedBy) - Number(a.currency === sortedBy)) : spent
  const text = ordered.map((s) => formatMoney(s.netMinor, s.currency)).join(' · ')
  return (
    <span className="aftersale-numeric" title={text}>
      {text}
    </span>
  )
}

/**
 * The usual columns fit the window at 1366 pixels, beside the navigation and
 * the list's scrollbar; more chosen, the table scrolls sideways.
 *
 * Sortable columns carry the `customers.list` sort key as their id and an
 * accessor, as in orders-columns.tsx; ids are the export's column ids too
 * (src-main/exports/customer-columns.ts). Sizes in pixels.
 */
export const customerColumns: ColumnDef<CustomerListRow>[] = [
  {
    id: 'name',
    accessorFn: customerName,
    header: 'Customer',
    enableSorting: true,
    sortDescFirst: false,
    size: 180,
    meta: { alwaysShown: true },
    cell: ({ row: { original: customer } }) => (
      <Text size="sm" truncate="end" component="div" title={customerName(customer)}>
        <DetailLink to={`/customers/${customer.id}`} fw={600}>
          {customerName(customer)}
        </DetailLink>
      </Text>
    ),
  },
  {
    id: 'email',
    header: 'Email',
    size: 180,
    cell: ({ row }) => (row.original.email ? <span title={row.original.email}>{row.original.email}</span> : <Dimmed>–</Dimmed>),
  },
  {
    id: 'orders',
    accessorKey: 'orderCount',
    header: 'Orders',
    enableSorting: true,
    sortDescFirst: true,
    size: 90,
    meta: { align: 'right' },
    cell: ({ row }) => <Count value={row.original.orderCount} />,
  },
  {
    id: 'spent',
    header: () => <SpentSortHeader />,
    size: 180,
    meta: { align: 'right', label: 'Spent' },
    cell: ({ row }) => <Spent spent={row.original.spent} />,
  },
  {
    id: 'firstOrderAt',
    accessorKey: 'firstOrderAt',
    header: 'First order',
    enableSorting: true,
    sortDescFirst: false,
    size: 120,
    meta: { hiddenByDefault: true },
    cell: ({ row }) => <ShopDay value={row.original.firstOrderAt} none="No orders" />,
  },
  {
    id: 'lastOrderAt',
    accessorKey: 'lastOrderAt',
    header: 'Last order',
    enableSorting: true,
    sortDescFirst: true,
    size: 120,
    cell: ({ row }) => <ShopDay value={row.original.lastOrderAt} none="No orders" />,
  },
  {
    id: 'avgGap',
    accessorKey: 'avgGapDays',
    header: 'Avg gap',
    enableSorting: true,
    sortDescFirst: false,
    size: 120,
    meta: { align: 'right', hiddenByDefault: true, label: 'Average days between orders' },
    cell: ({ row }) =>
      row.original.avgGapDays === null ? <Dimmed>–</Dimmed> : <span className="aftersale-numeric">{pluralize(Math.round(row.original.avgGapDays), 'day', 'days')}</span>,
  },
  {
    id: 'returns',
    accessorKey: 'returnCount',
    header: 'Returns',
    enableSorting: true,
    sortDescFirst: true,
    size: 105,
    meta: { align: 'right', hiddenByDefault: true },
    cell: ({ row }) => <Count value={row.original.returnCount} />,
  },
  {
    id: 'claims',
    header: 'Claims',
    size: 90,
    meta: { align: 'right', hiddenByDefault: true },
    cell: ({ row }) => <Count value={row.original.claimCount} />,
  },
  {
    id: 'points',
    accessorKey: 'loyaltyPoints',
    header: 'Points',
    enableSorting: true,
    sortDescFirst: true,
    size: 100,
    meta: { align: 'right', hiddenByDefault: true, label: 'Loyalty points' },
    cell: ({ row }) => <Count value={row.original.loyaltyPoints} />,
  },
  {
    id: 'consent',
    header: 'Email marketing',
    size: 160,
    cell: ({ row }) => <ConsentBadge consent={row.original.marketingConsent} />,
  },
  {
    id: 'rfmGroup',
    header: 'RFM group',
    size: 130,
    cell: ({ row }) => (row.original.rfmGroup ? <RfmBadge group={row.original.rfmGroup} /> : <Dimmed>No orders</Dimmed>),
  },
  {
    id: 'createdAt',
    accessorKey: 'createdAt',
    header: 'Customer since',
    enableSorting: true,
    sortDescFirst: true,
    size: 130,
    meta: { hiddenByDefault: true },
    cell: ({ row }) => <DateTime value={row.original.createdAt} style="date" />,
  },
]
