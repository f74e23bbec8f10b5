import { IconReceipt2 } from '@tabler/icons-react'
import type { OrderDrilldown } from '../../src-main/dashboard/drilldown.rules'
import { useApi } from '../api/api-context'
import type { OrderSort } from '../api/types'
import { DataTable } from '../components/DataTable'
import { useOpenDetail } from '../components/DetailLink'
import { EmptyState } from '../components/EmptyState'
import { useTableParams, type TableParamsControl } from '../components/use-table-params'
import { orderColumns, ORDER_SORTS } from './orders-columns'

/** Newest first unless the user sorts otherwise. */
export function useOrderTableParams(): TableParamsControl<OrderSort> {
  return useTableParams({ sorts: ORDER_SORTS, defaultSort: 'placedAt', defaultDirection: 'desc' })
}

interface OrdersTableProps {
  control: TableParamsControl<OrderSort>
  /** Only this customer's orders, in a narrower table without the customer column. */
  customerId?: string
  /** Only the orders behind a dashboard figure. */
  drilldown?: OrderDrilldown
}

export function OrdersTable({ control, customerId, drilldown }: OrdersTableProps) {
  const { queries } = useApi()
  const openDetail = useOpenDetail()
  return (
    <DataTable
      label="Orders"
      columns={orderColumns}
      query={queries.orders.list.queryOptions({ input: { ...control.params, customerId, drilldown } })}
      control={control}
      getRowId={(order) => order.id}
      onRowClick={(order) => openDetail(`/orders/${order.id}`)}
      noun={{ one: 'order', other: 'orders' }}
      empty={<EmptyState icon={<IconReceipt2 size={22} />} title={drilldown ? 'No orders behind this figure' : 'No orders yet'} />}
      columnVisibility={{ customer: customerId === undefined }}
      minWidth={customerId ? 600 : 860}
    />
  )
}
