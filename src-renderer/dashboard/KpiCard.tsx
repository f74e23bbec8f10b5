import { Paper, Stack, Text } from '@mantine/core'
import type { ReactNode } from 'react'

interface KpiCardProps {
  title: string
  /** The one-line definition of the figure, as the metrics engine computes it. */
  definition: string
  children: ReactNode
}

/** One headline figure (or one line per currency), its change from the previous period, and what exactly it counts. */
export function KpiCard({ title, definition, children }: KpiCardProps) {
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={title} h="100%">
      <Stack gap="sm" h="100%">
        <Text size="sm" fw={600} c="dimmed">
          {title}
        </Text>
        <Stack gap="sm">{children}</Stack>
        <Text size="xs" c="dimmed" mt="auto" pt="xs" lh={1.45} style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}>
          {definition}
        </Text>
      </Stack>
    </Paper>
  )
}

interface KpiFigureProps {
  /** The figure itself, usually a link to the rows behind it. */
  value: ReactNode
  change: ReactNode
  detail?: ReactNode
}

/** One figure of a card; cards with a line per currency hold several. */
export function KpiFigure({ value, change, detail }: KpiFigureProps) {
  return (
    <Stack gap={2}>
      <Text fz={26} fw={650} lh={1.15} component="div">
        {value}
      </Text>
      {change}
      {detail && (
        <Text size="xs" c="dimmed" component="div">
          {detail}
        </Text>
      )}
    </Stack>
  )
}
