import { Group, Paper, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'

/** One titled card of a detail page. `aria-label` makes each section findable by its title. */
export function Section({ title, aside, children, padded = true }: { title: string; aside?: ReactNode; children: ReactNode; padded?: boolean }) {
  return (
    <Paper withBorder radius="md" component="section" aria-label={title} p={padded ? 'md' : 0} style={{ overflow: 'hidden' }}>
      <Group justify="space-between" align="center" px={padded ? 0 : 'md'} pt={padded ? 0 : 'md'} pb={padded ? 'sm' : 'xs'} gap="xs">
        <Title order={2} fz="md" fw={600}>
          {title}
        </Title>
        {aside && (
          <Text size="sm" c="dimmed" component="div">
            {aside}
          </Text>
        )}
      </Group>
      {children}
    </Paper>
  )
}
