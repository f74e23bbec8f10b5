import { Box, Button, Group, Paper, Stack, Text } from '@mantine/core'
import { IconArrowRight } from '@tabler/icons-react'
import { Link } from 'react-router'
import { useApi } from '../api/api-context'
import { ExportButton } from '../components/ExportButton'
import { formatCount } from '../components/format'
import { customersPath } from '../customers/customers-view'
import { rfmTone } from '../customers/RfmBadge'
import type { BuiltInSegment } from './segment-types'

/** One RFM group: what it means, how many customers are in it, and ways to act on them. */
export function BuiltInSegmentCard({ segment }: { segment: BuiltInSegment }) {
  const { client } = useApi()
  return (
    <Paper withBorder radius="md" p="md" component="article" aria-label={segment.name} h="100%">
      <Stack gap="xs" h="100%">
        <Group gap={8} wrap="nowrap" miw={0}>
          <Box w={10} h={10} bg={`${rfmTone(segment.key)}.6`} style={{ borderRadius: '50%', flexShrink: 0 }} aria-hidden />
          <Text fw={650} truncate="end">
            {segment.name}
          </Text>
        </Group>
        <Group gap={6} align="baseline">
          <Text fz={26} fw={650} lh={1.1} className="aftersale-numeric">
            {formatCount(segment.count)}
          </Text>
          <Text size="sm" c="dimmed">
            {segment.count === 1 ? 'customer' : 'customers'}
          </Text>
        </Group>
        <Text size="sm" c="dimmed" lh={1.45}>
          {segment.explanation}
        </Text>
        <Group gap="xs" mt="auto" pt="xs">
          <Button
            component={Link}
            to={customersPath({ filters: { rfmGroup: segment.key } })}
            size="xs"
            variant="light"
            rightSection={<IconArrowRight size={14} />}
            aria-label={`Open ${segment.name}`}
          >
            Open list
          </Button>
          <ExportButton
            size="xs"
            variant="subtle"
            label={`Export ${segment.name}`}
            exportFile={() => client.exports.customers({ segment: segment.key })}
            unavailable={segment.count === 0 ? 'No customers in this group yet.' : undefined}
          />
        </Group>
      </Stack>
    </Paper>
  )
}
