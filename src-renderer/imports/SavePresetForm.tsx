import { Button, Group, TextInput } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useApi } from '../api/api-context'
import { messageOf } from '../api/errors'
import type { GenericMapping } from './import-types'

/** Remembers a mapping under a name: the next file with the same header gets it applied. */
export function SavePresetForm({ header, mapping, initialName }: { header: string[]; mapping: GenericMapping; initialName: string }) {
  const { client } = useApi()
  const queryClient = useQueryClient()
  const [name, setName] = useState(initialName)
  const save = useMutation({
    mutationFn: () => client.imports.presets.save({ name, header, mapping }),
    onSuccess: async (preset) => {
      notifications.show({ color: 'teal', title: 'Mapping saved', message: `Files with these columns will use “${preset.name}”.` })
      await queryClient.invalidateQueries({ queryKey: ['imports', 'sniff'] })
    },
  })
  return (
    <Group
      component="form"
      gap="xs"
      align="flex-start"
      onSubmit={(event) => {
        event.preventDefault()
        save.mutate()
      }}
    >
      <TextInput
        size="xs"
        w={240}
        aria-label="Mapping name"
        placeholder="Name, e.g. Old shop orders"
        value={name}
        onChange={(event) => setName(event.currentTarget.value)}
        error={save.error ? messageOf(save.error) : undefined}
      />
      <Button size="xs" variant="default" type="submit" loading={save.isPending} disabled={name.trim() === ''}>
        Save mapping as preset
      </Button>
    </Group>
  )
}
