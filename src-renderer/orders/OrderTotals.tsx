import { Divider, Group, Stack, Text } from '@mantine/core'
import type { OrderDetail } from '../api/types'
import { Money } from '../components/Money'

type Order = OrderDetail['order']

function TotalRow({ label, minor, currency, strong = false, tone }: { label: string; minor: number; currency: string; strong?: boolean; tone?: string }) {
  return (
    <Group justify="space-between" gap="md" wrap="nowrap">
      <Text size="sm" c={tone ?? (strong ? undefined : 'dimmed')} fw={strong ? 600 : 400}>
        {label}
      </Text>
      <Text size="sm" c={tone} fw={strong ? 600 : 400} component="span">
        <Money minor={minor} currency={currency} />
      </Text>
    </Group>
  )
}

/** The order's own figures as the platform reported them; refunds are listed, then netted on a line of their own. */
export function OrderTotals({ order }: { order: Order }) {
  const { currency } = order
  return (
    <Stack gap={6} maw={340} ml="auto" w="100%" aria-label="Totals" role="group">
      <TotalRow label="Subtotal" minor={order.subtotal_minor} currency={currency} />
      {order.discount_minor > 0 && <TotalRow label="Discount" minor={-order.discount_minor} currency={currency} />}
      <TotalRow label="Shipping" minor={order.shipping_minor} currency={currency} />
      <TotalRow label="Tax" minor={order.tax_minor} currency={currency} />
      <Divider my={2} />
      <TotalRow label="Total" minor={order.total_minor} currency={currency} strong />
      {order.refunded_minor > 0 && (
        <>
          <TotalRow label="Refunded" minor={-order.refunded_minor} currency={currency} tone="orange.7" />
          <TotalRow label="Net after refunds" minor={order.total_minor - order.refunded_minor} currency={currency} strong />
        </>
      )}
    </Stack>
  )
}
