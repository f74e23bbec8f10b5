import { Alert, Text } from '@mantine/core'
import { IconUserQuestion } from '@tabler/icons-react'
import type { DashboardMetrics } from '../../src-main/dashboard/metrics.types'
import { pluralize } from '../components/format'
import type { FigureScope } from './dashboard-scope'
import { DrillLink } from './DrillLink'

/** Customer figures leave out orders nobody can be tied to: the dashboard says how many, and which. */
export function ExcludedOrdersNotice({ excluded, scope }: { excluded: DashboardMetrics['excluded']; scope: FigureScope }) {
  const count = excluded.current.ordersWithoutCustomer
  if (count === 0) return null
  return (
    <Alert
      color="gray"
      variant="light"
      icon={<IconUserQuestion size={18} />}
      title={`${pluralize(count, 'order', 'orders')} without a known customer left out of customer figures`}
    >
      <Text size="sm">
        {excluded.definition}{' '}
        <DrillLink to={{ kind: 'periodOrders', ...scope, customer: 'unknown' }} fw={500}>
          Show these orders
        </DrillLink>
      </Text>
    </Alert>
  )
}
