import { SimpleGrid, Text } from '@mantine/core'
import type { ReactNode } from 'react'
import type { Drilldown } from '../../src-main/dashboard/drilldown.rules'
import type { DashboardMetrics } from '../../src-main/dashboard/metrics.types'
import { formatCount, formatMoney, pluralize } from '../components/format'
import { ChangeFromPrevious } from './ChangeFromPrevious'
import { formatScore, formatShare } from './dashboard-format'
import { scopeOf } from './dashboard-scope'
import { DrillLink } from './DrillLink'
import { KpiCard, KpiFigure } from './KpiCard'

/** The headline figures, each beside the previous period's and its definition, each opening the rows it counts. */
export function DashboardKpis({ metrics }: { metrics: DashboardMetrics }) {
  const scope = scopeOf(metrics)
  const { kpis, excluded } = metrics
  const { customers, repeatPurchaseRate: repeat, orders, returnRate, nps, csat } = kpis
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
      <KpiCard title="Customers" definition={customers.definition}>
        <KpiFigure
          value={<DrillLink to={{ kind: 'periodCustomers', ...scope }}>{formatCount(customers.current)}</DrillLink>}
          change={<ChangeFromPrevious current={customers.current} previous={customers.previous} unit="relative" previousLabel={formatCount(customers.previous)} />}
        />
      </KpiCard>

      <KpiCard title="Repeat purchase rate" definition={repeat.definition}>
        <KpiFigure
          value={<DrillLink to={{ kind: 'repeatCustomers', ...scope }}>{formatShare(repeat.current.share)}</DrillLink>}
          change={<SharePointsChange current={repeat.current.share} previous={repeat.previous.share} />}
          detail={
            <>
              <DrillLink to={{ kind: 'repeatCustomers', ...scope }}>{pluralize(repeat.current.repeatCustomers, 'repeat customer', 'repeat customers')}</DrillLink> of{' '}
              <DrillLink to={{ kind: 'periodCustomers', ...scope }}>{formatCount(repeat.current.customers)}</DrillLink> who ordered
            </>
          }
        />
      </KpiCard>

      <KpiCard title="Orders" definition={orders.definition}>
        <KpiFigure
          value={<DrillLink to={{ kind: 'periodOrders', ...scope }}>{formatCount(orders.current)}</DrillLink>}
          change={<ChangeFromPrevious current={orders.current} previous={orders.previous} unit="relative" previousLabel={formatCount(orders.previous)} />}
          detail={
            excluded.current.ordersWithoutCustomer === 0 ? (
              'all with a known customer'
            ) : (
              <>
                <DrillLink to={{ kind: 'periodOrders', ...scope, customer: 'unknown' }}>{formatCount(excluded.current.ordersWithoutCustomer)}</DrillLink> without a
                known customer
              </>
            )
          }
        />
      </KpiCard>

      <KpiCard title="Net revenue" definition={kpis.netRevenue.definition}>
        <PerCurrency
          figures={kpis.netRevenue}
          amount={(r) => r.netMinor}
          drilldown={(r) => ({ kind: 'periodOrders', ...scope, currency: r.currency })}
          detail={(r) => pluralize(r.orders, 'order', 'orders')}
        />
      </KpiCard>

      <KpiCard title="Average order value" definition={kpis.averageOrderValue.definition}>
        <PerCurrency
          figures={kpis.averageOrderValue}
          amount={(r) => r.averageMinor}
          drilldown={(r) => ({ kind: 'periodOrders', ...scope, currency: r.currency })}
          detail={(r) => `over ${pluralize(r.orders, 'order', 'orders')}`}
        />
      </KpiCard>

      <KpiCard title="Customer lifetime value" definition={kpis.lifetimeValue.definition}>
        <PerCurrency
          figures={kpis.lifetimeValue}
          amount={(r) => r.averageMinor}
          drilldown={(r) => ({ kind: 'lifetimeCustomers', to: scope.to, source: scope.source, currency: r.currency })}
          detail={(r) => `average of ${pluralize(r.customers, 'customer', 'customers')}; median ${formatMoney(r.medianMinor, r.currency)}`}
        />
      </KpiCard>

      <KpiCard title="Return rate" definition={returnRate.definition}>
        <KpiFigure
          value={<DrillLink to={{ kind: 'returnedOrders', ...scope }}>{formatShare(returnRate.current.unitShare)}</DrillLink>}
          change={<SharePointsChange current={returnRate.current.unitShare} previous={returnRate.previous.unitShare} better="down" />}
          detail={
            <>
              {formatCount(returnRate.current.returnedUnits)} of {pluralize(returnRate.current.soldUnits, 'unit', 'units')};{' '}
              <DrillLink to={{ kind: 'returnedOrders', ...scope }}>{pluralize(returnRate.current.returnedOrders, 'order', 'orders')}</DrillLink> of{' '}
              {formatCount(returnRate.current.orders)} ({formatShare(returnRate.current.orderShare)})
            </>
          }
        />
      </KpiCard>

      <KpiCard title="Net Promoter Score" definition={nps.definition}>
        <KpiFigure
          value={<DrillLink to={{ kind: 'npsRespondents', ...scope }}>{formatScore(nps.current.score)}</DrillLink>}
          change={
            <ChangeFromPrevious current={nps.current.score} previous={nps.previous.score} unit="points" previousLabel={formatScore(nps.previous.score)} />
          }
          detail={
            <>
              {pluralize(nps.current.responses, 'answer', 'answers')}:{' '}
              <DrillLink to={{ kind: 'npsRespondents', ...scope, group: 'promoters' }}>{formatCount(nps.current.promoters)} promoters</DrillLink>,{' '}
              <DrillLink to={{ kind: 'npsRespondents', ...scope, group: 'passives' }}>{formatCount(nps.current.passives)} passives</DrillLink>,{' '}
              <DrillLink to={{ kind: 'npsRespondents', ...scope, group: 'detractors' }}>{formatCount(nps.current.detractors)} detractors</DrillLink>
            </>
          }
        />
      </KpiCard>

      <KpiCard title="Customer satisfaction" definition={csat.definition}>
        <KpiFigure
          value={<DrillLink to={{ kind: 'csatRespondents', ...scope, group: 'satisfied' }}>{formatShare(csat.current.share)}</DrillLink>}
          change={<SharePointsChange current={csat.current.share} previous={csat.previous.share} />}
          detail={
            <>
              {formatCount(csat.current.satisfied)} of{' '}
              <DrillLink to={{ kind: 'csatRespondents', ...scope }}>{pluralize(csat.current.responses, 'answer', 'answers')}</DrillLink> satisfied
            </>
          }
        />
      </KpiCard>
    </SimpleGrid>
  )
}

