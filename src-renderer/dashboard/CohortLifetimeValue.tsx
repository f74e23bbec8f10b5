import { SegmentedControl, Stack, Table, Text } from '@mantine/core'
import { useState } from 'react'
import type { CohortValue, DashboardMetrics } from '../../src-main/dashboard/metrics.types'
import { formatCount } from '../components/format'
import { Money } from '../components/Money'
import { Section } from '../components/Section'
import { SectionEmpty } from '../components/SectionEmpty'
import { formatMonth } from './dashboard-format'
import type { FigureScope } from './dashboard-scope'
import { DrillLink } from './DrillLink'
import { FigureDefinition } from './FigureSection'

/** What a cohort's customers were worth 30, 90, 180 and 365 days after their first order, one currency at a time. */
export function CohortLifetimeValue({ figures, scope }: { figures: DashboardMetrics['cohortLifetimeValue']; scope: FigureScope }) {
  const byCurrency = new Map<string, CohortValue[]>()
  for (const row of figures.rows) byCurrency.set(row.currency, [...(byCurrency.get(row.currency) ?? []), row])
  const currencies = [...byCurrency.keys()]
  const [chosen, setChosen] = useState<string | null>(null)
  const currency = chosen !== null && byCurrency.has(chosen) ? chosen : currencies[0]
  const rows = currency === undefined ? [] : (byCurrency.get(currency) ?? [])
  return (
    <Section
      title="Lifetime value by cohort"
      aside={
        currencies.length > 1 && (
          <SegmentedControl size="xs" aria-label="Currency of the lifetime values" value={currency} onChange={setChosen} data={currencies} />
        )
      }
    >
      <FigureDefinition>{figures.definition}</FigureDefinition>
      {currency === undefined ? (
        <SectionEmpty>No customer placed a first order in this period’s months.</SectionEmpty>
      ) : (
        <Stack gap="md">
          <CurrencyTable currency={currency} rows={rows} scope={scope} />
          <Text size="xs" c="dimmed">
            Figures in italics are still growing: some of the cohort’s first orders are younger than the window.
          </Text>
        </Stack>
      )}
    </Section>
  )
}

function CurrencyTable({ currency, rows, scope }: { currency: string; rows: CohortValue[]; scope: FigureScope }) {
  const windows = rows[0]?.windows.map((window) => window.days) ?? []
  return (
    <Table aria-label={`Lifetime value by cohort in ${currency}`} className="aftersale-numeric">
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
