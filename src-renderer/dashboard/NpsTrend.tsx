import { Table, useComputedColorScheme, useMantineTheme } from '@mantine/core'
import { useMemo } from 'react'
import { useNavigate } from 'react-router'
import { addDays, addMonths } from '../../src-main/dashboard/metrics.rules'
import type { DashboardMetrics } from '../../src-main/dashboard/metrics.types'
import { EChart, type ChartOption } from '../components/EChart'
import { formatCount, pluralize } from '../components/format'
import { formatMonth, formatScore } from './dashboard-format'
import type { FigureScope } from './dashboard-scope'
import { drilldownPath } from './drilldown-search'
import { DrillLink } from './DrillLink'
import { FigureSection } from './FigureSection'

type NpsMonth = DashboardMetrics['npsTrend']['months'][number]

/** The month's answers within the period: the first and last months may be cut short by it. */
function monthDrilldown(scope: FigureScope, { month }: NpsMonth) {
  const first = `${month}-01`
  const last = addDays(`${addMonths(month, 1)}-01`, -1)
  return { kind: 'npsRespondents', ...scope, from: first > scope.from ? first : scope.from, to: last < scope.to ? last : scope.to } as const
}

export function NpsTrend({ trend, scope }: { trend: DashboardMetrics['npsTrend']; scope: FigureScope }) {
  return (
    <FigureSection
      title="NPS by month"
      definition={trend.definition}
      chart={<NpsChart months={trend.months} scope={scope} />}
      table={<NpsTable months={trend.months} scope={scope} />}
    />
  )
}

function NpsChart({ months, scope }: { months: NpsMonth[]; scope: FigureScope }) {
  const navigate = useNavigate()
  const theme = useMantineTheme()
  const dark = useComputedColorScheme('light') === 'dark'
  const option = useMemo<ChartOption>(
    () => ({
      grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
      legend: { top: 0, left: 'center', itemWidth: 14, itemHeight: 8 },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'category', data: months.map((m) => formatMonth(m.month)), axisTick: { show: false } },
      yAxis: [
        { type: 'value', name: 'NPS', min: -100, max: 100, interval: 50, nameTextStyle: { align: 'left' } },
        { type: 'value', name: 'Answers', splitLine: { show: false }, nameTextStyle: { align: 'right' } },
      ],
      series: [
        {
          type: 'bar',
          name: 'Answers',
          yAxisIndex: 1,
          barMaxWidth: 28,
          itemStyle: { color: dark ? theme.colors.dark[4] : theme.colors.gray[3], borderRadius: [3, 3, 0, 0] },
          data: months.map((m) => m.responses),
        },
        {
          type: 'line',
          name: 'NPS',
          connectNulls: false,
          symbolSize: 7,
          lineStyle: { width: 2.5 },
          itemStyle: { color: theme.colors.indigo[dark ? 4 : 6] },
          data: months.map((m) => (m.score === null ? null : Math.round(m.score))),
        },
      ],
    }),
    [months, theme, dark],
  )
  return (
    <EChart
      option={option}
      height={260}
      label="Chart: the Net Promoter Score of each month and its number of answers"
      onClick={({ dataIndex }) => {
        const month = months[dataIndex]
        if (month) void navigate(drilldownPath(monthDrilldown(scope, month)))
      }}
    />
  )
}

function NpsTable({ months, scope }: { months: NpsMonth[]; scope: FigureScope }) {
  return (
    <Table aria-label="NPS by month" className="aftersale-numeric">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Month</Table.Th>
          <Table.Th ta="right">Answers</Table.Th>
          <Table.Th ta="right">NPS</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {months.map((month) => (
          <Table.Tr key={month.month}>
            <Table.Th scope="row">{formatMonth(month.month)}</Table.Th>
            <Table.Td ta="right">
              <DrillLink to={monthDrilldown(scope, month)} label={`${pluralize(month.responses, 'answer', 'answers')} in ${formatMonth(month.month, 'long')}`}>
                {formatCount(month.responses)}
              </DrillLink>
            </Table.Td>
            <Table.Td ta="right">{formatScore(month.score)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}
