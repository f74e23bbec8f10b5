import { Paper, SimpleGrid, Stack, Text } from '@mantine/core'
import type { ReactNode } from 'react'
import type { CustomerDetail } from '../api/types'
import { formatCount, pluralize } from '../components/format'
import { Money } from '../components/Money'

function Stat({ label, children, hint }: { label: string; children: ReactNode; hint?: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="md" role="group" aria-label={label}>
      <Text size="xs" c="dimmed" fw={500} tt="uppercase" lts={0.4}>
        {label}
      </Text>
      <Stack gap={2} mt={6}>
        {children}
      </Stack>
      {hint && (
        <Text size="xs" c="dimmed" mt={4}>
          {hint}
        </Text>
      )}
    </Paper>
  )
}

/** Headline figures. Spending is one line per currency: amounts in different currencies are never added up. */
export function CustomerSummary({ detail }: { detail: CustomerDetail }) {
  const orderCount = detail.spentByCurrency.reduce((sum, spent) => sum + spent.orders, 0)
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
      <Stat label="Net spent" hint="After refunds, cancelled orders left out">
        {detail.spentByCurrency.length === 0 ? (
          <Text fz="xl" fw={650} c="dimmed">
            Nothing yet
          </Text>
        ) : (
          detail.spentByCurrency.map((spent) => (
            <Text key={spent.currency} fz="xl" fw={650} lh={1.25}>
              <Money minor={spent.netMinor} currency={spent.currency} />
              {detail.spentByCurrency.length > 1 && (
                <Text span size="sm" c="dimmed" fw={400}>
                  {' '}
                  · {pluralize(spent.orders, 'order', 'orders')}
                </Text>
              )}
            </Text>
          ))
        )}
      </Stat>
      <Stat label="Orders" hint="Not counting cancelled orders">
        <Text fz="xl" fw={650} className="aftersale-numeric">
          {formatCount(orderCount)}
        </Text>
      </Stat>
      <Stat label="Loyalty points" hint="Current balance">
        <Text fz="xl" fw={650} className="aftersale-numeric">
          {formatCount(detail.loyaltyBalance)}
        </Text>
      </Stat>
    </SimpleGrid>
  )
}
