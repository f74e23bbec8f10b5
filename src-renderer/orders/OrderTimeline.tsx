import { Timeline, Text } from '@mantine/core'
import type { OrderDetail } from '../api/types'
import { DateTime } from '../components/DateTime'

type Order = OrderDetail['order']

/** The order's milestones that happened, oldest first. */
export function OrderTimeline({ order }: { order: Order }) {
  const steps = [
    { label: 'Placed', at: order.placed_at },
    { label: 'Paid', at: order.paid_at },
    { label: 'Fulfilled', at: order.fulfilled_at },
    { label: 'Delivered', at: order.delivered_at },
    { label: 'Cancelled', at: order.cancelled_at },
  ].flatMap((step) => (step.at ? [{ label: step.label, at: step.at }] : []))
  steps.sort((a, b) => a.at.localeCompare(b.at))

  return (
    <Timeline active={steps.length - 1} bulletSize={12} lineWidth={2}>
      {steps.map((step) => (
        <Timeline.Item key={step.label} color={step.label === 'Cancelled' ? 'red' : undefined} title={<Text size="sm" fw={500}>{step.label}</Text>}>
          <Text size="xs" c="dimmed">
            <DateTime value={step.at} />
          </Text>
        </Timeline.Item>
      ))}
    </Timeline>
  )
}
