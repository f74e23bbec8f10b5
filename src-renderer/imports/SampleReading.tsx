import { Group, Stack, Text } from '@mantine/core'
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react'
import { DateTime } from '../components/DateTime'
import { formatCount, humanize } from '../components/format'
import { Money } from '../components/Money'
import { StatusBadge } from '../components/StatusBadge'
import type { SampleCell, SampleValue } from './import-types'

function Shown({ value }: { value: SampleValue }) {
  switch (value.kind) {
    case 'text':
      return <Text size="sm">{value.text}</Text>
    case 'date':
      return (
        <Text size="sm">
          <DateTime value={value.iso} style={value.dateOnly ? 'date' : 'dateTime'} />
        </Text>
      )
    case 'money':
      return (
        <Text size="sm">
          <Money minor={value.minor} currency={value.currency} />
        </Text>
      )
    case 'quantity':
      return (
        <Text size="sm" className="aftersale-numeric">
          {formatCount(value.quantity)}
        </Text>
      )
    case 'status':
      return (
        <Group gap={4}>
          <StatusBadge status={value.financial} label={`Payment: ${humanize(value.financial)}`} />
          <StatusBadge status={value.fulfillment} label={`Fulfilment: ${humanize(value.fulfillment)}`} />
        </Group>
      )
    case 'empty':
      return (
        <Text size="sm" c="dimmed">
          empty
        </Text>
      )
    case 'not-read':
      return (
        <Text size="sm" c="dimmed" fs="italic">
          {value.reason}
        </Text>
      )
  }
}

/** One mapped cell as the import reads it, or the message the import would refuse the file with, in red. */
export function SampleReading({ cell }: { cell: SampleCell }) {
  return (
    <Stack gap={2}>
      {cell.shown !== null && <Shown value={cell.shown} />}
      {cell.problem !== null && (
        <Group gap={6} wrap="nowrap" align="flex-start">
          <IconAlertTriangle size={16} color="var(--mantine-color-red-text)" style={{ flexShrink: 0, marginTop: 2 }} />
          <Text size="sm" c="red">
            {cell.problem}
          </Text>
        </Group>
      )}
      {cell.warning !== null && (
        <Group gap={6} wrap="nowrap" align="flex-start">
          <IconInfoCircle size={16} color="var(--mantine-color-orange-text)" style={{ flexShrink: 0, marginTop: 2 }} />
          <Text size="xs" c="orange">
            {cell.warning}
          </Text>
        </Group>
      )}
    </Stack>
  )
}
