import { IconReceipt2 } from '@tabler/icons-react'
import type { VisibilityState } from '@tanstack/react-table'
import type { ReactNode, Ref } from 'react'
import type { OrderDrilldown } from '../../src-main/dashboard/drilldown.rules'
import type { OrderFilters } from '../../src-main/orders/order-filters'
import { useApi } from '../api/api-context'
import type { OrderSort } from '../api/types'
import { DataTable, type DataTableKeys } from '../components/DataTable'
import { useOpenDetail } from '../components/DetailLink'
import { EmptyState } from '../components/EmptyState'
import { useTableParams, type TableParamsControl } from '../components/use-table-params'
import { orderFilterAddress } from './order-filter-address'
import { orderColumns, ORDER_ROW_HEIGHT, ORDER_SORTS } from './orders-columns'

export type OrderTableControl = TableParamsControl<OrderSort, OrderFilters>

/** Newest first unless the user sorts otherwise. */
export function useOrderTableParams(): OrderTableControl {
  return useTableParams({ sorts: ORDER_SORTS, defaultSort: 'placedAt', defaultDirection: 'desc', filters: orderFilterAddress })
}

interface OrdersTableProps {
  control: OrderTableControl
  /** Only this customer's orders, in a shorter table without the customer column. */
  customerId?: string
  /** Only the orders behind a dashboard figure. */
  drilldown?: OrderDrilldown
  columnVisibility?: VisibilityState
  toolbar?: ReactNode
  keysRef?: Ref<DataTableKeys>
  onLeaveTop?(): void
  maxHeight?: string
}

export function OrdersTable({ control, customerId, drilldown, columnVisibility, toolbar, keysRef, onLeaveTop, maxHeight = '420px' }: OrdersTableProps) {
  const { queries } = useApi()
  const openDetail = useOpenDetail()
  const { search, sort, direction, filters } = control.params
  const filtered = Object.keys(filters).length > 0
  return (
    <DataTable
      label="Orders"
      columns={orderColumns}
      windowQuery={(page, pageSize) =>
        queries.orders.list.queryOptions({ input: { page, pageSize, search, sort, direction, customerId, drilldown, filters: filtered ? filters : undefined } })
      }
      control={control}
      getRowId={(order) => order.id}
      onRowOpen={(order) => openDetail(`/orders/${order.id}`)}
      noun={{ one: 'order', other: 'orders' }}
      empty={<EmptyState icon={<IconReceipt2 size={22} />} title={drilldown ? 'No orders behind this figure' : 'No orders yet'} />}
      filtered={filtered}
      columnVisibility={columnVisibility ?? { customer: customerId === undefined, items: false }}
      rowHeight={ORDER_ROW_HEIGHT}
      maxHeight={maxHeight}
      toolbar={toolbar}
      keysRef={keysRef}
      onLeaveTop={onLeaveTop}
    />
  )
}
