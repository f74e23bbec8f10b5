import { Table } from '@mantine/core'
import type { DashboardMetrics } from '../../src-main/dashboard/metrics.types'
import { formatCount, humanize, pluralize } from '../components/format'
import { Section } from '../components/Section'
import { SectionEmpty } from '../components/SectionEmpty'
import { formatShare } from './dashboard-format'
import type { FigureScope } from './dashboard-scope'
import { DrillLink } from './DrillLink'
import { FigureDefinition } from './FigureSection'

/** Why things came back: each reason's share of the units sold and of the orders, opening the orders returned for it. */
export function ReturnsByReason({ figures, scope }: { figures: DashboardMetrics['returnsByReason']; scope: FigureScope }) {
  const reasons = [...figures.reasons].sort((a, b) => b.returnedUnits - a.returnedUnits)
  return (
    <Section title="Returns by reason">
      <FigureDefinition>{figures.definition}</FigureDefinition>
      {reasons.length === 0 ? (
        <SectionEmpty>Nothing ordered in this period has come back.</SectionEmpty>
      ) : (
        <Table aria-label="Returns by reason" className="aftersale-numeric">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Reason</Table.Th>
              <Table.Th ta="right">Units</Table.Th>
              <Table.Th ta="right">Of units sold</Table.Th>
              <Table.Th ta="right">Orders</Table.Th>
              <Table.Th ta="right">Of orders</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {reasons.map((reason) => (
              <Table.Tr key={reason.reason}>
                <Table.Th scope="row" fw={500}>
                  {humanize(reason.reason)}
                </Table.Th>
                <Table.Td ta="right">{formatCount(reason.returnedUnits)}</Table.Td>
                <Table.Td ta="right">{formatShare(reason.unitShare)}</Table.Td>
                <Table.Td ta="right">
                  <DrillLink
                    to={{ kind: 'returnedOrders', ...scope, reason: reason.reason }}
                    label={`${pluralize(reason.returnedOrders, 'order', 'orders')} returned for ${humanize(reason.reason).toLowerCase()}`}
                  >
                    {formatCount(reason.returnedOrders)}
                  </DrillLink>
                </Table.Td>
                <Table.Td ta="right">{formatShare(reason.orderShare)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Section>
  )
}
