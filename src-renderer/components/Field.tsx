import { Stack, Text } from '@mantine/core'
import type { ReactNode } from 'react'

/** A labelled value on a detail page; an absent value says so instead of leaving a hole. */
export function Field({ label, children }: { label: string; children: ReactNode }) {
  const missing = children === null || children === undefined || children === false || children === ''
  return (
    <Stack gap={2} miw={0}>
      <Text size="xs" c="dimmed" fw={500} tt="uppercase" lts={0.4}>
        {label}
      </Text>
      <Text size="sm" component="div" c={missing ? 'dimmed' : undefined} style={{ overflowWrap: 'anywhere' }}>
        {missing ? 'Not recorded' : children}
      </Text>
    </Stack>
  )
}
