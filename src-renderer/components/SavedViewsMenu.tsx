import { ActionIcon, Button, Divider, Group, Popover, ScrollArea, Stack, Text, TextInput, UnstyledButton } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { notifications } from '@mantine/notifications'
import { IconBookmark, IconCheck, IconTrash } from '@tabler/icons-react'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useId, useState, type FormEvent } from 'react'
import { useApi } from '../api/api-context'
import { messageOf } from '../api/errors'
import { fieldErrorsOf } from '../settings/field-errors'
import { LoadError } from './QueryFeedback'
import type { SaveViewInput, ViewScreen, ViewStateOf } from './saved-view-types'
import classes from './SavedViewsMenu.module.css'

interface SavedViewsMenuProps<S extends ViewScreen> {
  screen: S
  /** The table as it is now: what "Save" keeps. */
  current: ViewStateOf<S>
  /** Whether a saved view shows exactly what the table shows now. */
  isCurrent(state: ViewStateOf<S>): boolean
  onOpen(state: ViewStateOf<S>): void
  /** "view" on orders; "segment" on customers, where a saved view is a segment. */
  noun: 'view' | 'segment'
}

/** Names are told apart regardless of case, as the backend does (saving "lapsed" replaces "Lapsed"). */
function sameName(a: string, b: string): boolean {
  return a.trim().localeCompare(b.trim(), 'en', { sensitivity: 'accent' }) === 0
}

/** A table's saved views: open one, save the table as it is now under a name, delete one. */
export function SavedViewsMenu<S extends ViewScreen>({ screen, current, isCurrent, onOpen, noun }: SavedViewsMenuProps<S>) {
  const { queries } = useApi()
  const [opened, { toggle, close }] = useDisclosure(false)
  const list = useQuery(queries.savedViews.list.queryOptions({ input: { screen } }))
  // The list holds this screen's views only, whose state is this screen's; TypeScript cannot narrow a generic union by its tag.
  const views = (list.data ?? []).flatMap((view) => (view.screen === screen ? [{ id: view.id, name: view.name, state: view.state as ViewStateOf<S> }] : []))
  const shown = views.find((view) => isCurrent(view.state))
  const title = noun === 'view' ? 'Views' : 'Segments'
  const headingId = useId()

  return (
    <Popover opened={opened} onChange={(next) => next || close()} position="bottom-end" width={340} shadow="md" trapFocus>
      <Popover.Target>
        <Button variant="default" leftSection={<IconBookmark size={16} stroke={1.8} />} onClick={toggle} aria-haspopup="dialog" maw={280}>
          <Text span inherit truncate="end">
            {shown ? `${title}: ${shown.name}` : title}
          </Text>
        </Button>
      </Popover.Target>
      <Popover.Dropdown aria-labelledby={headingId} p={0}>
        <Text size="xs" c="dimmed" fw={600} tt="uppercase" px="md" pt="sm" pb={6} id={headingId}>
          Saved {noun}s
        </Text>
        {list.isError ? (
          <LoadError error={list.error} onRetry={() => void list.refetch()} />
        ) : views.length === 0 ? (
          <Text size="sm" c="dimmed" px="md" pb="sm">
            {list.isPending ? 'Loading…' : `No saved ${noun}s yet. Filter and sort the list, then save it here.`}
          </Text>
        ) : (
          <ScrollArea.Autosize mah={260} type="auto">
            <Stack gap={0} pb={4} role="list" aria-label={`Saved ${noun}s`}>
              {views.map((view) => (
                <ViewRow
                  key={view.id}
                  id={view.id}
                  name={view.name}
                  current={view === shown}
                  noun={noun}
                  onOpen={() => {
                    onOpen(view.state)
                    close()
                  }}
                />
              ))}
            </Stack>
          </ScrollArea.Autosize>
        )}
        <Divider />
        <SaveViewForm
          key={shown?.id ?? 'new'}
          screen={screen}
          state={current}
          initialName={shown?.name ?? ''}
          existing={views.map((view) => view.name)}
          noun={noun}
          onSaved={close}
        />
      </Popover.Dropdown>
    </Popover>
  )
}

