import { Group, NativeSelect, Paper, Stack, Text } from '@mantine/core'
import type { DashboardMetrics } from '../../src-main/dashboard/metrics.types'
import { SOURCES, type Source } from '../../src-main/orders/orders.table'
import { localDateOf } from '../../src-main/time/zoned-time'
import { DateTime } from '../components/DateTime'
import { sourceLabel } from '../../src-main/orders/source-labels'
import { formatDateRange } from './dashboard-format'
import { PeriodPicker } from './PeriodPicker'
import type { useDashboardView } from './use-dashboard-view'

const ALL = ''

interface DashboardFiltersProps {
  control: ReturnType<typeof useDashboardView>
  /** The figures on screen, whose period and clock the picker starts from. */
  metrics: DashboardMetrics
  /** Every currency the shop sold in during the period, whatever the currency filter. */
  currencies: string[]
}

/** The period, source and currency every figure below is computed for, and the period it is compared with. */
export function DashboardFilters({ control, metrics, currencies }: DashboardFiltersProps) {
  const { view, setPeriod, setSource, setCurrency } = control
  const today = localDateOf(new Date(metrics.asOf), metrics.timeZone)
  const period = view.from && view.to ? { from: view.from, to: view.to } : { from: metrics.period.from, to: metrics.period.to }
  const filtered = view.source !== undefined || view.currency !== undefined
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label="Period and filters">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-end" gap="md" wrap="wrap">
          <PeriodPicker preset={view.preset} period={period} today={today} onChange={setPeriod} />
          <Group gap="sm" wrap="nowrap">
            <NativeSelect
              size="xs"
              label="Source"
              value={view.source ?? ALL}
              onChange={(event) => setSource(event.currentTarget.value === ALL ? undefined : (event.currentTarget.value as Source))}
              data={[{ value: ALL, label: 'All sources' }, ...SOURCES.map((source) => ({ value: source, label: sourceLabel(source) }))]}
            />
            <NativeSelect
              size="xs"
              label="Currency"
              value={view.currency ?? ALL}
              onChange={(event) => setCurrency(event.currentTarget.value === ALL ? undefined : event.currentTarget.value)}
              data={[{ value: ALL, label: 'All currencies' }, ...currencies]}
            />
          </Group>
        </Group>
        <Text size="sm" c="dimmed">
          <Text span fw={600} c="var(--mantine-color-text)">
            {formatDateRange(metrics.period.from, metrics.period.to)}
          </Text>{' '}
          ({metrics.period.days} days), compared with the {metrics.previousPeriod.days} days before ({formatDateRange(metrics.previousPeriod.from, metrics.previousPeriod.to)}
          ). Days in the shop’s time zone, {metrics.timeZone}; figures as of <DateTime value={metrics.asOf} />.
        </Text>
        {filtered && (
          <Text size="xs" c="dimmed">
            {metrics.filters.definition}
          </Text>
        )}
      </Stack>
    </Paper>
  )
}
