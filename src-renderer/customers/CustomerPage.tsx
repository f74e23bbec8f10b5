import { Alert, Button, Center, Grid, Paper, Stack, Text } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { IconArrowMerge, IconEraser, IconUserQuestion } from '@tabler/icons-react'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useCallback, useMemo } from 'react'
import { Link, useParams } from 'react-router'
import { useApi } from '../api/api-context'
import { ORPCError } from '@orpc/client'
import { codeOf, messageOf } from '../api/errors'
import type { CustomerDetail } from '../api/types'
import { BackLink } from '../components/BackLink'
import { DateTime } from '../components/DateTime'
import { EmptyState } from '../components/EmptyState'
import { PageHeader } from '../components/PageHeader'
import { QueryView } from '../components/QueryFeedback'
import { Section } from '../components/Section'
import { useEscapeBack } from '../components/use-escape-back'
import { OrdersTable, useOrderTableParams } from '../orders/OrdersTable'
import { ConsentBadge } from './ConsentBadge'
import { CustomerAddresses } from './CustomerAddresses'
import { CustomerContact } from './CustomerContact'
import { CustomerMerges } from './CustomerMerges'
import { CustomerNote } from './CustomerNote'
import { CustomerSummary } from './CustomerSummary'
import { CustomerTags } from './CustomerTags'
import { CustomerTimeline } from './CustomerTimeline'
import { customerName } from './customer-name'
import { EraseCustomerDialog } from './EraseCustomerDialog'
import { MergeCustomerDialog } from './MergeCustomerDialog'
import type { SavedNote } from './use-autosaved-note'

export function CustomerPage() {
  const { customerId = '' } = useParams()
  const { queries } = useApi()
  useEscapeBack('/customers')
  const query = useQuery(queries.customers.get.queryOptions({ input: { id: customerId } }))
  return (
    <Stack gap="xs">
      <BackLink fallback="/customers" label="Customers" />
      {codeOf(query.error) === 'NOT_FOUND' ? (
        <MissingCustomer error={query.error} />
      ) : (
        <QueryView query={query} loadingLabel="Loading the customer…" errorTitle="This customer could not be shown">
          {(detail) => <CustomerRecord key={detail.customer.id} detail={detail} />}
        </QueryView>
      )}
    </Stack>
  )
}

/**
 * A merged record is deleted (its undo lives on the kept record), so its
 * address answers NOT_FOUND, naming the record it went into when it was merged.
 */
function MissingCustomer({ error }: { error: unknown }) {
  const mergedInto = mergedIntoOf(error)
  return (
    <Paper withBorder radius="md" pb="xl">
      <EmptyState icon={<IconUserQuestion size={22} />} title="This customer record is gone">
        {mergedInto
          ? `${messageOf(error)} That record now holds its orders and history, and can undo the merge.`
          : 'Perhaps an import that created it was undone. Search the customers list for the person.'}
      </EmptyState>
      <Center>
        <Button component={Link} to={mergedInto ? `/customers/${mergedInto}` : '/customers'} variant="default" size="xs">
          {mergedInto ? 'Open the record it was merged into' : 'Find the customer'}
        </Button>
      </Center>
    </Paper>
  )
}

function mergedIntoOf(error: unknown): string | null {
  if (!(error instanceof ORPCError)) return null
  const data: unknown = error.data
  return data && typeof data === 'object' && 'mergedInto' in data && typeof data.mergedInto === 'string' ? data.mergedInto : null
}

/**
 * Note and tags are saved on their own, many times per visit: the record in
 * the cache takes each confirmed value, so coming back to the page shows it
 * without loading the whole record again.
 */
