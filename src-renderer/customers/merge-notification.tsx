import { Button, Group, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconArrowBackUp, IconArrowMerge } from '@tabler/icons-react'
import { useState } from 'react'
import { messageOf } from '../api/errors'

interface MergeDone {
  mergeId: string
  keptName: string
  mergedName: string
  /** Undoes the merge and refreshes what shows it (see use-undo-merge.ts). */
  undo(mergeId: string): Promise<unknown>
}

/** Long enough to notice a wrong merge; afterwards undo stays on the record's "Merged records". */
const UNDO_OFFER_MS = 30_000

function UndoOffer({ done, notificationId }: { done: MergeDone; notificationId: string }) {
  const [undoing, setUndoing] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)
  const undo = async () => {
    setUndoing(true)
    setFailure(null)
    try {
      await done.undo(done.mergeId)
      notifications.update({
        id: notificationId,
        color: 'teal',
        icon: <IconArrowBackUp size={18} />,
        title: 'Merge undone',
        message: `${done.mergedName} is a record of its own again.`,
        autoClose: 6000,
      })
    } catch (error) {
      setFailure(messageOf(error))
      setUndoing(false)
    }
  }
  return (
    <Stack gap={6}>
      <Text size="sm">
        {done.mergedName} is now part of {done.keptName}.
      </Text>
      {failure && (
        <Text size="sm" c="red.7">
          {failure}
        </Text>
      )}
      <Group>
        <Button size="compact-sm" variant="light" leftSection={<IconArrowBackUp size={14} />} loading={undoing} onClick={() => void undo()}>
          Undo
        </Button>
      </Group>
    </Stack>
  )
}

/**
 * Rendered by the notifications container, outside the app's API provider:
 * everything the Undo button needs comes in `done`.
 */
export function showMergeDone(done: MergeDone): void {
  const id = `merge-${done.mergeId}`
  notifications.show({
    id,
    color: 'indigo',
    icon: <IconArrowMerge size={18} />,
    title: 'Records merged',
    message: <UndoOffer done={done} notificationId={id} />,
    autoClose: UNDO_OFFER_MS,
  })
}
