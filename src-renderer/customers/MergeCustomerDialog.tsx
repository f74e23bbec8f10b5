import { Alert, Button, Group, List, Loader, Modal, Paper, SimpleGrid, Stack, Text, TextInput, UnstyledButton } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { IconAlertTriangle, IconArrowsExchange, IconSearch } from '@tabler/icons-react'
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useNavigate } from 'react-router'
import { useApi } from '../api/api-context'
import { messageOf } from '../api/errors'
import type { CustomerListRow } from '../api/types'
import { DateTime } from '../components/DateTime'
import { pluralize } from '../components/format'
import { LoadError, Loading } from '../components/QueryFeedback'
import { ConsentBadge } from './ConsentBadge'
import { customerName } from './customer-name'
import { showMergeDone } from './merge-notification'
import { useUndoMerge } from './use-undo-merge'
import type { MergePreview } from './record-types'

type Contact = MergePreview['result']
type Moves = MergePreview['moves']

interface Candidate {
  id: string
  name: string
}

/** Only a few: the owner is looking for one person and types until they are near the top. */
const CANDIDATES = 8

const MOVE_NOUNS: Record<keyof Moves, [string, string]> = {
  orders: ['order', 'orders'],
  returns: ['return', 'returns'],
  claims: ['claim', 'claims'],
  loyalty: ['loyalty movement', 'loyalty movements'],
  messages: ['message', 'messages'],
  surveys: ['survey answer', 'survey answers'],
  addresses: ['address', 'addresses'],
  identities: ['sales channel account', 'sales channel accounts'],
  tags: ['tag', 'tags'],
}

function CandidateRow({ row, onPick }: { row: CustomerListRow; onPick(): void }) {
  const name = customerName(row)
  return (
    <UnstyledButton
      onClick={onPick}
      aria-label={`${name}${row.email && row.email !== name ? `, ${row.email}` : ''}`}
      p="xs"
      style={{ borderRadius: 'var(--mantine-radius-sm)', border: '1px solid var(--mantine-color-default-border)' }}
    >
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Stack gap={0} miw={0}>
          <Text size="sm" fw={500} truncate="end">
            {name}
          </Text>
          {row.email && row.email !== name && (
            <Text size="xs" c="dimmed" truncate="end">
              {row.email}
            </Text>
          )}
        </Stack>
        <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          {pluralize(row.orderCount, 'order', 'orders')}
          {row.lastOrderAt && (
            <>
              {' '}
              · last <DateTime value={row.lastOrderAt} style="date" />
            </>
          )}
        </Text>
      </Group>
    </UnstyledButton>
  )
}

function FindOther({ selfId, onPick }: { selfId: string; onPick(candidate: Candidate): void }) {
  const { queries } = useApi()
  const [search, setSearch] = useState('')
  const [asked] = useDebouncedValue(search.trim(), 250)
  const results = useQuery({
    ...queries.customers.list.queryOptions({
      input: { search: asked, page: 0, pageSize: CANDIDATES + 1, sort: 'lastOrderAt', direction: 'desc' },
    }),
    enabled: asked.length >= 2,
    placeholderData: keepPreviousData,
  })
  const rows = (results.data?.rows ?? []).filter((row) => row.id !== selfId && row.erasedAt === null).slice(0, CANDIDATES)
  return (
    <Stack gap="sm">
      <TextInput
        type="search"
        label="Find the other customer"
        description="Search by name, email or phone"
        placeholder="At least two letters"
        leftSection={<IconSearch size={16} />}
        rightSection={results.isFetching ? <Loader size="xs" /> : null}
        value={search}
        onChange={(event) => setSearch(event.currentTarget.value)}
        data-autofocus
      />
      {asked.length >= 2 && results.isError && <LoadError error={results.error} onRetry={() => void results.refetch()} />}
      {asked.length >= 2 && results.data && rows.length === 0 && (
        <Text size="sm" c="dimmed">
          No other customer matches “{asked}”.
        </Text>
      )}
      <Stack gap={6}>
        {rows.map((row) => (
          <CandidateRow key={row.id} row={row} onPick={() => onPick({ id: row.id, name: customerName(row) })} />
        ))}
      </Stack>
    </Stack>
  )
}