function useRecordEditing(customerId: string) {
  const { client, queries } = useApi()
  const queryClient = useQueryClient()
  const tagsInUse = useQuery(queries.customers.tagsInUse.queryOptions())
  const patchRecord = useCallback(
    (patch: (detail: CustomerDetail) => CustomerDetail) =>
      queryClient.setQueryData(queries.customers.get.queryKey({ input: { id: customerId } }), (detail) => detail && patch(detail)),
    [customerId, queries, queryClient],
  )
  const saveNote = useCallback(
    async (note: string, baseUpdatedAt: string | null): Promise<SavedNote> => {
      const saved = await client.customers.updateNote({ id: customerId, note, baseUpdatedAt: baseUpdatedAt ?? undefined })
      patchRecord((detail) => ({ ...detail, customer: { ...detail.customer, note: saved.note, updated_at: saved.updatedAt } }))
      return saved
    },
    [client, customerId, patchRecord],
  )
  const saveTags = useCallback(
    async (tags: string[]) => {
      const saved = await client.customers.setTags({ id: customerId, tags })
      patchRecord((detail) => ({ ...detail, tags: saved.tags }))
      // Other screens filter and pick by tag.
      void queryClient.invalidateQueries({ queryKey: queries.customers.tagsInUse.key() })
      void queryClient.invalidateQueries({ queryKey: queries.customers.list.key() })
      return saved.tags
    },
    [client, customerId, patchRecord, queries, queryClient],
  )
  return { tagSuggestions: tagsInUse.data ?? [], saveNote, saveTags }
}

function ErasedBanner({ erasedAt }: { erasedAt: string }) {
  return (
    <Alert color="gray" variant="light" icon={<IconEraser size={18} />} role="alert">
      <Text size="sm" fw={600}>
        Personal data erased on <DateTime value={erasedAt} style="date" />
      </Text>
      <Text size="sm" c="dimmed">
        The orders, returns and points are kept for the shop’s figures, without anything that identifies the person.
      </Text>
    </Alert>
  )
}

function DangerZone({ onErase }: { onErase(): void }) {
  return (
    <Section title="Danger zone">
      <Stack gap="sm" align="flex-start">
        <Text size="sm" c="dimmed">
          When a customer asks to be forgotten, erase their personal data. Their orders stay in the shop’s figures.
        </Text>
        <Button variant="outline" color="red" size="xs" leftSection={<IconEraser size={14} />} onClick={onErase}>
          Erase personal data…
        </Button>
      </Stack>
    </Section>
  )
}

function CustomerRecord({ detail }: { detail: CustomerDetail }) {
  const { customer } = detail
  const orders = useOrderTableParams()
  const editing = useRecordEditing(customer.id)
  const [mergeOpened, merge] = useDisclosure(false)
  const [eraseOpened, erase] = useDisclosure(false)
  const erased = customer.erased_at !== null
  const name = erased ? 'Erased customer' : customerName({ firstName: customer.first_name, lastName: customer.last_name, email: customer.email })
  const savedNote = useMemo(() => ({ note: customer.note, updatedAt: customer.updated_at }), [customer.note, customer.updated_at])

  return (
    <>
      <PageHeader
        title={name}
        badges={!erased && <ConsentBadge consent={customer.marketing_consent} />}
        description={
          <>
            Customer since <DateTime value={customer.created_at} style="date" />
          </>
        }
        actions={
          !erased && (
            <Button variant="default" leftSection={<IconArrowMerge size={16} />} onClick={merge.open}>
              Merge with another record…
            </Button>
          )
        }
      />
      <Stack gap="md">
        {customer.erased_at && <ErasedBanner erasedAt={customer.erased_at} />}
        <CustomerSummary detail={detail} />
        <Grid gutter="md">
          <Grid.Col span={{ base: 12, lg: 4 }}>
            <Stack gap="md">
              <Section title="Contact">
                <CustomerContact customer={customer} identities={detail.identities} />
              </Section>
              <Section title="Tags">
                <CustomerTags tags={detail.tags} suggestions={editing.tagSuggestions} save={editing.saveTags} readOnly={erased} />
              </Section>
              <Section title="Note">
                <CustomerNote customerId={customer.id} saved={savedNote} save={editing.saveNote} readOnly={erased} />
              </Section>
              <Section title="Addresses">
                <CustomerAddresses addresses={detail.addresses} />
              </Section>
              <CustomerMerges customerId={customer.id} />
              {!erased && <DangerZone onErase={erase.open} />}
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 8 }}>
            <Section title="Timeline">
              <CustomerTimeline customerId={customer.id} />
            </Section>
          </Grid.Col>
        </Grid>
        <Section title="Orders" padded={false}>
          <OrdersTable control={orders} customerId={customer.id} />
        </Section>
      </Stack>
      <MergeCustomerDialog customer={{ id: customer.id, name }} opened={mergeOpened} onClose={merge.close} />
      <EraseCustomerDialog customerId={customer.id} name={name} email={customer.email} opened={eraseOpened} onClose={erase.close} />
    </>
  )
}