function useRefreshViews() {
  const { queries } = useApi()
  const queryClient = useQueryClient()
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: queries.savedViews.key() }),
      queryClient.invalidateQueries({ queryKey: queries.segments.key() }),
    ])
}

function ViewRow({ id, name, current, noun, onOpen }: { id: string; name: string; current: boolean; noun: string; onOpen(): void }) {
  const { client } = useApi()
  const refresh = useRefreshViews()
  const [confirming, setConfirming] = useState(false)
  const remove = useMutation({ mutationFn: () => client.savedViews.remove({ id }), onSuccess: refresh })

  if (confirming) {
    return (
      <Stack gap={6} px="md" py="xs" role="listitem" className={classes.confirm}>
        <Text size="sm">
          Delete the {noun} “{name}”?
        </Text>
        {remove.isError && (
          <Text size="xs" c="red" role="alert">
            {messageOf(remove.error)}
          </Text>
        )}
        <Group gap="xs">
          <Button size="compact-sm" color="red" loading={remove.isPending} onClick={() => remove.mutate()}>
            Delete
          </Button>
          <Button size="compact-sm" variant="default" onClick={() => setConfirming(false)}>
            Keep it
          </Button>
        </Group>
      </Stack>
    )
  }
  return (
    <Group gap={4} wrap="nowrap" pl={6} pr="xs" role="listitem" className={classes.row} data-current={current || undefined}>
      <UnstyledButton className={classes.open} onClick={onOpen} aria-current={current || undefined}>
        <Group gap={6} wrap="nowrap">
          <IconCheck size={14} stroke={2} aria-hidden style={{ visibility: current ? 'visible' : 'hidden', flexShrink: 0 }} />
          <Text size="sm" truncate="end">
            {name}
          </Text>
        </Group>
      </UnstyledButton>
      <ActionIcon variant="subtle" color="gray" size="sm" aria-label={`Delete ${name}`} onClick={() => setConfirming(true)}>
        <IconTrash size={14} stroke={1.8} />
      </ActionIcon>
    </Group>
  )
}

interface SaveViewFormProps<S extends ViewScreen> {
  screen: S
  state: ViewStateOf<S>
  initialName: string
  existing: string[]
  noun: string
  onSaved(): void
}

function SaveViewForm<S extends ViewScreen>({ screen, state, initialName, existing, noun, onSaved }: SaveViewFormProps<S>) {
  const { client } = useApi()
  const refresh = useRefreshViews()
  const [name, setName] = useState(initialName)
  const save = useMutation({
    // The union's screen and state go together, which TypeScript cannot follow through the generic.
    mutationFn: () => client.savedViews.save({ screen, name, state } as SaveViewInput),
    onSuccess: async (view) => {
      await refresh()
      notifications.show({ color: 'teal', title: `${noun === 'view' ? 'View' : 'Segment'} saved`, message: `“${view.name}” keeps this list’s search, sort, filters and columns.` })
      onSaved()
    },
  })
  const replaces = existing.find((other) => name.trim() !== '' && sameName(other, name))
  const error = save.isError ? (fieldErrorsOf(save.error, ['name']).name ?? messageOf(save.error)) : undefined
  const submit = (event: FormEvent) => {
    event.preventDefault()
    save.mutate()
  }
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs" p="md">
        <TextInput
          label={`Save this list as a ${noun}`}
          placeholder="Name"
          value={name}
          onChange={(event) => {
            setName(event.currentTarget.value)
            save.reset()
          }}
          error={error}
          description={replaces ? `Replaces the saved ${noun} “${replaces}”.` : undefined}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
        />
        <Button type="submit" loading={save.isPending} style={{ alignSelf: 'flex-end' }}>
          Save {noun}
        </Button>
      </Stack>
    </form>
  )
}
