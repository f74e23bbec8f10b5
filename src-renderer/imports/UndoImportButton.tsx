import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { notifications } from '@mantine/notifications'
import { IconAlertTriangle, IconArrowBackUp } from '@tabler/icons-react'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useApi } from '../api/api-context'
import { messageOf } from '../api/errors'
import type { ImportBatchRow } from './import-types'

/** Undo with a confirmation; when the backend refuses, its reason is shown in the dialog the user is looking at. */
export function UndoImportButton({ batch }: { batch: ImportBatchRow }) {
  const { client } = useApi()
  const queryClient = useQueryClient()
  const [opened, { open, close }] = useDisclosure(false)
  const undo = useMutation({
    mutationFn: () => client.imports.undo({ batchId: batch.id }),
    onSuccess: async (result) => {
      close()
      notifications.show({ color: 'teal', title: 'Import undone', message: `The shop is back as it was before ${result.fileName} was imported.` })
      // Orders, customers and the history all changed.
      await queryClient.invalidateQueries()
    },
  })
  const dismiss = () => {
    close()
    undo.reset()
  }

  return (
    <>
      <Button size="compact-sm" variant="subtle" color="red" leftSection={<IconArrowBackUp size={14} />} onClick={open} aria-label={`Undo import of ${batch.fileName}`}>
        Undo
      </Button>
      <Modal opened={opened} onClose={dismiss} title={`Undo the import of ${batch.fileName}?`} centered>
        <Stack gap="md">
          <Text size="sm">Everything this import created is removed and everything it changed is put back as it was. Other imports are left alone.</Text>
          {undo.error && (
            <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} title="This import can't be undone yet">
              {messageOf(undo.error)}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={dismiss}>
              Keep it
            </Button>
            <Button color="red" loading={undo.isPending} onClick={() => undo.mutate()}>
              Undo import
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  )
}
