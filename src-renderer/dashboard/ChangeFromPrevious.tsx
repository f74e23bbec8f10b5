import { Group, Text } from '@mantine/core'
import { IconArrowDownRight, IconArrowUpRight, IconMinus } from '@tabler/icons-react'
import { formatPoints } from './dashboard-format'

const relativeFormat = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' })

interface ChangeFromPreviousProps {
  current: number | null
  previous: number | null
  /** Counts and money change relatively (+12%); shares and scores in points (+2.1 pts). */
  unit: 'relative' | 'points'
  /** The previous period's figure, as the card writes it. */
  previousLabel: string
  /** For a return rate, going down is the good news. */
  better?: 'up' | 'down'
}

/** How a figure moved since the period of equal length before, coloured by whether that is good news. */
export function ChangeFromPrevious({ current, previous, unit, previousLabel, better = 'up' }: ChangeFromPreviousProps) {
  const change = changeOf(current, previous, unit)
  if (change === null) {
    return (
      <Text size="xs" c="dimmed">
        no figure for the previous period
      </Text>
    )
  }
  const direction = Math.sign(change.amount)
  const Icon = direction > 0 ? IconArrowUpRight : direction < 0 ? IconArrowDownRight : IconMinus
  const color = direction === 0 ? 'dimmed' : (direction > 0) === (better === 'up') ? 'teal' : 'red'
  return (
    <Group gap={4} wrap="nowrap" className="aftersale-numeric">
      <Text size="xs" fw={600} c={color} component="span" style={{ display: 'inline-flex', alignItems: 'center', gap: 2 }}>
        <Icon size={14} stroke={2} aria-hidden />
        {change.text}
      </Text>
      <Text size="xs" c="dimmed" component="span">
        vs {previousLabel}
      </Text>
    </Group>
  )
}

function changeOf(current: number | null, previous: number | null, unit: 'relative' | 'points'): { amount: number; text: string } | null {
  if (current === null || previous === null) return null
  if (unit === 'points') return { amount: current - previous, text: formatPoints(current - previous) }
  // A change from nothing has no percentage.
  if (previous === 0) return null
  const amount = (current - previous) / previous
  return { amount, text: relativeFormat.format(amount) }
}
