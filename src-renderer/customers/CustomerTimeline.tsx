import { Badge, Button, Center, Group, Stack, Text, ThemeIcon, Timeline, type MantineColor } from '@mantine/core'
import {
  IconCircleX,
  IconMail,
  IconMessageReport,
  IconMoodSmile,
  IconNote,
  IconReceiptRefund,
  IconShoppingBag,
  IconStar,
  IconTruckReturn,
  type Icon,
} from '@tabler/icons-react'
import { useInfiniteQuery } from '@tanstack/react-query'
import { sourceLabel } from '../../src-main/orders/source-labels'
import { useApi } from '../api/api-context'
import { DateTime } from '../components/DateTime'
import { DetailLink } from '../components/DetailLink'
import { Money } from '../components/Money'
import { LoadError, Loading } from '../components/QueryFeedback'
import { SectionEmpty } from '../components/SectionEmpty'
import { LoyaltyPoints } from '../loyalty/LoyaltyPoints'
import type { TimelineEvent, TimelineKind } from './record-types'

/** A screenful or two; a regular customer's older events come with "Show older". */
const EVENTS_PER_PAGE = 30

const KINDS: Record<TimelineKind, { icon: Icon; color: MantineColor; label: string }> = {
  order: { icon: IconShoppingBag, color: 'indigo', label: 'Order' },
  refund: { icon: IconReceiptRefund, color: 'grape', label: 'Refund' },
  cancellation: { icon: IconCircleX, color: 'red', label: 'Cancellation' },
  return: { icon: IconTruckReturn, color: 'orange', label: 'Return' },
  claim: { icon: IconMessageReport, color: 'pink', label: 'Claim' },
  loyalty: { icon: IconStar, color: 'yellow', label: 'Loyalty points' },
  message: { icon: IconMail, color: 'cyan', label: 'Message sent' },
  survey: { icon: IconMoodSmile, color: 'teal', label: 'Survey answer' },
  note: { icon: IconNote, color: 'gray', label: 'Note' },
}

function EventTitle({ event }: { event: TimelineEvent }) {
  if (event.orderId) return <DetailLink to={`/orders/${event.orderId}`}>{event.title}</DetailLink>
  return (
    <Text size="sm" fw={500}>
      {event.title}
    </Text>
  )
}

function EventRow({ event }: { event: TimelineEvent }) {
  return (
    <Group justify="space-between" align="flex-start" gap="md" wrap="nowrap">
      <Stack gap={2} miw={0}>
        <Group gap={6} wrap="wrap">
          <EventTitle event={event} />
          {event.source && (
            <Badge size="xs" variant="outline" color="gray" radius="sm" tt="none" fw={500}>
              {sourceLabel(event.source)}
            </Badge>
          )}
        </Group>
        {event.detail && (
          <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {event.detail}
          </Text>
        )}
      </Stack>
      <Stack gap={0} align="flex-end" style={{ flexShrink: 0 }}>
        {event.amount && (
          <Text size="sm" fw={500} component="span">
            <Money minor={event.amount.minor} currency={event.amount.currency} />
          </Text>
        )}
        {event.points != null && <LoyaltyPoints points={event.points} />}
        <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          <DateTime value={event.at} />
        </Text>
      </Stack>
    </Group>
  )
}

/** Everything that happened to a customer, on every channel, newest first, in one list. */
export function CustomerTimeline({ customerId }: { customerId: string }) {
  const { queries } = useApi()
  // Destructured: the next page's error must stay readable once the first page has loaded.
  const { data, error, isError, refetch, hasNextPage, fetchNextPage, isFetchingNextPage, isFetchNextPageError } = useInfiniteQuery(
    queries.customers.timeline.infiniteOptions({
      input: (before: string | undefined) => ({ id: customerId, before, limit: EVENTS_PER_PAGE }),
      initialPageParam: undefined,
      getNextPageParam: (page) => (page.hasMore ? page.events.at(-1)?.at : undefined),
    }),
  )
  if (!data) {
    if (isError) return <LoadError title="The timeline could not be shown" error={error} onRetry={() => void refetch()} />
    return <Loading label="Loading the timeline…" />
  }

  const events = data.pages.flatMap((page) => page.events)
  if (events.length === 0) return <SectionEmpty>Nothing has happened yet.</SectionEmpty>
  return (
    <Stack gap="md">
      <Timeline bulletSize={28} lineWidth={2} role="list" aria-label="Timeline events">
        {events.map((event) => {
          const kind = KINDS[event.kind]
          return (
            <Timeline.Item
              key={`${event.kind}:${event.id}`}
              role="listitem"
              aria-label={`${kind.label}: ${event.title}`}
              bullet={
                <ThemeIcon size={28} radius="xl" variant="light" color={kind.color} role="img" aria-label={kind.label} title={kind.label}>
                  <kind.icon size={15} stroke={1.8} />
                </ThemeIcon>
              }
            >
              <EventRow event={event} />
            </Timeline.Item>
          )
        })}
      </Timeline>
      {hasNextPage && (
        <Center>
          <Button variant="default" size="xs" loading={isFetchingNextPage} onClick={() => void fetchNextPage()}>
            Show older
          </Button>
        </Center>
      )}
      {isFetchNextPageError && <LoadError title="Older events could not be loaded" error={error} onRetry={() => void fetchNextPage()} />}
    </Stack>
  )
}
