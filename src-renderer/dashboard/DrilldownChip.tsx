import { CloseButton, Group, Text } from '@mantine/core'
import { IconFilter } from '@tabler/icons-react'
import type { Drilldown } from '../../src-main/dashboard/drilldown.rules'
import { describeDrilldown } from './describe-drilldown'
import type { ListDrilldown } from './use-list-drilldown'

/**
 * Above a list opened from a dashboard figure: which figure's rows it shows,
 * and a way back to all of them. Not Mantine's Pill, whose remove button is
 * hidden from keyboards and screen readers (it expects Backspace in an input).
 */
export function DrilldownChip<T extends Drilldown>({ drilldown, unreadable, remove }: ListDrilldown<T>) {
  if (!drilldown && !unreadable) return null
  const label = drilldown ? describeDrilldown(drilldown) : 'This link’s filter could not be read, so everything is shown'
  return (
    <Group
      role="group"
      aria-label="Drill-down filter"
      gap={6}
      wrap="nowrap"
      mb="sm"
      pl="sm"
      pr={4}
      py={4}
      maw="100%"
      w="fit-content"
      bg="var(--mantine-color-default)"
      style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 'var(--mantine-radius-xl)' }}
    >
      <IconFilter size={14} stroke={1.8} aria-hidden style={{ flexShrink: 0 }} />
      <Text size="sm" truncate="end" title={label}>
        {label}
      </Text>
      <CloseButton size="sm" radius="xl" aria-label="Remove this filter" onClick={remove} />
    </Group>
  )
}
