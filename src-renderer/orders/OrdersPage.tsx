import { Paper, Stack } from '@mantine/core'
import { useRef } from 'react'
import { useNavigate } from 'react-router'
import { orderDrilldownSchema } from '../../src-main/dashboard/drilldown.rules'
import { useApi } from '../api/api-context'
import type { DataTableKeys } from '../components/DataTable'
import { ListActions } from '../components/ListActions'
import { PageHeader } from '../components/PageHeader'
import type { ViewStateOf } from '../components/saved-view-types'
import { ListToolbar } from '../components/ListToolbar'
import { columnOptions, useColumnChoice } from '../components/use-column-choice'
import { useSearchHotkey } from '../components/use-search-hotkey'
import { DrilldownChip } from '../dashboard/DrilldownChip'
import { useListDrilldown } from '../dashboard/use-list-drilldown'
import { describeOrderFilters } from './order-filter-labels'
import { OrderFiltersForm } from './OrderFiltersForm'
import { orderColumns } from './orders-columns'
import { OrdersTable, useOrderTableParams } from './OrdersTable'

type OrderViewState = ViewStateOf<'orders'>

const COLUMN_OPTIONS = columnOptions(orderColumns)

export function OrdersPage() {
  const { client } = useApi()
  const navigate = useNavigate()
  const control = useOrderTableParams()
  const drill = useListDrilldown(orderDrilldownSchema)
  const columns = useColumnChoice('orders', orderColumns)
  const search = useRef<HTMLInputElement>(null)
  const keys = useRef<DataTableKeys>(null)
  useSearchHotkey(search)

  const { params } = control
  const view: OrderViewState = { search: params.search, sort: params.sort, direction: params.direction, filters: params.filters, columns: columns.shown }
  const filterLabels = describeOrderFilters(params.filters)

  const openView = (state: OrderViewState) => {
    const address = control.addressOf(new URLSearchParams(), { search: state.search, sort: state.sort, direction: state.direction, filters: state.filters })
    columns.setShown(state.columns)
    void navigate({ pathname: '/orders', search: address.toString() })
  }

  return (
    <Stack gap={0}>
      <PageHeader
        title="Orders"
        description="Every order from every sales channel, in one list."
        actions={
          <ListActions
            screen="orders"
            noun="view"
            view={view}
            columns={orderColumns}
            onOpen={openView}
            exportLabel="Export orders"
            exportFile={() => client.exports.orders(view)}
            drilldownActive={drill.drilldown !== undefined}
          />
        }
      />
      <DrilldownChip {...drill} />
      <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
        <OrdersTable
          control={control}
          drilldown={drill.drilldown}
          columnVisibility={columns.visibility}
          keysRef={keys}
          onLeaveTop={() => search.current?.focus()}
          maxHeight="fill"
          toolbar={
            <ListToolbar
              noun="orders"
              searchPlaceholder="Number, name, email, SKU, tracking"
              search={params.search}
              onSearch={(text) => control.update({ search: text })}
              searchRef={search}
              keysRef={keys}
              filters={params.filters}
              filterLabels={filterLabels}
              filtersUnreadable={control.filtersUnreadable}
              onFilters={(filters) => control.update({ filters })}
              filtersForm={(apply) => <OrderFiltersForm filters={params.filters} onApply={apply} />}
              columnOptions={COLUMN_OPTIONS}
              columns={columns}
            />
          }
        />
      </Paper>
    </Stack>
  )
}
