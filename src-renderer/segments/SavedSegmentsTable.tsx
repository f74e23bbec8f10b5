import { Button, Group, Stack, Text, VisuallyHidden } from '@mantine/core'
import type { ColumnDef } from '@tanstack/react-table'
import { useApi } from '../api/api-context'
import { ExportButton } from '../components/ExportButton'
import { formatCount } from '../components/format'
import { StaticTable } from '../components/StaticTable'
import { describeCustomerFilters } from '../customers/customer-filter-labels'
import type { SavedSegment } from './segment-types'

/** A saved segment in words: its filters and search, or everyone. */
function describeSegment(segment: SavedSegment): string {
  const parts = describeCustomerFilters(segment.filters).map((label) => label.label)
  if (segment.search) parts.push(`matching “${segment.search}”`)
  return parts.length > 0 ? parts.join(' · ') : 'All customers'
}

function SegmentActions({ segment, onOpen }: { segment: SavedSegment; onOpen(segment: SavedSegment): void }) {
  const { client } = useApi()
  return (
    <Group gap="xs" justify="flex-end" wrap="nowrap">
      <Button size="xs" variant="light" onClick={() => onOpen(segment)} aria-label={`Open ${segment.name}`}>
        Open list
      </Button>
      <ExportButton size="xs" variant="subtle" label={`Export ${segment.name}`} exportFile={() => client.exports.customers({ segment: segment.name })} />
    </Group>
  )
}

/** The segments saved from the customers list, each with its count. */
export function SavedSegmentsTable({ segments, onOpen }: { segments: SavedSegment[]; onOpen(segment: SavedSegment): void }) {
  const columns: ColumnDef<SavedSegment>[] = [
    {
      id: 'name',
      header: 'Segment',
      cell: ({ row: { original: segment } }) => (
        <Stack gap={0} miw={0}>
          <Text size="sm" fw={600}>
            {segment.name}
          </Text>
          <Text size="xs" c="dimmed" lineClamp={2}>
            {describeSegment(segment)}
          </Text>
        </Stack>
      ),
    },
    {
      id: 'count',
      header: 'Customers',
      meta: { align: 'right' },
      cell: ({ row }) => <span className="aftersale-numeric">{formatCount(row.original.count)}</span>,
    },
    {
      id: 'actions',
      header: () => <VisuallyHidden>Actions</VisuallyHidden>,
      meta: { align: 'right' },
      cell: ({ row }) => <SegmentActions segment={row.original} onOpen={onOpen} />,
    },
  ]
  return <StaticTable label="Saved segments" columns={columns} rows={segments} getRowId={(segment) => segment.id} minWidth={560} onRowClick={onOpen} />
}
