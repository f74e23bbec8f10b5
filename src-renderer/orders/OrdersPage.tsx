import { Paper, Stack } from '@mantine/core'
import { PageHeader } from '../components/PageHeader'
import { SearchBox } from '../components/SearchBox'
import { OrdersTable, useOrderTableParams } from './OrdersTable'

export function OrdersPage() {
  const control = useOrderTableParams()
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
      <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
        <OrdersTable control={control} />
      </Paper>
    </Stack>
  )
}
