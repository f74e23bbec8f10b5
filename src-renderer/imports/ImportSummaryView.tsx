import { Alert, List, Stack, Table, Text } from '@mantine/core'
import { IconAlertCircle, IconUsers } from '@tabler/icons-react'
import { pluralize } from '../components/format'
import { EntityCountsTable } from './EntityCountsTable'
import type { ImportSummary, ImportWarning, PossibleDuplicate } from './import-types'

function place(warning: ImportWarning): string {
  return [warning.line === null ? null : `line ${warning.line}`, warning.column].filter(Boolean).join(', ')
}

function Warnings({ count, warnings }: { count: number; warnings: ImportWarning[] }) {
  if (count === 0) return null
  return (
    <Alert color="yellow" variant="light" icon={<IconAlertCircle size={18} />} title={pluralize(count, 'warning', 'warnings')}>
      <List size="sm" spacing={2}>
        {warnings.map((warning, index) => (
          <List.Item key={index}>
            {place(warning) && <Text span c="dimmed" size="sm">{`${place(warning)}: `}</Text>}
            {warning.message}
          </List.Item>
        ))}
      </List>
    </Alert>
  )
}

function PossibleDuplicates({ count, duplicates }: { count: number; duplicates: PossibleDuplicate[] }) {
  if (count === 0) return null
  return (
    <Alert color="blue" variant="light" icon={<IconUsers size={18} />} title={`${pluralize(count, 'possible duplicate customer', 'possible duplicate customers')}`}>
      <Stack gap="xs">
        <Text size="sm">New customers with the same name as a customer the shop already has. They are never merged automatically: check them on the customers screen.</Text>
        <Table aria-label="Possible duplicates" fz="sm" withTableBorder bg="var(--mantine-color-body)">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>New email</Table.Th>
              <Table.Th>Existing email</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {duplicates.map((duplicate) => (
              <Table.Tr key={`${duplicate.customerId}:${duplicate.existingCustomerId}`}>
                <Table.Td>{duplicate.name}</Table.Td>
                <Table.Td>{duplicate.email ?? '–'}</Table.Td>
                <Table.Td>{duplicate.existingEmail ?? '–'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Alert>
  )
}

/** What an import did or would do: counts per kind of record, warnings, and customers that may be the same person. */
export function ImportSummaryView({ summary }: { summary: ImportSummary }) {
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {pluralize(summary.rowsRead, 'row read', 'rows read')}
      </Text>
      <EntityCountsTable counts={summary.counts} />
      <Warnings count={summary.warningCount} warnings={summary.warnings} />
      <PossibleDuplicates count={summary.possibleDuplicateCount} duplicates={summary.possibleDuplicates} />
    </Stack>
  )
}
