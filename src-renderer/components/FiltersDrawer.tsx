import { Badge, Button, Drawer, Group, ScrollArea, Stack, Text } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { IconFilter } from '@tabler/icons-react'
import type { FormEvent, ReactNode } from 'react'
import type { ZodError } from 'zod'
import { FilterChip } from './FilterChip'
import type { FilterLabel } from './filter-labels'

interface FiltersDrawerProps {
  /** Filters set now: the button shows how many. */
  count: number
  title: string
  /** The screen's form, drawn only while the drawer is open so it starts from the filters in force. */
  children(close: () => void): ReactNode
}

/** The "Filters" button of a list and the drawer with its form. */
export function FiltersDrawer({ count, title, children }: FiltersDrawerProps) {
  const [opened, { open, close }] = useDisclosure(false)
  return (
    <>
      <Button
        variant="default"
        leftSection={<IconFilter size={16} stroke={1.8} />}
        rightSection={
          count > 0 ? (
            <Badge size="sm" circle aria-label={`${count} set`}>
              {count}
            </Badge>
          ) : undefined
        }
        onClick={open}
        aria-haspopup="dialog"
      >
        Filters
      </Button>
      <Drawer opened={opened} onClose={close} title={title} position="right" size={420} scrollAreaComponent={ScrollArea.Autosize} padding="lg">
        {opened && children(close)}
      </Drawer>
    </>
  )
}

interface FilterFormProps {
  onApply(): void
  onClear(): void
  children: ReactNode
}

/** A filter form's fields, with Apply (also Enter) and Clear all at the bottom. */
export function FilterForm({ onApply, onClear, children }: FilterFormProps) {
  const submit = (event: FormEvent) => {
    event.preventDefault()
    onApply()
  }
  return (
    <form onSubmit={submit} noValidate aria-label="Filters">
      <Stack gap="md">
        {children}
        <Group justify="space-between" pt="xs">
          <Button variant="subtle" color="gray" onClick={onClear}>
            Clear all
          </Button>
          <Button type="submit">Apply filters</Button>
        </Group>
      </Stack>
    </form>
  )
}

interface ActiveFiltersProps<F> {
  labels: FilterLabel<F>[]
  filters: F
  onChange(filters: F): void
  /** The address held filters that could not be read, and that are left out. */
  unreadable: boolean
}

/** The active filters above a list, each removable, and a way to remove them all. */
export function ActiveFilters<F extends object>({ labels, filters, onChange, unreadable }: ActiveFiltersProps<F>) {
  if (labels.length === 0 && !unreadable) return null
  return (
    <Group gap={6} mt="xs" wrap="wrap" role="group" aria-label="Active filters">
      {unreadable && (
        <Text size="sm" c="orange.7">
          Some filters in this address could not be read, so they are left out.
        </Text>
      )}
      {labels.map((label) => (
        <FilterChip key={label.key} label={label.label} onRemove={() => onChange(label.without(filters))} />
      ))}
      {labels.length > 1 && (
        <Button variant="subtle" size="compact-sm" color="gray" onClick={() => onChange({} as F)}>
          Clear all
        </Button>
      )}
    </Group>
  )
}

/** A schema's messages by field path ("spent.minMinor"), the first one for each field. */
export function messagesByField(error: ZodError): Record<string, string> {
  const messages: Record<string, string> = {}
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.')
    messages[key] ??= issue.message
  }
  return messages
}
