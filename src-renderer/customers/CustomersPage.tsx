import { Paper, Stack } from '@mantine/core'
import { IconUsers } from '@tabler/icons-react'
import { customerDrilldownSchema } from '../../src-main/dashboard/drilldown.rules'
import { useApi } from '../api/api-context'
import { DataTable } from '../components/DataTable'
import { useOpenDetail } from '../components/DetailLink'
import { EmptyState } from '../components/EmptyState'
import { PageHeader } from '../components/PageHeader'
import { SearchBox } from '../components/SearchBox'
import { useTableParams } from '../components/use-table-params'
import { DrilldownChip } from '../dashboard/DrilldownChip'
import { useListDrilldown } from '../dashboard/use-list-drilldown'
import { customerColumns, CUSTOMER_SORTS } from './customers-columns'

export function CustomersPage() {
  const { queries } = useApi()
  const openDetail = useOpenDetail()
  const control = useTableParams({ sorts: CUSTOMER_SORTS, defaultSort: 'lastOrderAt', defaultDirection: 'desc' })
  const drill = useListDrilldown(customerDrilldownSchema)
  return (
    <Stack gap={0}>
      <PageHeader
        title="Customers"
        description="Everyone who has bought from the shop, on any sales channel."
        actions={
          <SearchBox
            label="Search customers"
            placeholder="Name, email or phone"
            value={control.params.search}
            onSearch={(search) => control.update({ search })}
          />
        }
      />
      <DrilldownChip {...drill} />
      <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
        <DataTable
          label="Customers"
          columns={customerColumns}
          query={queries.customers.list.queryOptions({ input: { ...control.params, drilldown: drill.drilldown } })}
          control={control}
          getRowId={(customer) => customer.id}
          onRowClick={(customer) => openDetail(`/customers/${customer.id}`)}
          noun={{ one: 'customer', other: 'customers' }}
          empty={<EmptyState icon={<IconUsers size={22} />} title={drill.drilldown ? 'No customers behind this figure' : 'No customers yet'} />}
          minWidth={820}
        />
      </Paper>
    </Stack>
  )
}
