import { Paper, SimpleGrid, Stack, Text } from '@mantine/core'
import type { ReactNode } from 'react'
import type { RfmGroup } from '../../src-main/customers/customers.table'
import type { CustomerDetail } from '../api/types'
import { RFM_RULES } from '../../src-main/customers/rfm.rules'
import { DateTime } from '../components/DateTime'
import { formatCount, pluralize } from '../components/format'
import { Money } from '../components/Money'

type Stats = NonNullable<CustomerDetail['stats']>

/** Before the figures are first built, a record reads as one without orders rather than failing. */
const NO_STATS: Stats = {
  customer_id: '',
  order_count: 0,
  first_order_at: null,
  last_order_at: null,
  avg_gap_days: null,
  return_count: 0,
  claim_count: 0,
  loyalty_points: 0,
  rfm_group: null,
  main_currency_net_minor: 0,
}

function Stat({ label, children, hint }: { label: string; children: ReactNode; hint?: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="md" role="group" aria-label={label}>
      <Text size="xs" c="dimmed" fw={500} tt="uppercase" lts={0.4}>
        {label}
      </Text>
      <Stack gap={2} mt={6}>
        {children}
      </Stack>
      {hint && (
        <Text size="xs" c="dimmed" mt={4}>
          {hint}
        </Text>
      )}
    </Paper>
  )
}

function Figure({ children, dimmed = false }: { children: ReactNode; dimmed?: boolean }) {
  return (
    <Text fz="xl" fw={650} lh={1.25} c={dimmed ? 'dimmed' : undefined} className="aftersale-numeric">
      {children}
    </Text>
  )
}

function OrderDates({ stats }: { stats: Stats }) {
  if (!stats.first_order_at || !stats.last_order_at) return 'Not counting cancelled orders'
  if (stats.order_count === 1) return <>On <DateTime value={stats.first_order_at} style="date" /></>
  return (
    <>
      First <DateTime value={stats.first_order_at} style="date" />, last <DateTime value={stats.last_order_at} style="date" />
    </>
  )
}

function RfmStat({ group }: { group: RfmGroup | null }) {
  const rule = RFM_RULES.find((r) => r.group === group)
  return (
    <Stat label="Customer group" hint={rule?.explanation ?? 'Groups are given to customers with at least one counted order.'}>
      <Figure dimmed={!rule}>{rule?.label ?? 'None yet'}</Figure>
    </Stat>
  )
}

/** When the next order is expected: from the customer's own rhythm, or the shop's usual one for a one-time buyer. */
function NextOrderHint({ detail, ownGapKnown }: { detail: CustomerDetail; ownGapKnown: boolean }) {
  const expected = detail.expectedNextOrder
  if (!expected) return ownGapKnown ? 'On average' : 'Known from the second order on'
  return (
    <>
      {ownGapKnown ? 'On average; next order' : 'Next order, at the shop’s usual gap,'} expected around <DateTime value={expected.at} style="date" />
    </>
  )
}

/** Headline figures. Spending is one line per currency: amounts in different currencies are never added up. */
export function CustomerSummary({ detail }: { detail: CustomerDetail }) {
  const stats = detail.stats ?? NO_STATS
  const spentByCurrency = detail.spentByCurrency
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="md">
      <Stat label="Net spent" hint="After refunds, cancelled orders left out">
        {spentByCurrency.length === 0 ? (
          <Figure dimmed>Nothing yet</Figure>
        ) : (
          spentByCurrency.map((spent) => (
            <Figure key={spent.currency}>
              <Money minor={spent.netMinor} currency={spent.currency} />
              {spentByCurrency.length > 1 && (
                <Text span size="sm" c="dimmed" fw={400}>
                  {' '}
                  · {pluralize(spent.orders, 'order', 'orders')}
                </Text>
              )}
            </Figure>
          ))
        )}
      </Stat>
      <Stat label="Orders" hint={<OrderDates stats={stats} />}>
        <Figure>{formatCount(stats.order_count)}</Figure>
      </Stat>
      <Stat label="Between orders" hint={<NextOrderHint detail={detail} ownGapKnown={stats.avg_gap_days !== null} />}>
        {stats.avg_gap_days === null ? <Figure dimmed>—</Figure> : <Figure>{pluralize(Math.round(stats.avg_gap_days), 'day', 'days')}</Figure>}
      </Stat>
      <Stat label="Returns" hint={stats.claim_count > 0 ? `and ${pluralize(stats.claim_count, 'claim', 'claims')}` : 'No claims'}>
        <Figure>{formatCount(stats.return_count)}</Figure>
      </Stat>
      <Stat label="Loyalty points" hint="Current balance">
        <Figure>{formatCount(detail.loyaltyBalance)}</Figure>
      </Stat>
      <RfmStat group={stats.rfm_group} />
    </SimpleGrid>
  )
}
