import { Alert, Button, Group, Paper, Select, Stack, Switch, TextInput } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconAlertTriangle, IconCheck } from '@tabler/icons-react'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useMemo, useState, type FormEvent } from 'react'
import { useApi } from '../api/api-context'
import { messageOf } from '../api/errors'
import type { ShopSettings } from '../api/types'
import { PageHeader } from '../components/PageHeader'
import { QueryView } from '../components/QueryFeedback'
import { fieldErrorsOf } from './field-errors'
import { timeZoneChoices } from './time-zones'

const FIELDS = ['shopName', 'timeZone', 'checkForUpdates'] as const satisfies readonly (keyof ShopSettings)[]

export function SettingsPage() {
  const { queries } = useApi()
  const query = useQuery(queries.settings.get.queryOptions({ input: {} }))
  return (
    <Stack gap={0}>
      <PageHeader title="Settings" description="How this shop is named and how its dates are shown." />
      <QueryView query={query} loadingLabel="Loading the settings…" errorTitle="The settings could not be loaded">
        {(saved) => <SettingsForm saved={saved} />}
      </QueryView>
    </Stack>
  )
}

function SettingsForm({ saved }: { saved: ShopSettings }) {
  const { queries } = useApi()
  const queryClient = useQueryClient()
  const [draft, setDraft] = useState(saved)
  const zones = useMemo(() => timeZoneChoices(draft.timeZone), [draft.timeZone])
  const save = useMutation(
    queries.settings.update.mutationOptions({
      onSuccess: async (stored) => {
        setDraft(stored)
        // The name sits in the header and the time zone shapes every date on every screen.
        await queryClient.invalidateQueries()
        notifications.show({ color: 'teal', icon: <IconCheck size={18} />, title: 'Settings saved', message: `${stored.shopName} now uses ${stored.timeZone} time.` })
      },
    }),
  )
  const fieldErrors = fieldErrorsOf(save.error, FIELDS)
  const otherError = save.isError && Object.keys(fieldErrors).length === 0
  const changed = FIELDS.some((field) => draft[field] !== saved[field])

  const change = <K extends keyof ShopSettings>(field: K, value: ShopSettings[K]) => {
    setDraft((current) => ({ ...current, [field]: value }))
    if (save.isError) save.reset()
  }
  const submit = (event: FormEvent) => {
    event.preventDefault()
    save.mutate(draft)
  }

  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'xl' }} maw={640}>
      <form onSubmit={submit} noValidate>
        <Stack gap="lg">
          <TextInput
            label="Shop name"
            description="Shown at the top of every screen."
            value={draft.shopName}
            onChange={(event) => change('shopName', event.currentTarget.value)}
            error={fieldErrors.shopName}
            maxLength={80}
          />
          <Select
            label="Time zone"
            description="Dates and times are stored in UTC and shown in this zone, wherever this computer is."
            data={zones}
            value={draft.timeZone}
            onChange={(zone) => zone && change('timeZone', zone)}
            error={fieldErrors.timeZone}
            searchable
            allowDeselect={false}
            nothingFoundMessage="No time zone by that name"
            maxDropdownHeight={280}
            limit={100}
          />
          <Switch
            label="Check for updates"
            description="When the desktop app starts, look for a newer version of Aftersale. Turn off to never contact the update server."
            checked={draft.checkForUpdates}
            onChange={(event) => change('checkForUpdates', event.currentTarget.checked)}
            error={fieldErrors.checkForUpdates}
          />
          {otherError && (
            <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} title="The settings were not saved">
              {messageOf(save.error)}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" disabled={!changed || save.isPending} onClick={() => setDraft(saved)}>
              Discard changes
            </Button>
            <Button type="submit" loading={save.isPending} disabled={!changed}>
              Save settings
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  )
}
