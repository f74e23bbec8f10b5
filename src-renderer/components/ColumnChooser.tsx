import { Button, Checkbox, Popover, Stack, Text } from '@mantine/core'
import { IconColumns3 } from '@tabler/icons-react'
import { useId } from 'react'
import type { ColumnOption, ColumnChoice } from './use-column-choice'

/** Which of a table's columns are shown; remembered per screen, and saved with a view. */
export function ColumnChooser({ options, choice }: { options: ColumnOption[]; choice: ColumnChoice }) {
  const headingId = useId()
  const toggle = (id: string, on: boolean) => choice.setShown(on ? [...choice.shown, id] : choice.shown.filter((shown) => shown !== id))
  return (
    <Popover position="bottom-start" shadow="md" width={240} trapFocus>
      <Popover.Target>
        <Button variant="default" leftSection={<IconColumns3 size={16} stroke={1.8} />} aria-haspopup="dialog">
          Columns
        </Button>
      </Popover.Target>
      <Popover.Dropdown aria-labelledby={headingId}>
        <Stack gap="xs">
          <Text size="xs" c="dimmed" fw={600} tt="uppercase" id={headingId}>
            Show columns
          </Text>
          {options.map((option) => (
            <Checkbox
              key={option.id}
              label={option.label}
              checked={choice.shown.includes(option.id)}
              disabled={option.alwaysShown}
              onChange={(event) => toggle(option.id, event.currentTarget.checked)}
            />
          ))}
          <Button variant="subtle" size="compact-sm" color="gray" onClick={choice.reset} style={{ alignSelf: 'flex-start' }}>
            Show the usual columns
          </Button>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  )
}
