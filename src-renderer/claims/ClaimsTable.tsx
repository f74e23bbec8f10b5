import { Text } from '@mantine/core'
import type { ColumnDef } from '@tanstack/react-table'
import type { ClaimKind, ClaimStatus } from '../../src-main/claims/claims.table'
import { DateTime } from '../components/DateTime'
import { humanize } from '../components/format'
import { SectionEmpty } from '../components/SectionEmpty'
import { StaticTable } from '../components/StaticTable'
import { StatusBadge } from '../components/StatusBadge'

export interface ClaimRow {
  id: string
  kind: ClaimKind
  status: ClaimStatus
  subject: string
  openedAt: string
}

const COLUMNS: ColumnDef<ClaimRow>[] = [
  {
    id: 'subject',
    header: 'Subject',
    cell: ({ row }) => (
      <Text size="sm" fw={500}>
        {row.original.subject}
      </Text>
    ),
  },
  { id: 'kind', header: 'Kind', cell: ({ row }) => humanize(row.original.kind) },
  { id: 'status', header: 'Status', cell: ({ row }) => <StatusBadge status={row.original.status} /> },
  { id: 'opened', header: 'Opened', cell: ({ row }) => <DateTime value={row.original.openedAt} style="date" /> },
]

export function ClaimsTable({ claims, emptyText }: { claims: ClaimRow[]; emptyText: string }) {
  if (claims.length === 0) return <SectionEmpty inset>{emptyText}</SectionEmpty>
  return <StaticTable label="Claims" columns={COLUMNS} rows={claims} getRowId={(claim) => claim.id} minWidth={560} />
}
