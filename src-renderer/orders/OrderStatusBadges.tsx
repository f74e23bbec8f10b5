import { Group, Stack } from '@mantine/core'
import type { OrderListRow } from '../api/types'
import { StatusBadge } from '../components/StatusBadge'

interface OrderStatusBadgesProps extends Pick<OrderListRow, 'financialStatus' | 'fulfillmentStatus' | 'cancelledAt'> {
  /** One above the other, to keep a table column narrow. */
  stacked?: boolean
}

/** Payment and fulfilment together; a cancelled order says so first. */
export function OrderStatusBadges({ financialStatus, fulfillmentStatus, cancelledAt, stacked = false }: OrderStatusBadgesProps) {
  const badges = (
    <>
      {cancelledAt && <StatusBadge status="cancelled" />}
      <StatusBadge status={financialStatus} />
      <StatusBadge status={fulfillmentStatus} />
    </>
  )
  return stacked ? (
    <Stack gap={4} align="flex-start">
      {badges}
    </Stack>
  ) : (
    <Group gap={6} wrap="nowrap">
      {badges}
    </Group>
  )
}