function ContactCard({ title, contact, tone }: { title: string; contact: Contact; tone?: 'result' }) {
  return (
    <Paper withBorder radius="sm" p="sm" bg={tone === 'result' ? 'var(--mantine-primary-color-light)' : undefined}>
      <Stack gap={4}>
        <Text size="xs" fw={600} c="dimmed" tt="uppercase" lts={0.4}>
          {title}
        </Text>
        <Text size="sm" fw={600}>
          {customerName(contact)}
        </Text>
        <Text size="sm" c={contact.email ? undefined : 'dimmed'} style={{ overflowWrap: 'anywhere' }}>
          {contact.email ?? 'No email'}
        </Text>
        <Text size="sm" c={contact.phone ? undefined : 'dimmed'}>
          {contact.phone ?? 'No phone'}
        </Text>
        <ConsentBadge consent={contact.marketingConsent} />
        <Text size="xs" c="dimmed">
          Customer since <DateTime value={contact.createdAt} style="date" />
        </Text>
      </Stack>
    </Paper>
  )
}

function movesText(moves: Moves): string[] {
  return (Object.keys(MOVE_NOUNS) as (keyof Moves)[]).flatMap((key) => {
    const [one, other] = MOVE_NOUNS[key]
    return moves[key] > 0 ? [pluralize(moves[key], one, other)] : []
  })
}

function PreviewView({ preview }: { preview: MergePreview }) {
  const moves = movesText(preview.moves)
  return (
    <Stack gap="sm" role="region" aria-label="Merge preview">
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <ContactCard title="Kept" contact={preview.kept} />
        <ContactCard title="Merged into it" contact={preview.merged} />
        <ContactCard title="Result" contact={preview.result} tone="result" />
      </SimpleGrid>
      <Text size="sm">
        {moves.length === 0 ? 'Nothing else moves: the merged record has no orders or other history.' : <>Moves to the kept record: {moves.join(', ')}.</>}
      </Text>
      {preview.warnings.length > 0 && (
        <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />} title="Worth knowing">
          <List size="sm" spacing={2}>
            {preview.warnings.map((warning) => (
              <List.Item key={warning}>{warning}</List.Item>
            ))}
          </List>
        </Alert>
      )}
    </Stack>
  )
}

function ConfirmMerge({ self, other, onBack, onDone }: { self: Candidate; other: Candidate; onBack(): void; onDone(): void }) {
  const { client, queries } = useApi()
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const undo = useUndoMerge()
  const [keepSelf, setKeepSelf] = useState(true)
  const [kept, merged] = keepSelf ? [self, other] : [other, self]
  const preview = useQuery(queries.customers.mergePreview.queryOptions({ input: { keepId: kept.id, mergeId: merged.id } }))
  const merge = useMutation({
    mutationFn: () => client.customers.merge({ keepId: kept.id, mergeId: merged.id }),
    onSuccess: async (result) => {
      onDone()
      showMergeDone({ mergeId: result.mergeId, keptName: kept.name, mergedName: merged.name, undo })
      if (result.keptId !== self.id) void navigate(`/customers/${result.keptId}`, { replace: true })
      // Orders and their figures moved from one record to the other: every list and record may show them.
      await queryClient.invalidateQueries()
    },
  })
  return (
    <Stack gap="md">
      <Group justify="space-between" gap="sm">
        <Text size="sm">
          <b>{merged.name}</b> is merged into <b>{kept.name}</b>, which stays.
        </Text>
        <Button size="xs" variant="subtle" leftSection={<IconArrowsExchange size={14} />} onClick={() => setKeepSelf(!keepSelf)}>
          Keep {merged.name} instead
        </Button>
      </Group>
      {preview.isPending ? (
        <Loading label="Preparing the preview…" />
      ) : preview.isError ? (
        <LoadError title="These records can’t be merged" error={preview.error} onRetry={() => void preview.refetch()} />
      ) : (
        <PreviewView preview={preview.data} />
      )}
      {merge.error && (
        <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} title="The records were not merged">
          {messageOf(merge.error)}
        </Alert>
      )}
      <Group justify="space-between" gap="sm">
        <Button variant="subtle" onClick={onBack}>
          Pick another customer
        </Button>
        <Button loading={merge.isPending} disabled={!preview.data} onClick={() => merge.mutate()}>
          Merge records
        </Button>
      </Group>
    </Stack>
  )
}

/** Two records of one person become one: pick the other record, read what the merge does, confirm. Undo stays possible. */
export function MergeCustomerDialog({ customer, opened, onClose }: { customer: Candidate; opened: boolean; onClose(): void }) {
  const [other, setOther] = useState<Candidate | null>(null)
  const close = () => {
    setOther(null)
    onClose()
  }
  return (
    <Modal opened={opened} onClose={close} title={`Merge ${customer.name} with another record`} centered size={other ? 'xl' : 'md'}>
      {other ? <ConfirmMerge self={customer} other={other} onBack={() => setOther(null)} onDone={close} /> : <FindOther selfId={customer.id} onPick={setOther} />}
    </Modal>
  )
}
