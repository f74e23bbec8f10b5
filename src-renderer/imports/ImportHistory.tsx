import { Badge, Text } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import type { ColumnDef } from '@tanstack/react-table'
import { SOURCES, type Source } from '../../src-main/orders/orders.table'
import { useApi } from '../api/api-context'
import { DateTime } from '../components/DateTime'
import { formatCount, humanize } from '../components/format'
import { QueryView } from '../components/QueryFeedback'
import { Section } from '../components/Section'
import { SectionEmpty } from '../components/SectionEmpty'
import { StaticTable } from '../components/StaticTable'
import { sourceLabel } from '../../src-main/orders/source-labels'
import type { ImportBatchRow } from './import-types'
import { UndoImportButton } from './UndoImportButton'

function createdAndUpdated(batch: ImportBatchRow, entity: 'orders' | 'customers'): string {
  const counts = batch.counts[entity]
  return `${formatCount(counts.created)} new · ${formatCount(counts.updated)} updated`
}

function isSource(value: string): value is Source {
  return (SOURCES as readonly string[]).includes(value)
}

const COLUMNS: ColumnDef<ImportBatchRow>[] = [
  {
    id: 'file',
    header: 'File',
    cell: ({ row }) => (
      <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
        {row.original.fileName}
      </Text>
    ),
  },
  { id: 'source', header: 'Source', cell: ({ row }) => (isSource(row.original.source) ? sourceLabel(row.original.source) : humanize(row.original.source)) },
  { id: 'time', header: 'Imported', cell: ({ row }) => <DateTime value={row.original.createdAt} /> },
  { id: 'rows', header: 'Rows', cell: ({ row }) => formatCount(row.original.rowsRead) },
  { id: 'orders', header: 'Orders', cell: ({ row }) => createdAndUpdated(row.original, 'orders') },
  { id: 'customers', header: 'Customers', cell: ({ row }) => createdAndUpdated(row.original, 'customers') },
  {
    id: 'status',
    header: 'Status',
    cell: ({ row }) =>
      row.original.status === 'undone' ? (
        <Badge color="gray" variant="light">
          Undone
        </Badge>
      ) : (
        <Badge color="teal" variant="light">
          Imported
        </Badge>
      ),
  },
  { id: 'undo', header: '', cell: ({ row }) => row.original.status === 'committed' && <UndoImportButton batch={row.original} /> },
]

/** Past imports, newest first, each undoable while nothing later builds on it. */
export function ImportHistory() {
  const { queries } = useApi()
  const history = useQuery(queries.imports.list.queryOptions({ input: {} }))
  return (
    <Section title="Import history" padded={false}>
      <QueryView query={history} loadingLabel="Loading the import history" errorTitle="The import history could not be loaded">
        {({ rows }) =>
          rows.length === 0 ? (
            <SectionEmpty inset>Nothing has been imported into this shop yet.</SectionEmpty>
          ) : (
            <StaticTable label="Import history" columns={COLUMNS} rows={rows} getRowId={(batch) => batch.id} minWidth={820} />
          )
        }
      </QueryView>
    </Section>
  )
}
