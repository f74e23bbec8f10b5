import { Code, Group, Select, Stack, Table, Text } from '@mantine/core'
import { SOURCES, type Source } from '../../src-main/orders/orders.table'
import { sourceLabel } from '../../src-main/orders/source-labels'
import { fieldOfColumn, mapColumn } from './column-mapping'
import { FIELD_LABELS } from './import-labels'
import type { GenericField, GenericMapping } from './import-types'

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
  firstRow: string[] | undefined
  mapping: GenericMapping
  onChange(mapping: GenericMapping): void
  disabled: boolean
}

/** For a file in no known format: which column holds which field, and how its dates and amounts are written. */
export function ColumnMapping({ header, firstRow, mapping, onChange, disabled }: ColumnMappingProps) {
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
      <Table.ScrollContainer minWidth={520}>
        <Table aria-label="Column mapping" withTableBorder fz="sm" verticalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Column</Table.Th>
              <Table.Th>Imported as</Table.Th>
              <Table.Th>First row</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {header.map((column, index) => (
              <Table.Tr key={`${index}:${column}`}>
                <Table.Td fw={500}>{column}</Table.Td>
                <Table.Td w={240}>
                  <Select
                    size="xs"
                    aria-label={`Field for column ${column}`}
                    placeholder="Not imported"
                    data={FIELD_CHOICES}
                    value={fieldOfColumn(mapping, column)}
                    clearable
                    disabled={disabled}
                    onChange={(value) => onChange(mapColumn(mapping, column, value as GenericField | null))}
                  />
                </Table.Td>
                <Table.Td>{firstRow?.[index] ? <Code>{firstRow[index]}</Code> : <Text span c="dimmed" size="sm">empty</Text>}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  )
}
