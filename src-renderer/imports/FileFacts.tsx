import { Badge, Code, Group, Spoiler, Stack, Text } from '@mantine/core'
import { CurrencySelect } from './CurrencySelect'
import { EncodingSelect } from './EncodingSelect'
import { DELIMITER_LABELS } from './import-labels'
import type { SniffAnswer, TextEncodingName } from './import-types'

interface FileFactsProps {
  sniff: SniffAnswer['sniff']
  onEncodingChange(encoding: TextEncodingName): void
  /** The whole file's currency, asked for when the format reads amounts that may not say theirs. */
  currency: string | null
  onCurrencyChange(currency: string | null): void
  disabled: boolean
}

/** How the file was read: format, encoding (switchable when the guess is wrong), delimiter, currency and header. */
export function FileFacts({ sniff, onEncodingChange, currency, onCurrencyChange, disabled }: FileFactsProps) {
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
        <EncodingSelect value={sniff.encoding} onChange={onEncodingChange} disabled={disabled} />
        {sniff.takesCurrency && <CurrencySelect value={currency} onChange={onCurrencyChange} disabled={disabled} />}
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
