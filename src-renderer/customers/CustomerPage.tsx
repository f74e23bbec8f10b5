import { Grid, Stack } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useParams } from 'react-router'
import { useApi } from '../api/api-context'
import type { CustomerDetail } from '../api/types'
import { ClaimsTable } from '../claims/ClaimsTable'
import { BackLink } from '../components/BackLink'
import { DateTime } from '../components/DateTime'
import { PageHeader } from '../components/PageHeader'
import { QueryView } from '../components/QueryFeedback'
import { Section } from '../components/Section'
import { OrdersTable, useOrderTableParams } from '../orders/OrdersTable'
import { ReturnsTable } from '../returns/ReturnsTable'
import { SurveyAnswers } from '../surveys/SurveyAnswers'
import { ConsentBadge } from './ConsentBadge'
import { CustomerAddresses } from './CustomerAddresses'
import { CustomerContact } from './CustomerContact'
import { CustomerNote } from './CustomerNote'
import { CustomerSummary } from './CustomerSummary'
import { CustomerTags } from './CustomerTags'
import { customerName } from './customer-name'

export function CustomerPage() {
  const { customerId = '' } = useParams()
  const { queries } = useApi()
  const query = useQuery(queries.customers.get.queryOptions({ input: { id: customerId } }))
  return (
    <Stack gap="xs">
      <BackLink fallback="/customers" label="Customers" />
      <QueryView query={query} loadingLabel="Loading the customer…" errorTitle="This customer could not be shown">
        {(detail) => <CustomerDetailView detail={detail} />}
      </QueryView>
    </Stack>
  )
}

function CustomerDetailView({ detail }: { detail: CustomerDetail }) {
  const { customer } = detail
  const orders = useOrderTableParams()
  const name = customerName({ firstName: customer.first_name, lastName: customer.last_name, email: customer.email })
  return (
    <>
      <PageHeader
        title={name}
        badges={<ConsentBadge consent={customer.marketing_consent} />}
        description={
          <>
            Customer since <DateTime value={customer.created_at} style="date" />
          </>
        }
      />
      <Stack gap="md">
        <CustomerSummary detail={detail} />
        <Grid gutter="md">
          <Grid.Col span={{ base: 12, lg: 4 }}>
            <Stack gap="md">
              <Section title="Contact">
                <CustomerContact customer={customer} identities={detail.identities} />
              </Section>
              <Section title="Tags">
                <CustomerTags tags={detail.tags} />
              </Section>
              <Section title="Note">
                <CustomerNote note={customer.note} />
              </Section>
              <Section title="Addresses">
                <CustomerAddresses addresses={detail.addresses} />
              </Section>
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 8 }}>
            <Stack gap="md">
              <Section title="Orders" padded={false}>
                <OrdersTable control={orders} customerId={customer.id} />
              </Section>
              <Section title="Returns" padded={false}>
                <ReturnsTable returns={detail.returns} emptyText="No returns or exchanges." />
              </Section>
              <Section title="Claims" padded={false}>
                <ClaimsTable claims={detail.claims} emptyText="No claims." />
              </Section>
              <Section title="Survey answers" padded={false}>
                <SurveyAnswers answers={detail.surveys} />
              </Section>
            </Stack>
          </Grid.Col>
        </Grid>
      </Stack>
    </>
  )
}

