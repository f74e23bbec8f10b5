import { Stack, Text } from '@mantine/core'
import type { OrderDetail } from '../api/types'
import { DetailLink } from '../components/DetailLink'
import { customerName } from '../customers/customer-name'

/** The linked customer when there is one; otherwise the buyer as the platform named them. */
export function OrderCustomerCard({ order, customer }: Pick<OrderDetail, 'order' | 'customer'>) {
  if (!customer) {
    return (
      <Stack gap={2}>
        <Text size="sm">{order.buyer_name ?? 'Guest buyer'}</Text>
        {order.buyer_email && (
          <Text size="sm" c="dimmed">
            {order.buyer_email}
          </Text>
        )}
        <Text size="xs" c="dimmed">
          Not linked to a customer record.
        </Text>
      </Stack>
    )
  }
  return (
    <Stack gap={2}>
      <DetailLink to={`/customers/${customer.id}`}>{customerName(customer)}</DetailLink>
      {customer.email && (
        <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {customer.email}
        </Text>
      )}
    </Stack>
  )
}
