import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { IconUsersGroup } from '@tabler/icons-react'
import { useQuery } from '@tanstack/react-query'
import { useNavigate } from 'react-router'
import { useApi } from '../api/api-context'
import { EmptyState } from '../components/EmptyState'
import { PageHeader } from '../components/PageHeader'
import { LoadError, QueryView } from '../components/QueryFeedback'
import { useColumnChoice } from '../components/use-column-choice'
import { customerColumns } from '../customers/customers-columns'
import { customersPath, useOpenCustomersView } from '../customers/customers-view'
import { BuiltInSegmentCard } from './BuiltInSegmentCard'
import { SavedSegmentsTable } from './SavedSegmentsTable'
import type { SavedSegment } from './segment-types'

/** Groups of customers to act on: the built-in RFM groups and the segments saved from the customers list. */
export function SegmentsPage() {
  const { queries } = useApi()
  const navigate = useNavigate()
  const segments = useQuery(queries.segments.list.queryOptions())
  // A segment opens with everything its view saved (sort and columns too), which segments.list leaves out.
  const views = useQuery(queries.savedViews.list.queryOptions({ input: { screen: 'customers' } }))
  const columns = useColumnChoice('customers', customerColumns)
  const openView = useOpenCustomersView(columns.setShown)

  const open = (segment: SavedSegment) => {
    const view = views.data?.find((v) => v.id === segment.id)
    if (view?.screen === 'customers') openView(view.state)
    else void navigate(customersPath({ filters: segment.filters, search: segment.search }))
  }

  return (
    <Stack gap={0}>
      <PageHeader title="Segments" description="Groups of customers to act on: open one as a customer list, or export it as a file." />
      <QueryView query={segments} loadingLabel="Counting the customers in each segment…" errorTitle="The segments could not be counted">
        {(data) => (
          <Stack gap="xl">
            <Stack gap="sm" component="section" aria-labelledby="built-in-segments">
              <div>
                <Title order={2} fz="lg" fw={650} id="built-in-segments">
                  Built-in groups
                </Title>
                <Text size="sm" c="dimmed">
                  Every customer with an order is in one group, by how recently, how often and how much they buy compared with the shop’s other
                  customers (RFM).
                </Text>
              </div>
              <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
                {data.builtIn.map((segment) => (
                  <BuiltInSegmentCard key={segment.key} segment={segment} />
                ))}
              </SimpleGrid>
            </Stack>
            <Stack gap="sm" component="section" aria-labelledby="saved-segments">
              <div>
                <Title order={2} fz="lg" fw={650} id="saved-segments">
                  Saved segments
                </Title>
                <Text size="sm" c="dimmed">
                  Filters saved from the customers list. Each counts the customers who match them today.
                </Text>
              </div>
              <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
                {views.isError && <LoadError error={views.error} onRetry={() => void views.refetch()} />}
                {data.saved.length === 0 ? (
                  <EmptyState icon={<IconUsersGroup size={22} />} title="No saved segments yet">
                    On the Customers screen, filter the list, then choose Segments → Save this list as a segment.
                  </EmptyState>
                ) : (
                  <SavedSegmentsTable segments={data.saved} onOpen={open} />
                )}
              </Paper>
            </Stack>
          </Stack>
        )}
      </QueryView>
    </Stack>
  )
}
