import { Grid, Stack, Text } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useParams } from 'react-router'
import { useApi } from '../api/api-context'
import type { OrderDetail } from '../api/types'
import { ClaimsTable } from '../claims/ClaimsTable'
import { BackLink } from '../components/BackLink'
import { DateTime } from '../components/DateTime'
import { PageHeader } from '../components/PageHeader'
import { QueryView } from '../components/QueryFeedback'
import { Section } from '../components/Section'
import { useEscapeBack } from '../components/use-escape-back'
import { ReturnsTable } from '../returns/ReturnsTable'
import { OrderCustomerCard } from './OrderCustomerCard'
import { OrderLines } from './OrderLines'
import { OrderLoyalty } from './OrderLoyalty'
import { OrderMessages } from './OrderMessages'
import { OrderRefunds } from './OrderRefunds'
import { OrderShipping } from './OrderShipping'
import { OrderStatusBadges } from './OrderStatusBadges'
import { OrderTimeline } from './OrderTimeline'
import { OrderTotals } from './OrderTotals'
import { sourceLabel } from '../../src-main/orders/source-labels'

export function OrderPage() {
  const { orderId = '' } = useParams()
  const { queries } = useApi()
  useEscapeBack('/orders')
  const query = useQuery(queries.orders.get.queryOptions({ input: { id: orderId } }))
  return (
    <Stack gap="xs">
      <BackLink fallback="/orders" label="Orders" />
      <QueryView query={query} loadingLabel="Loading the order…" errorTitle="This order could not be shown">
        {(detail) => <OrderDetailView detail={detail} />}
      </QueryView>
    </Stack>
  )
}

function OrderDetailView({ detail }: { detail: OrderDetail }) {
  const { order, lines, customer, returns, claims, refunds, messages, loyalty } = detail
  return (
    <>
      <PageHeader
        title={`Order ${order.order_number}`}
        badges={
          <OrderStatusBadges financialStatus={order.financial_status} fulfillmentStatus={order.fulfillment_status} cancelledAt={order.cancelled_at} />
        }
        description={
          <>
            Placed <DateTime value={order.placed_at} /> on {sourceLabel(order.source)}
          </>
        }
      />
      <Grid gutter="md">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="md">
            <Section title="Items" padded={false} aside={`${lines.length} ${lines.length === 1 ? 'line' : 'lines'}`}>
              <OrderLines lines={lines} currency={order.currency} />
              <Stack p="md" style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}>
                <OrderTotals order={order} />
              </Stack>
            </Section>
            {refunds.length > 0 && (
              <Section title="Refunds" padded={false}>
                <OrderRefunds refunds={refunds} />
              </Section>
            )}
            {returns.length > 0 && (
              <Section title="Returns" padded={false}>
                <ReturnsTable returns={returns} emptyText="No returns or exchanges for this order." />
              </Section>
            )}
            {claims.length > 0 && (
              <Section title="Claims" padded={false}>
                <ClaimsTable claims={claims} emptyText="No claims about this order." />
              </Section>
            )}
            {messages.length > 0 && (
              <Section title="Messages" padded={false}>
                <OrderMessages messages={messages} />
              </Section>
            )}
            {loyalty.length > 0 && (
              <Section title="Loyalty points" padded={false}>
                <OrderLoyalty movements={loyalty} />
              </Section>
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="md">
            <Section title="Customer">
              <OrderCustomerCard order={order} customer={customer} />
            </Section>
            <Section title="Shipping">
              <OrderShipping order={order} trackingUrl={detail.trackingUrl} />
            </Section>
            <Section title="Timeline">
              <OrderTimeline order={order} />
            </Section>
            {order.note && (
              <Section title="Note">
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {order.note}
                </Text>
              </Section>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  )
}
