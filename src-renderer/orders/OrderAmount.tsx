import { Stack, Text } from '@mantine/core'
import { Money } from '../components/Money'

/** An order's total, with what was refunded of it beneath: the two are never netted silently. */
export function OrderAmount({ totalMinor, refundedMinor, currency }: { totalMinor: number; refundedMinor: number; currency: string }) {
  return (
    <Stack gap={0} align="flex-end">
      <Text size="sm" fw={500} component="span">
        <Money minor={totalMinor} currency={currency} />
      </Text>
      {refundedMinor > 0 && (
        <Text size="xs" c="orange.7" component="span" style={{ whiteSpace: 'nowrap' }}>
          <Money minor={refundedMinor} currency={currency} /> refunded
        </Text>
      )}
    </Stack>
  )
}
