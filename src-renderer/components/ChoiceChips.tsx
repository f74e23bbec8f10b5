import { Chip, Group, Input } from '@mantine/core'
import { useId } from 'react'

interface ChoiceChipsProps<T extends string> {
  label: string
  options: ReadonlyArray<{ value: T; label: string }>
  value: T[]
  onChange(value: T[]): void
  error?: string
}

/** Several of a few known values (channels, statuses): all visible at once, each a checkbox. */
export function ChoiceChips<T extends string>({ label, options, value, onChange, error }: ChoiceChipsProps<T>) {
  const id = useId()
  return (
    <Input.Wrapper label={label} id={id} labelElement="div" error={error}>
      <Chip.Group multiple value={value} onChange={(next) => onChange(options.filter((option) => next.includes(option.value)).map((option) => option.value))}>
        <Group gap={6} mt={4} role="group" aria-labelledby={`${id}-label`}>
          {options.map((option) => (
            <Chip key={option.value} value={option.value} size="xs" variant="outline">
              {option.label}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
    </Input.Wrapper>
  )
}
