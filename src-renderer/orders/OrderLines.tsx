import { Stack, Text } from '@mantine/core'
import type { ColumnDef } from '@tanstack/react-table'
import type { OrderDetail } from '../api/types'
import { formatCount } from '../components/format'
import { Money } from '../components/Money'
import { StaticTable } from '../components/StaticTable'

type OrderLine = OrderDetail['lines'][number]

function lineColumns(currency: string): ColumnDef<OrderLine>[] {
  const money = (minor: number) => <Money minor={minor} currency={currency} />
  return [
    {
      id: 'item',
      header: 'Item',
      cell: ({ row: { original: line } }) => (
        <Stack gap={0}>
          <Text size="sm" fw={500}>
            {line.title}
          </Text>
          <Text size="xs" c="dimmed">
            {[line.variant, line.sku && `SKU ${line.sku}`].filter(Boolean).join(' · ')}
          </Text>
        </Stack>
      ),
    },
    { id: 'quantity', header: 'Qty', meta: { align: 'right' }, cell: ({ row }) => formatCount(row.original.quantity) },
    { id: 'price', header: 'Unit price', meta: { align: 'right' }, cell: ({ row }) => money(row.original.unit_price_minor) },
    {
      id: 'discount',
      header: 'Discount',
      meta: { align: 'right' },
      cell: ({ row }) => (row.original.line_discount_minor > 0 ? money(-row.original.line_discount_minor) : '—'),
    },
    {
      id: 'amount',
      header: 'Amount',
      meta: { align: 'right' },
      cell: ({ row: { original: line } }) => (
        <Stack gap={0} align="flex-end">
          <Text size="sm" fw={500} component="span">
            {money(line.quantity * line.unit_price_minor - line.line_discount_minor)}
          </Text>
          {line.refunded_quantity > 0 && (
            <Text size="xs" c="orange.7" component="span">
              {formatCount(line.refunded_quantity)} refunded
            </Text>
          )}
        </Stack>
      ),
    },
  ]
}

export function OrderLines({ lines, currency }: { lines: OrderLine[]; currency: string }) {
  return <StaticTable label="Order lines" columns={lineColumns(currency)} rows={lines} getRowId={(line) => line.id} minWidth={560} />
}
