import { SimpleGrid, Stack, Text } from '@mantine/core'
import type { ReactNode } from 'react'
import type { DashboardMetrics, ExpectedNextGroup } from '../../src-main/dashboard/metrics.types'
import { formatCount } from '../components/format'
import { Section } from '../components/Section'
import type { FigureScope } from './dashboard-scope'
import { DrillLink } from './DrillLink'
import { FigureDefinition } from './FigureSection'

const dayFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 })

const GROUPS: ReadonlyArray<{ group: ExpectedNextGroup; label: string }> = [
  { group: 'dueSoon', label: 'Due soon' },
  { group: 'recentlyOverdue', label: 'Recently overdue' },
  { group: 'longOverdue', label: 'Long overdue' },
]

/** How long customers take to come back, and whose next order is due: the customers to remind. */
export function OrderGaps({ figures, scope }: { figures: DashboardMetrics['orderGaps']; scope: FigureScope }) {
  const { expectedNextOrder } = figures
  return (
    <Section title="Time between orders">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
        <Stack gap={0}>
          <FigureDefinition>{figures.definition}</FigureDefinition>
          <SimpleGrid cols={3} spacing="md">
            <Figure label="Average gap" value={figures.averageDays === null ? '–' : `${dayFormat.format(figures.averageDays)} days`} />
            <Figure label="Median gap" value={figures.medianDays === null ? '–' : `${dayFormat.format(figures.medianDays)} days`} />
            <Figure label="Repeat customers" value={formatCount(figures.repeatCustomers)} />
          </SimpleGrid>
        </Stack>
        <Stack gap={0}>
          <FigureDefinition>{expectedNextOrder.definition}</FigureDefinition>
          <SimpleGrid cols={3} spacing="md">
            {GROUPS.map(({ group, label }) => (
              <Figure
                key={group}
                label={label}
                value={
                  <DrillLink
                    to={{ kind: 'expectedNextOrder', to: scope.to, source: scope.source, currency: scope.currency, group }}
                    label={`${formatCount(expectedNextOrder[group])} customers whose next order is ${label.toLowerCase()}`}
                  >
                    {formatCount(expectedNextOrder[group])}
                  </DrillLink>
                }
              />
            ))}
          </SimpleGrid>
        </Stack>
      </SimpleGrid>
    </Section>
  )
}

function Figure({ label, value }: { label: string; value: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} lts={0.3}>
        {label}
      </Text>
      <Text fz="xl" fw={600} className="aftersale-numeric">
        {value}
      </Text>
    </Stack>
  )
}
