import { Alert, Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core'
import { IconArrowBackUp, IconCheck, IconGitCompare } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { DateTime } from '../components/DateTime'
import { useAutosavedNote, type NoteSaveStatus, type SavedNote } from './use-autosaved-note'

interface CustomerNoteProps {
  customerId: string
  saved: SavedNote
  save(note: string, baseUpdatedAt: string | null): Promise<SavedNote>
  readOnly?: boolean
}

function SaveStatus({ status, onRetry }: { status: NoteSaveStatus; onRetry(): void }) {
  let content: ReactNode = null
  if (status.kind === 'pending' || status.kind === 'saving') content = <Text size="xs" c="dimmed">Saving…</Text>
  if (status.kind === 'saved') {
    content = (
      <Group gap={4} c="teal.7">
        <IconCheck size={14} />
        <Text size="xs">Saved</Text>
      </Group>
    )
  }
  if (status.kind === 'failed') {
    content = (
      <Stack gap={2}>
        <Group gap={6} wrap="nowrap">
          <Text size="xs" c="red.7" fw={500}>
            Not saved —
          </Text>
          <Button size="compact-xs" variant="subtle" color="red" onClick={onRetry}>
            retry
          </Button>
        </Group>
        <Text size="xs" c="dimmed">
          {status.message} What you typed is kept on this computer until it is saved.
        </Text>
      </Stack>
    )
  }
  return (
    <Group role="status" aria-live="polite" aria-label="Note saving" mih={22} gap={0}>
      {content}
    </Group>
  )
}

function ConflictChoice({ mine, theirs, onKeepMine, onTakeTheirs }: { mine: string; theirs: SavedNote; onKeepMine(): void; onTakeTheirs(): void }) {
  const version = (title: ReactNode, text: string, action: ReactNode) => (
    <Paper withBorder radius="sm" p="xs">
      <Stack gap={6} align="flex-start">
        <Text size="xs" fw={600} c="dimmed" tt="uppercase" lts={0.4}>
          {title}
        </Text>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} c={text ? undefined : 'dimmed'}>
          {text || 'Empty'}
        </Text>
        {action}
      </Stack>
    </Paper>
  )
  return (
    <Alert color="orange" variant="light" icon={<IconGitCompare size={18} />} title="Changed somewhere else meanwhile" p="sm">
      <Stack gap="xs">
        <Text size="sm">This note was saved elsewhere while you typed. Nothing is lost: choose the version to keep.</Text>
        {version(
          'Your text',
          mine,
          <Button size="compact-sm" onClick={onKeepMine}>
            Keep mine
          </Button>,
        )}
        {version(
          <>Saved version{theirs.updatedAt && <>, <DateTime value={theirs.updatedAt} /></>}</>,
          theirs.note,
          <Button size="compact-sm" variant="default" onClick={onTakeTheirs}>
            Use the saved version
          </Button>,
        )}
      </Stack>
    </Alert>
  )
}

/** The shop's own note about a customer, saved as it is typed and never lost (see use-autosaved-note.ts). */
export function CustomerNote({ customerId, saved, save, readOnly = false }: CustomerNoteProps) {
  const note = useAutosavedNote({ customerId, saved, save })
  return (
    <Stack gap={6}>
      {note.restoredAt && (
        <Alert color="blue" variant="light" icon={<IconArrowBackUp size={18} />} p="xs">
          <Text size="sm">
            Restored the note you typed on <DateTime value={note.restoredAt} />, which had not been saved yet.
          </Text>
        </Alert>
      )}
      <Textarea
        aria-label="Note"
        placeholder={readOnly ? 'No note.' : 'Anything worth remembering about this customer…'}
        autosize
        minRows={3}
        maxRows={14}
        value={note.text}
        readOnly={readOnly}
        onChange={(event) => note.change(event.currentTarget.value)}
        onBlur={() => void note.saveNow()}
      />
      {note.status.kind === 'conflict' ? (
        <ConflictChoice mine={note.text} theirs={note.status.theirs} onKeepMine={note.keepMine} onTakeTheirs={note.takeTheirs} />
      ) : (
        !readOnly && <SaveStatus status={note.status} onRetry={() => void note.saveNow()} />
      )}
    </Stack>
  )
}
