import { Button, Divider, Stack, Text } from '@mantine/core'
import { IconArrowBackUp } from '@tabler/icons-react'
import { useQuery } from '@tanstack/react-query'
import { Fragment, useState } from 'react'
import { useApi } from '../api/api-context'
import { messageOf } from '../api/errors'
import { DateTime } from '../components/DateTime'
import { LoadError } from '../components/QueryFeedback'
import { Section } from '../components/Section'
import { customerName } from './customer-name'
import type { CustomerMergeRow } from './record-types'
import { useUndoMerge } from './use-undo-merge'

function MergeEntry({ merge }: { merge: CustomerMergeRow }) {
  const undo = useUndoMerge()
  const [undoing, setUndoing] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)
  const name = merge.merged ? customerName(merge.merged) : 'A record whose personal data was erased'
  const run = async () => {
    setUndoing(true)
    setFailure(null)
    try {
      await undo(merge.id)
    } catch (error) {
      setFailure(messageOf(error))
    } finally {
      setUndoing(false)
    }
  }
  return (
    <Stack gap={4} role="listitem" aria-label={name} align="flex-start">
      <Stack gap={0} maw="100%">
        <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
          {name}
        </Text>
        {merge.merged?.email && merge.merged.email !== name && (
          <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {merge.merged.email}
          </Text>
        )}
        <Text size="xs" c="dimmed">
          Merged <DateTime value={merge.mergedAt} />
          {merge.undoneAt && (
            <>
              , undone <DateTime value={merge.undoneAt} />
            </>
          )}
        </Text>
      </Stack>
      {!merge.undoneAt && merge.undoBlockedReason === null && (
        <Button size="compact-sm" variant="default" leftSection={<IconArrowBackUp size={14} />} loading={undoing} onClick={() => void run()}>
          Undo merge
        </Button>
      )}
      {!merge.undoneAt && merge.undoBlockedReason && (
        <Text size="xs" c="dimmed">
          {merge.undoBlockedReason}
        </Text>
      )}
      {failure && (
        <Text size="xs" c="red.7" role="alert">
          {failure}
        </Text>
      )}
    </Stack>
  )
}

/** Records merged into this one, with the undo each still allows; nothing shows for a customer never merged. */
export function CustomerMerges({ customerId }: { customerId: string }) {
  const { queries } = useApi()
  const merges = useQuery(queries.customers.merges.queryOptions({ input: { id: customerId } }))
  if (merges.isError) {
    return (
      <Section title="Merged records">
        <LoadError title="Past merges could not be shown" error={merges.error} onRetry={() => void merges.refetch()} />
      </Section>
    )
  }
  if (!merges.data || merges.data.length === 0) return null
  return (
    <Section title="Merged records">
      <Stack gap="sm" role="list" aria-label="Merged records">
        {merges.data.map((merge, index) => (
          <Fragment key={merge.id}>
            {index > 0 && <Divider />}
            <MergeEntry merge={merge} />
          </Fragment>
        ))}
      </Stack>
    </Section>
  )
}