function SharePointsChange({ current, previous, better }: { current: number | null; previous: number | null; better?: 'up' | 'down' }) {
  const points = (share: number | null) => (share === null ? null : share * 100)
  return <ChangeFromPrevious current={points(current)} previous={points(previous)} unit="points" previousLabel={formatShare(previous)} better={better} />
}

interface PerCurrencyProps<Row extends { currency: string }> {
  figures: { current: Row[]; previous: Row[] }
  amount(row: Row): number
  drilldown(row: Row): Drilldown
  detail(row: Row): ReactNode
}

/** Money is never added across currencies: one figure per currency, each against the same currency's previous one. */
function PerCurrency<Row extends { currency: string }>({ figures, amount, drilldown, detail }: PerCurrencyProps<Row>) {
  if (figures.current.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No orders in this period.
      </Text>
    )
  }
  const several = figures.current.length > 1
  return figures.current.map((row) => {
    const before = figures.previous.find((p) => p.currency === row.currency)
    return (
      <KpiFigure
        key={row.currency}
        value={
          <DrillLink to={drilldown(row)} fz={several ? 20 : undefined}>
            {formatMoney(amount(row), row.currency)}
          </DrillLink>
        }
        change={
          <ChangeFromPrevious
            current={amount(row)}
            previous={before ? amount(before) : null}
            unit="relative"
            previousLabel={before ? formatMoney(amount(before), row.currency) : ''}
          />
        }
        detail={detail(row)}
      />
    )
  })
}
