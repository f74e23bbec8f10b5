import { Stack, Table, Text } from '@mantine/core'
import type { CohortValue, DashboardMetrics } from '../../src-main/dashboard/metrics.types'
import { formatCount } from '../components/format'
import { Money } from '../components/Money'
import { Section } from '../components/Section'
import { SectionEmpty } from '../components/SectionEmpty'
import { formatMonth } from './dashboard-format'
import type { FigureScope } from './dashboard-scope'
import { DrillLink } from './DrillLink'
import { FigureDefinition } from './FigureSection'

/** What a cohort's customers were worth 30, 90, 180 and 365 days after their first order, one table per currency. */
export function CohortLifetimeValue({ figures, scope }: { figures: DashboardMetrics['cohortLifetimeValue']; scope: FigureScope }) {
  const byCurrency = new Map<string, CohortValue[]>()
  for (const row of figures.rows) byCurrency.set(row.currency, [...(byCurrency.get(row.currency) ?? []), row])
  return (
    <Section title="Lifetime value by cohort">
      <FigureDefinition>{figures.definition}</FigureDefinition>
      {byCurrency.size === 0 ? (
        <SectionEmpty>No customer placed a first order in this period’s months.</SectionEmpty>
      ) : (
        <Stack gap="md">
          {[...byCurrency].map(([currency, rows]) => (
            <CurrencyTable key={currency} currency={currency} rows={rows} scope={scope} showCurrency={byCurrency.size > 1} />
          ))}
          <Text size="xs" c="dimmed">
            Figures in italics are still growing: some of the cohort’s first orders are younger than the window.
          </Text>
        </Stack>
      )}
    </Section>
  )
}

function CurrencyTable({ currency, rows, scope, showCurrency }: { currency: string; rows: CohortValue[]; scope: FigureScope; showCurrency: boolean }) {
  const windows = rows[0]?.windows.map((window) => window.days) ?? []
  const label = `Lifetime value by cohort${showCurrency ? ` in ${currency}` : ''}`
  return (
    <Table aria-label={label} className="aftersale-numeric" captionSide="top">
      {showCurrency && <Table.Caption style={{ textAlign: 'left' }}>{currency}</Table.Caption>}
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Cohort</Table.Th>
          <Table.Th ta="right">Customers</Table.Th>
          {windows.map((days) => (
            <Table.Th key={days} ta="right">
              {days} days
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.cohort}>
            <Table.Th scope="row" fw={500}>
              {formatMonth(row.cohort)}
            </Table.Th>
            <Table.Td ta="right">
              <DrillLink
                to={{ kind: 'cohort', month: row.cohort, source: scope.source, currency }}
                label={`${formatCount(row.customers)} customers of the ${formatMonth(row.cohort, 'long')} cohort paying in ${currency}`}
              >
                {formatCount(row.customers)}
              </DrillLink>
            </Table.Td>
            {row.windows.map((window) => (
              <Table.Td key={window.days} ta="right" fs={window.complete ? undefined : 'italic'} c={window.complete ? undefined : 'dimmed'}>
                {window.averageMinor === null ? '–' : <Money minor={window.averageMinor} currency={currency} />}
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}
