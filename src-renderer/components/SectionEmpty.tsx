import { Text } from '@mantine/core'

/** The quiet line a detail section shows when it has nothing to list; `inset` lines it up with a table's cells. */
export function SectionEmpty({ children, inset = false }: { children: string; inset?: boolean }) {
  return (
    <Text size="sm" c="dimmed" px={inset ? 'md' : 0} pb={inset ? 'md' : 0}>
      {children}
    </Text>
  )
}
