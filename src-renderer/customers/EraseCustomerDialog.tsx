import { Alert, Button, Group, List, Modal, SimpleGrid, Stack, Text, TextInput } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useApi } from '../api/api-context'
import { messageOf } from '../api/errors'

interface EraseCustomerDialogProps {
  customerId: string
  /** What the user types to confirm: the name shown on the page, or the email. */
  name: string
  email: string | null
  opened: boolean
  onClose(): void
}

const normalised = (text: string) => text.trim().toLocaleLowerCase()

/** Erasing cannot be undone, so it asks for the customer's name or email to be typed, not just a click. */
export function EraseCustomerDialog({ customerId, name, email, opened, onClose }: EraseCustomerDialogProps) {
  const { client, queries } = useApi()
  const queryClient = useQueryClient()
  const [typed, setTyped] = useState('')
  const erase = useMutation({
    mutationFn: () => client.customers.erase({ id: customerId, confirmName: typed.trim() }),
    onSuccess: async () => {
      close()
      await queryClient.invalidateQueries({ queryKey: queries.customers.key() })
    },
  })
  const accepted = [name, email].filter((value): value is string => Boolean(value)).map(normalised)
  const confirmed = accepted.includes(normalised(typed))

  function close() {
    setTyped('')
    erase.reset()
    onClose()
  }

  return (
    <Modal opened={opened} onClose={close} title={`Erase ${name}’s personal data?`} centered size="lg">
      <Stack gap="md">
        <Text size="sm">Use this when the customer asks to be forgotten. It cannot be undone.</Text>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              Removed
            </Text>
            <List size="sm" spacing={2}>
              <List.Item>Name, email, phone and marketing consent</List.Item>
              <List.Item>Addresses, tags, note and accounts on sales channels</List.Item>
              <List.Item>Buyer and delivery details on their orders, tracking numbers included</List.Item>
              <List.Item>Messages’ addresses and text, survey comments, claim texts</List.Item>
            </List>
          </Stack>
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              Kept for the shop’s figures
            </Text>
            <List size="sm" spacing={2}>
              <List.Item>Orders: items, amounts, dates, channel and country</List.Item>
              <List.Item>Returns, claims and loyalty points</List.Item>
              <List.Item>Survey scores</List.Item>
              <List.Item>An entry in the audit log, without personal data</List.Item>
            </List>
          </Stack>
        </SimpleGrid>
        <Text size="sm" c="dimmed">
          The record stays as “Erased”, so the orders still count. Past merges into it can no longer be undone.
        </Text>
        <TextInput
          label={email && email !== name ? `Type the name “${name}” or the email ${email} to confirm` : `Type “${name}” to confirm`}
          value={typed}
          onChange={(event) => setTyped(event.currentTarget.value)}
          autoComplete="off"
          data-autofocus
        />
        {erase.error && (
          <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} title="The personal data was not erased">
            {messageOf(erase.error)}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={close}>
            Keep the data
          </Button>
          <Button color="red" disabled={!confirmed} loading={erase.isPending} onClick={() => erase.mutate()}>
            Erase personal data
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
