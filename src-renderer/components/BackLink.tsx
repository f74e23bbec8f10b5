import { Anchor, Group } from '@mantine/core'
import { IconArrowLeft } from '@tabler/icons-react'
import { Link, useLocation } from 'react-router'

/** Detail pages remember the screen they were opened from, so back returns to the same page, sort and search. */
interface CameFrom {
  from: { path: string; label: string }
}

const PLACES: [RegExp, string][] = [
  [/^\/orders\/[^/]+$/, 'Order'],
  [/^\/orders$/, 'Orders'],
  [/^\/customers\/[^/]+$/, 'Customer'],
  [/^\/customers$/, 'Customers'],
]

export function useCameFrom(): CameFrom {
  const { pathname, search } = useLocation()
  const label = PLACES.find(([pattern]) => pattern.test(pathname))?.[1] ?? 'Back'
  return { from: { path: `${pathname}${search}`, label } }
}

function isCameFrom(state: unknown): state is CameFrom {
  return typeof state === 'object' && state !== null && 'from' in state
}

export function BackLink({ fallback, label }: { fallback: string; label: string }) {
  const { state } = useLocation()
  const target = isCameFrom(state) ? state.from : { path: fallback, label }
  return (
    <Anchor component={Link} to={target.path} size="sm" c="dimmed" underline="hover" w="fit-content">
      <Group gap={4} component="span">
        <IconArrowLeft size={14} />
        {target.label}
      </Group>
    </Anchor>
  )
}
