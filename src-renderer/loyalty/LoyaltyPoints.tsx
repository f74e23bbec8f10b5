import { Text } from '@mantine/core'
import { formatCount } from '../components/format'

/** A loyalty movement: earned points in green with a plus, spent or withdrawn ones in red with a minus. */
export function LoyaltyPoints({ points }: { points: number }) {
  const size = Math.abs(points)
  return (
    <Text span size="sm" fw={500} c={points < 0 ? 'red.7' : 'teal.7'} className="aftersale-numeric">
      {points > 0 ? '+' : points < 0 ? '−' : ''}
      {formatCount(size)} {size === 1 ? 'point' : 'points'}
    </Text>
  )
}
