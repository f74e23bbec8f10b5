import { Badge, Group, Stack, Text } from '@mantine/core'
import { NPS_DETRACTOR_MAX, NPS_PROMOTER_MIN } from '../../src-main/dashboard/metrics.rules'
import type { DashboardMetrics, NpsComment } from '../../src-main/dashboard/metrics.types'
import { DateTime } from '../components/DateTime'
import { DetailLink } from '../components/DetailLink'
import { Section } from '../components/Section'
import { SectionEmpty } from '../components/SectionEmpty'

function scoreColor(score: number): string {
  if (score >= NPS_PROMOTER_MIN) return 'teal'
  return score <= NPS_DETRACTOR_MAX ? 'red' : 'gray'
}

/** What customers wrote with their latest NPS answers in the period, each with who wrote it. */
export function NpsComments({ trend }: { trend: DashboardMetrics['npsTrend'] }) {
  return (
    <Section title="Latest NPS comments">
      {trend.latestComments.length === 0 ? (
        <SectionEmpty>No NPS answer in this period came with a comment.</SectionEmpty>
      ) : (
        <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {trend.latestComments.map((comment) => (
            <CommentItem key={`${comment.respondedAt}|${comment.customerId ?? ''}|${comment.comment}`} comment={comment} />
          ))}
        </Stack>
      )}
    </Section>
  )
}

function CommentItem({ comment }: { comment: NpsComment }) {
  return (
    <Group component="li" gap="sm" align="flex-start" wrap="nowrap">
      <Badge color={scoreColor(comment.score)} variant="light" radius="sm" w={36} px={0} aria-label={`Score ${comment.score} of 10`} style={{ flexShrink: 0 }}>
        {comment.score}
      </Badge>
      <Stack gap={2} miw={0}>
        <Text size="sm">“{comment.comment}”</Text>
        <Group gap={6}>
          <Text size="xs" c="dimmed" component="span">
            <DateTime value={comment.respondedAt} style="date" />
          </Text>
          {comment.customerId && (
            <Text size="xs" component="span">
              <DetailLink to={`/customers/${comment.customerId}`}>View customer</DetailLink>
            </Text>
          )}
        </Group>
      </Stack>
    </Group>
  )
}
