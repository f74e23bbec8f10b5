import { Stack, Text } from '@mantine/core'
import type { ColumnDef } from '@tanstack/react-table'
import type { OrderDetail } from '../api/types'
import { DateTime } from '../components/DateTime'
import { StaticTable } from '../components/StaticTable'
import { StatusBadge } from '../components/StatusBadge'

type Message = OrderDetail['messages'][number]

const COLUMNS: ColumnDef<Message>[] = [
  {
    id: 'subject',
    header: 'Message',
    cell: ({ row: { original } }) => (
      <Stack gap={0}>
        <Text size="sm" fw={500}>
          {original.subject}
        </Text>
        <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          To {original.toAddress}
        </Text>
      </Stack>
    ),
  },
  {
    id: 'status',
    header: 'Status',
    cell: ({ row: { original } }) => (
      <Stack gap={2} align="flex-start">
        <StatusBadge status={original.status} />
        {original.lastError && (
          <Text size="xs" c="red.7" style={{ whiteSpace: 'normal' }}>
            {original.lastError}
          </Text>
        )}
      </Stack>
    ),
  },
  {
    id: 'when',
    header: 'Sent',
    cell: ({ row: { original } }) =>
      original.sentAt ? (
        <DateTime value={original.sentAt} />
      ) : (
        <Text size="sm" c="dimmed" component="span">
          Planned <DateTime value={original.scheduledAt} />
        </Text>
      ),
  },
]

/** The follow-up emails about this order, sent or still to go. */
export function OrderMessages({ messages }: { messages: Message[] }) {
  return <StaticTable label="Messages" columns={COLUMNS} rows={messages} getRowId={(message) => message.id} minWidth={560} />
}
