import { Alert, Code, Group, List, Loader, SegmentedControl, Select, Stack, Table, Text } from '@mantine/core'
import { IconListCheck } from '@tabler/icons-react'
import { useId, useState } from 'react'
import { SOURCES, type Source } from '../../src-main/orders/orders.table'
import { sourceLabel } from '../../src-main/orders/source-labels'
import { messageOf } from '../api/errors'
import { fieldOfColumn, mapColumn } from './column-mapping'
import { FIELD_LABELS } from './import-labels'
import type { GenericField, GenericMapping, MappedSample } from './import-types'
import { SampleReading } from './SampleReading'

const FIELD_CHOICES = Object.entries(FIELD_LABELS).map(([value, label]) => ({ value, label }))
const DATE_FORMATS: { value: GenericMapping['dateFormat']; label: string }[] = [
  { value: 'iso', label: 'Year first (2026-02-03)' },
  { value: 'dmy', label: 'Day first (03.02.2026)' },
  { value: 'mdy', label: 'Month first (02/03/2026)' },
]
const DECIMAL_SEPARATORS: { value: GenericMapping['decimalSeparator']; label: string }[] = [
  { value: '.', label: 'Point (1,234.50)' },
  { value: ',', label: 'Comma (1.234,50)' },
]
const SOURCE_CHOICES = SOURCES.map((source) => ({ value: source, label: sourceLabel(source) }))

interface ColumnMappingProps {
  header: string[]
  /** The file's first rows, every column, as written. */
  sampleRows: string[][]
  /** The same rows as the import reads them with this mapping. */
  sample: { data: MappedSample | undefined; error: unknown; isFetching: boolean }
  mapping: GenericMapping
  onChange(mapping: GenericMapping): void
  disabled: boolean
}

/**
 * For a file in no known format: which column holds which field, how its
 * dates and amounts are written, and for a few sample rows what each
 * mapped cell is read as, by the import's own readers.
 */
export function ColumnMapping({ header, sampleRows, sample, mapping, onChange, disabled }: ColumnMappingProps) {
  const [shownRow, setShownRow] = useState(0)
  const rowLabel = useId()
  const rowCount = sample.data?.rows.length ?? Math.min(sampleRows.length, 1)
  const row = Math.min(shownRow, Math.max(rowCount - 1, 0))
  const raw = sampleRows[row]
  const read = sample.data?.rows[row]
  const gaps = sample.data?.gaps ?? []

  return (
    <Stack gap="sm">
      <Group gap="md" wrap="wrap">
        <Select
          label="Dates are written"
          size="xs"
          w={220}
          data={DATE_FORMATS}
          value={mapping.dateFormat}
          allowDeselect={false}
          disabled={disabled}
          onChange={(value) => value && onChange({ ...mapping, dateFormat: value as GenericMapping['dateFormat'] })}
        />
        <Select
          label="Decimal separator"
          size="xs"
          w={200}
          data={DECIMAL_SEPARATORS}
          value={mapping.decimalSeparator}
          allowDeselect={false}
          disabled={disabled}
          onChange={(value) => value && onChange({ ...mapping, decimalSeparator: value as GenericMapping['decimalSeparator'] })}
        />
        <Select
          label="Orders come from"
          size="xs"
          w={180}
          data={SOURCE_CHOICES}
          value={mapping.source ?? 'other'}
          allowDeselect={false}
          disabled={disabled}
          onChange={(value) => value && onChange({ ...mapping, source: value as Source })}
        />
      </Group>
      {rowCount > 1 && (
        <Group gap="sm">
          <Text size="sm" fw={500} id={rowLabel}>
            Sample row
          </Text>
          <SegmentedControl
            size="xs"
            aria-labelledby={rowLabel}
            value={String(row)}
            onChange={(value) => setShownRow(Number(value))}
            data={Array.from({ length: rowCount }, (_, index) => ({ value: String(index), label: `Row ${index + 1}` }))}
          />
          {read && (
            <Text size="xs" c="dimmed">
              line {read.line} of the file
            </Text>
          )}
        </Group>
      )}
      <Table.ScrollContainer minWidth={720}>
        <Table aria-label="Column mapping" withTableBorder fz="sm" verticalSpacing={6} layout="fixed">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="20%">Column</Table.Th>
              <Table.Th w={220}>Imported as</Table.Th>
              <Table.Th w="25%">In the file</Table.Th>
              <Table.Th>
                <Group gap={6} wrap="nowrap">
                  Read as
                  {sample.isFetching && <Loader size={12} aria-label="Reading the sample" />}
                </Group>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {header.map((column, index) => {
              const field = fieldOfColumn(mapping, column)
              const cell = field === null ? undefined : read?.cells.find((candidate) => candidate.column === column)
              return (
                <Table.Tr key={`${index}:${column}`}>
                  <Table.Td fw={500} style={{ overflowWrap: 'anywhere' }}>
                    {column}
                  </Table.Td>
                  <Table.Td>
                    <Select
                      size="xs"
                      aria-label={`Field for column ${column}`}
                      placeholder="Not imported"
                      data={FIELD_CHOICES}
                      value={field}
                      clearable
                      disabled={disabled}
                      onChange={(value) => onChange(mapColumn(mapping, column, value as GenericField | null))}
                    />
                  </Table.Td>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>
                    {raw?.[index] ? <Code>{raw[index]}</Code> : <Text span c="dimmed" size="sm">empty</Text>}
                  </Table.Td>
                  <Table.Td>
                    {cell ? (
                      <SampleReading cell={cell} />
                    ) : (
                      <Text span c="dimmed" size="sm">
                        {field === null ? '–' : '…'}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              )
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {sample.error !== null && (
        <Text size="sm" c="red">
          {messageOf(sample.error)}
        </Text>
      )}
      {gaps.length > 0 && (
        <Alert variant="light" color="yellow" icon={<IconListCheck size={18} />} title="Before this file can be imported">
          <List size="sm" spacing={2}>
            {gaps.map((gap) => (
              <List.Item key={gap}>{gap}</List.Item>
            ))}
          </List>
        </Alert>
      )}
    </Stack>
  )
}
