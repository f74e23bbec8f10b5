import { Anchor, Group, Stack, Text } from '@mantine/core'
import type { CustomerDetail } from '../api/types'
import { DateTime } from '../components/DateTime'
import { Field } from '../components/Field'
import { humanize } from '../components/format'
import { sourceLabel } from '../../src-main/orders/source-labels'
import { ConsentBadge } from './ConsentBadge'

type Customer = CustomerDetail['customer']

/** Consent is only worth something with its provenance: where it was given and when. */
function ConsentDetail({ customer }: { customer: Customer }) {
  return (
    <Stack gap={4}>
      <ConsentBadge consent={customer.marketing_consent} />
      {(customer.consent_source || customer.consent_at) && (
        <Text size="xs" c="dimmed">
          {customer.consent_source && <>Recorded from {humanize(customer.consent_source)}</>}
          {customer.consent_at && (
            <>
              {customer.consent_source ? ' on ' : 'Recorded on '}
              <DateTime value={customer.consent_at} />
            </>
          )}
        </Text>
      )}
      {customer.unsubscribed_at && (
        <Text size="xs" c="dimmed">
          Unsubscribed on <DateTime value={customer.unsubscribed_at} />
        </Text>
      )}
    </Stack>
  )
}

export function CustomerContact({ customer, identities }: { customer: Customer; identities: CustomerDetail['identities'] }) {
  return (
    <Stack gap="sm">
      <Field label="Email">{customer.email && <Anchor href={`mailto:${customer.email}`} size="sm">{customer.email}</Anchor>}</Field>
      <Field label="Phone">{customer.phone}</Field>
      <Field label="Email marketing">
        <ConsentDetail customer={customer} />
      </Field>
      <Field label="Accounts on sales channels">
        {identities.length > 0 && (
          <Stack gap={2}>
            {identities.map((identity) => (
              <Group key={`${identity.source}:${identity.externalId}`} gap={6} wrap="nowrap">
                <Text size="sm">{sourceLabel(identity.source)}</Text>
                <Text size="xs" c="dimmed" ff="monospace" truncate="end">
                  {identity.externalId}
                </Text>
              </Group>
            ))}
          </Stack>
        )}
      </Field>
    </Stack>
  )
}
