import { Paper, Stack } from '@mantine/core'
import { orderDrilldownSchema } from '../../src-main/dashboard/drilldown.rules'
import { PageHeader } from '../components/PageHeader'
import { SearchBox } from '../components/SearchBox'
import { DrilldownChip } from '../dashboard/DrilldownChip'
import { useListDrilldown } from '../dashboard/use-list-drilldown'
import { OrdersTable, useOrderTableParams } from './OrdersTable'

export function OrdersPage() {
  const control = useOrderTableParams()
  const drill = useListDrilldown(orderDrilldownSchema)
  return (
    <Stack gap={0}>
      <PageHeader
        title="Orders"
        description="Every order from every sales channel, in one list."
        actions={
          <SearchBox
            label="Search orders"
            placeholder="Order number, customer, email or tracking"
            value={control.params.search}
            onSearch={(search) => control.update({ search })}
          />
        }
      />
      <DrilldownChip {...drill} />
      <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
        <OrdersTable control={control} drilldown={drill.drilldown} />
      </Paper>
    </Stack>
  )
}
