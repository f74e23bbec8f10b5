import { Paper, Stack } from '@mantine/core'
import { IconUsers } from '@tabler/icons-react'
import { useQuery } from '@tanstack/react-query'
import { useRef } from 'react'
import { useSearchParams } from 'react-router'
import { customerDrilldownSchema } from '../../src-main/dashboard/drilldown.rules'
import { useApi } from '../api/api-context'
import { DataTable, type DataTableKeys } from '../components/DataTable'
import { useOpenDetail } from '../components/DetailLink'
import { EmptyState } from '../components/EmptyState'
import { ListActions } from '../components/ListActions'
import { PageHeader } from '../components/PageHeader'
import { ListToolbar } from '../components/ListToolbar'
import { columnOptions, useColumnChoice } from '../components/use-column-choice'
import { useSearchHotkey } from '../components/use-search-hotkey'
import { useTableParams } from '../components/use-table-params'
import { DrilldownChip } from '../dashboard/DrilldownChip'
import { useListDrilldown } from '../dashboard/use-list-drilldown'
import { describeCustomerFilters } from './customer-filter-labels'
import { CustomerFiltersForm } from './CustomerFiltersForm'
import { customerColumns, CUSTOMER_ROW_HEIGHT } from './customers-columns'
import { CUSTOMER_LIST, SPEND_PARAM, useOpenCustomersView, type CustomerViewState } from './customers-view'
import { SpentSortContext, type SpentSort } from './SpentSortHeader'

const COLUMN_OPTIONS = columnOptions(customerColumns)

export function CustomersPage() {
  const { client, queries } = useApi()
  const openDetail = useOpenDetail()
  const [searchParams, setSearchParams] = useSearchParams()
  const control = useTableParams(CUSTOMER_LIST)
  const drill = useListDrilldown(customerDrilldownSchema)
  const columns = useColumnChoice('customers', customerColumns)
  const currencies = useQuery(queries.customers.currencies.queryOptions())
  const search = useRef<HTMLInputElement>(null)
  const keys = useRef<DataTableKeys>(null)
  useSearchHotkey(search)

  const { params } = control
  const filtered = Object.keys(params.filters).length > 0
  const chosenSpend = searchParams.get(SPEND_PARAM)
  // Only the "spent" sort compares a currency; the backend takes the shop's main one when none is chosen.
  const spendCurrency = params.sort === 'spent' && chosenSpend && /^[A-Z]{3}$/.test(chosenSpend) ? chosenSpend : undefined
  const view: CustomerViewState = {
    search: params.search,
    sort: params.sort,
    direction: params.direction,
    filters: params.filters,
    columns: columns.shown,
    ...(spendCurrency ? { spendCurrency } : {}),
  }
  const filterLabels = describeCustomerFilters(params.filters)

  const currencyList = (currencies.data ?? []).map((c) => c.currency)
  const spentSort: SpentSort = {
    currencies: currencyList,
    sortedBy: params.sort === 'spent' ? { currency: spendCurrency ?? currencyList[0] ?? '', direction: params.direction } : null,
    sort: (currency, direction) =>
      setSearchParams(
        (current) => {
          const next = control.addressOf(current, { sort: 'spent', direction })
          next.set(SPEND_PARAM, currency)
          return next
        },
        { replace: true },
      ),
  }

  const openView = useOpenCustomersView(columns.setShown)

  return (
    <Stack gap={0}>
      <PageHeader
        title="Customers"
        description="Everyone who has bought from the shop, on any sales channel."
        actions={
          <ListActions
            screen="customers"
            noun="segment"
            view={view}
            columns={customerColumns}
            onOpen={openView}
            exportLabel="Export customers"
            exportFile={() => client.exports.customers(view)}
            drilldownActive={drill.drilldown !== undefined}
          />
        }
      />
      <DrilldownChip {...drill} />
      <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
        <SpentSortContext.Provider value={spentSort}>
          <DataTable
            label="Customers"
            columns={customerColumns}
            windowQuery={(page, pageSize) =>
              queries.customers.list.queryOptions({
                input: {
                  page,
                  pageSize,
                  search: params.search,
                  sort: params.sort,
                  direction: params.direction,
                  drilldown: drill.drilldown,
                  filters: filtered ? params.filters : undefined,
                  spendCurrency,
                },
              })
            }
            control={control}
            getRowId={(customer) => customer.id}
            onRowOpen={(customer) => openDetail(`/customers/${customer.id}`)}
            noun={{ one: 'customer', other: 'customers' }}
            empty={<EmptyState icon={<IconUsers size={22} />} title={drill.drilldown ? 'No customers behind this figure' : 'No customers yet'} />}
            filtered={filtered}
            columnVisibility={columns.visibility}
            rowHeight={CUSTOMER_ROW_HEIGHT}
            maxHeight="fill"
            keysRef={keys}
            onLeaveTop={() => search.current?.focus()}
            toolbar={
              <ListToolbar
                noun="customers"
                searchPlaceholder="Name, email or phone"
                search={params.search}
                onSearch={(text) => control.update({ search: text })}
                searchRef={search}
                keysRef={keys}
                filters={params.filters}
                filterLabels={filterLabels}
                filtersUnreadable={control.filtersUnreadable}
                onFilters={(filters) => control.update({ filters })}
                filtersForm={(apply) => <CustomerFiltersForm filters={params.filters} onApply={apply} />}
                columnOptions={COLUMN_OPTIONS}
                columns={columns}
              />
            }
          />
        </SpentSortContext.Provider>
      </Paper>
    </Stack>
  )
}
