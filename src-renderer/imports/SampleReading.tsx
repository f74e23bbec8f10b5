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

/** A message beside a cell: what stops the import (red), or what it warns about and imports anyway (orange). */
function CellMessage({ tone, children }: { tone: 'problem' | 'warning'; children: string }) {
  const color = tone === 'problem' ? 'red' : 'orange'
  const Icon = tone === 'problem' ? IconAlertTriangle : IconInfoCircle
  return (
    <Group gap={6} wrap="nowrap" align="flex-start">
      <Icon size={16} color={`var(--mantine-color-${color}-text)`} style={{ flexShrink: 0, marginTop: 2 }} />
      <Text size={tone === 'problem' ? 'sm' : 'xs'} c={color}>
        {children}
      </Text>
    </Group>
  )
}

/** One mapped cell as the import reads it, or the message the import would refuse the file with, in red. */
export function SampleReading({ cell }: { cell: SampleCell }) {
  return (
    <Stack gap={2}>
      {cell.shown !== null && <Shown value={cell.shown} />}
      {cell.problem !== null && <CellMessage tone="problem">{cell.problem}</CellMessage>}
      {cell.warning !== null && <CellMessage tone="warning">{cell.warning}</CellMessage>}
    </Stack>
  )
}
