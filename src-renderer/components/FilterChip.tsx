import { CloseButton, Group, Text } from '@mantine/core'

/**
 * One active filter above a list, with a way to remove it. Not Mantine's
 * Pill, whose remove button is hidden from keyboards and screen readers (see
 * DrilldownChip).
 */
export function FilterChip({ label, onRemove }: { label: string; onRemove(): void }) {
  return (
    <Group
      gap={2}
      wrap="nowrap"
      pl="sm"
      pr={2}
      py={2}
      maw="100%"
      bg="var(--mantine-color-default)"
      style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 'var(--mantine-radius-xl)' }}
    >
      <Text size="sm" truncate="end" title={label}>
        {label}
      </Text>
      <CloseButton size="sm" radius="xl" aria-label={`Remove filter: ${label}`} onClick={onRemove} />
    </Group>
  )
}
