import { Table } from '@mantine/core'
import { formatCount } from '../components/format'
import { ENTITY_LABELS } from './import-labels'
import type { Entity, EntityCounts } from './import-types'

const KINDS = ['created', 'updated', 'unchanged', 'skipped'] as const satisfies readonly (keyof EntityCounts)[]

function touched(counts: EntityCounts): boolean {
  return KINDS.some((kind) => counts[kind] > 0)
}

/** Created, updated, unchanged and skipped, for each kind of record the file touched. */
export function EntityCountsTable({ counts }: { counts: Record<Entity, EntityCounts> }) {
  const rows = (Object.keys(ENTITY_LABELS) as Entity[]).filter((entity) => touched(counts[entity]))
  return (
    <Table aria-label="Counts" withTableBorder fz="sm" maw={620}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th />
          {KINDS.map((kind) => (
            <Table.Th key={kind} ta="right" tt="capitalize">
              {kind}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((entity) => (
          <Table.Tr key={entity} data-entity={entity}>
            <Table.Th scope="row" fw={500}>
              {ENTITY_LABELS[entity]}
            </Table.Th>
            {KINDS.map((kind) => (
              <Table.Td key={kind} ta="right" className="aftersale-numeric" data-kind={kind}>
                {formatCount(counts[entity][kind])}
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}
