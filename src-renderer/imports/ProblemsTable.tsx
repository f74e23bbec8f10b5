import { Alert, Code, Stack, Table, Text } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import type { ImportProblem } from './import-types'

/** Why a file was rejected, row by row, so the user can fix it in the spreadsheet and try again. */
export function ProblemsTable({ message, problems }: { message: string; problems: ImportProblem[] }) {
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} title="This file can't be imported: nothing was changed">
      <Stack gap="sm">
        <Text size="sm">{message}</Text>
        <Table.ScrollContainer minWidth={560}>
          <Table aria-label="Problems" withTableBorder striped fz="sm" bg="var(--mantine-color-body)">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>File</Table.Th>
                <Table.Th>Line</Table.Th>
                <Table.Th>Column</Table.Th>
                <Table.Th>Value</Table.Th>
                <Table.Th>Problem</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {problems.map((problem, index) => (
                <Table.Tr key={index}>
                  <Table.Td>{problem.file}</Table.Td>
                  <Table.Td className="aftersale-numeric">{problem.line ?? '–'}</Table.Td>
                  <Table.Td>{problem.column ?? '–'}</Table.Td>
                  <Table.Td>{problem.value === null ? '–' : <Code>{problem.value}</Code>}</Table.Td>
                  <Table.Td>{problem.message}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </Alert>
  )
}
