import { Badge, Code, Group, Select, Spoiler, Stack, Text } from '@mantine/core'
import { DELIMITER_LABELS, ENCODING_LABELS } from './import-labels'
import type { SniffAnswer, TextEncodingName } from './import-types'

const ENCODING_CHOICES = Object.entries(ENCODING_LABELS).map(([value, label]) => ({ value, label }))

interface FileFactsProps {
  sniff: SniffAnswer['sniff']
  onEncodingChange(encoding: TextEncodingName): void
  disabled: boolean
}

/** How the file was read: format, encoding (switchable when the guess is wrong), delimiter and header. */
export function FileFacts({ sniff, onEncodingChange, disabled }: FileFactsProps) {
  return (
    <Stack gap="xs">
      <Group gap="lg" align="flex-end" wrap="wrap">
        <Stack gap={4}>
          <Text size="xs" c="dimmed" fw={600} tt="uppercase">
            Detected format
          </Text>
          <Badge size="lg" variant="light" color={sniff.format ? 'teal' : 'orange'} tt="none" data-testid="detected-format">
            {sniff.label}
          </Badge>
        </Stack>
        <Select
          label="Encoding"
          size="xs"
          w={240}
          data={ENCODING_CHOICES}
          value={sniff.encoding}
          allowDeselect={false}
          disabled={disabled}
          onChange={(value) => value && onEncodingChange(value as TextEncodingName)}
        />
        <Stack gap={4}>
          <Text size="xs" c="dimmed" fw={600} tt="uppercase">
            Delimiter
          </Text>
          <Text size="sm">{DELIMITER_LABELS[sniff.delimiter]}</Text>
        </Stack>
      </Group>
      {/* Marketplace exports have dozens of columns: two lines are enough to recognise the file. */}
      <Spoiler maxHeight={44} showLabel="Show all columns" hideLabel="Show fewer columns" styles={{ control: { fontSize: 'var(--mantine-font-size-sm)' } }}>
        <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {sniff.header.length} columns, header on line {sniff.headerLine}: <Code>{sniff.header.join(' · ')}</Code>
        </Text>
      </Spoiler>
    </Stack>
  )
}
