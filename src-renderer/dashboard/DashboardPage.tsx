import { Box, SimpleGrid, Stack } from '@mantine/core'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import type { DashboardMetrics } from '../../src-main/dashboard/metrics.types'
import { useApi } from '../api/api-context'
import { PageHeader } from '../components/PageHeader'
import { LoadError, Loading } from '../components/QueryFeedback'
import { CohortHeatmap } from './CohortHeatmap'
import { CohortLifetimeValue } from './CohortLifetimeValue'
import { OrderGaps } from './OrderGaps'
import { DashboardFilters } from './DashboardFilters'
import { DashboardKpis } from './DashboardKpis'
import { scopeOf } from './dashboard-scope'
import { ExcludedOrdersNotice } from './ExcludedOrdersNotice'
import { NpsComments } from './NpsComments'
import { NpsTrend } from './NpsTrend'
import { RepeatWithinChart } from './RepeatWithinChart'
import { ReturnsByReason } from './ReturnsByReason'
import { TopProductsByReturnRate, TopProductsByRevenue } from './TopProducts'
import { useDashboardView } from './use-dashboard-view'

export function DashboardPage() {
  const { queries } = useApi()
  const control = useDashboardView()
  const { from, to, source, currency } = control.view
  const input = { from, to, source }
  // While one period's figures load, the last ones stay on screen (dimmed), with the filters that asked for them.
  const metrics = useQuery({ ...queries.dashboard.metrics.queryOptions({ input: { ...input, currency } }), placeholderData: keepPreviousData })
  // The currency list comes from the same period without the currency filter: usually already loaded, as it is the view before filtering.
  const allCurrencies = useQuery({ ...queries.dashboard.metrics.queryOptions({ input }), enabled: currency !== undefined })
  const currencies = currenciesOf(currency === undefined ? metrics.data : allCurrencies.data, currency)

  const data = metrics.data
  return (
    <Stack gap={0}>
      <PageHeader title="Dashboard" description="How well the shop keeps its customers after the sale. Click any figure to see the orders or customers behind it." />
      {data ? (
        <Stack gap="lg">
          <DashboardFilters control={control} metrics={data} currencies={currencies} />
          {metrics.isError && <LoadError title="These figures could not be updated" error={metrics.error} onRetry={() => void metrics.refetch()} />}
          <Box style={{ opacity: metrics.isPlaceholderData ? 0.55 : 1, transition: 'opacity 120ms' }} aria-busy={metrics.isFetching}>
            <DashboardFigures metrics={data} />
          </Box>
        </Stack>
      ) : metrics.isPending ? (
        <Loading label="Working out the figures…" />
      ) : (
        <LoadError title="The dashboard could not be computed" error={metrics.error} onRetry={() => void metrics.refetch()} />
      )}
    </Stack>
  )
}

function currenciesOf(metrics: DashboardMetrics | undefined, chosen: string | undefined): string[] {
  const sold = metrics?.kpis.netRevenue.current.map((revenue) => revenue.currency) ?? []
  return [...new Set([...sold, ...(chosen ? [chosen] : [])])].sort()
}

function DashboardFigures({ metrics }: { metrics: DashboardMetrics }) {
  const scope = scopeOf(metrics)
  const filters = { source: scope.source, currency: scope.currency }
  return (
    <Stack gap="lg">
      <ExcludedOrdersNotice excluded={metrics.excluded} scope={scope} />
      <DashboardKpis metrics={metrics} />
      <CohortHeatmap cohorts={metrics.cohorts} filters={filters} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <RepeatWithinChart repeatWithin={metrics.repeatWithin} scope={scope} />
        <NpsTrend trend={metrics.npsTrend} scope={scope} />
      </SimpleGrid>
      <CohortLifetimeValue figures={metrics.cohortLifetimeValue} scope={scope} />
      <OrderGaps figures={metrics.orderGaps} scope={scope} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <TopProductsByRevenue figures={metrics.topProducts.byRevenue} scope={scope} />
        <TopProductsByReturnRate figures={metrics.topProducts.byReturnRate} scope={scope} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <ReturnsByReason figures={metrics.returnsByReason} scope={scope} />
        <NpsComments trend={metrics.npsTrend} />
      </SimpleGrid>
    </Stack>
  )
}
