import { Badge, type MantineColor } from '@mantine/core'
import { humanize } from './format'

/**
 * One colour per meaning across every feature, so "refunded" or "rejected"
 * looks the same on an order, a return and a claim.
 */
const TONES: Record<string, MantineColor> = {
  // Needs doing
  pending: 'orange',
  unfulfilled: 'orange',
  requested: 'orange',
  open: 'orange',
  waiting_on_customer: 'violet',
  // Under way
  authorized: 'blue',
  partially_fulfilled: 'blue',
  approved: 'blue',
  received: 'cyan',
  partially_refunded: 'grape',
  exchanged: 'grape',
  // Done well
  paid: 'teal',
  fulfilled: 'teal',
  delivered: 'green',
  resolved: 'teal',
  granted: 'teal',
  // Gone wrong
  cancelled: 'red',
  rejected: 'red',
  // Settled, nothing to do
  refunded: 'gray',
  voided: 'gray',
  closed: 'gray',
  denied: 'gray',
}

/** Never shortened to "Partially refun…": a table column widens to fit its badges instead. */
const WHOLE_LABEL = { minWidth: 'max-content' }

export function StatusBadge({ status, label }: { status: string; label?: string }) {
  return (
    <Badge color={TONES[status] ?? 'gray'} variant="light" radius="sm" tt="none" fw={600} style={WHOLE_LABEL}>
      {label ?? humanize(status)}
    </Badge>
  )
}
