import { Table, useComputedColorScheme, useMantineTheme } from '@mantine/core'
import { useMemo } from 'react'
import { useNavigate } from 'react-router'
import type { DashboardMetrics, RepeatWindow } from '../../src-main/dashboard/metrics.types'
import { EChart, type ChartOption } from '../components/EChart'
import { formatCount } from '../components/format'
import { formatShare } from './dashboard-format'
import type { FigureScope } from './dashboard-scope'
import { drilldownPath } from './drilldown-search'
import { DrillLink } from './DrillLink'
import { FigureSection } from './FigureSection'

type RepeatWithin = DashboardMetrics['repeatWithin']

function windowDrilldown(scope: FigureScope, window: RepeatWindow, group: 'eligible' | 'repeated') {
  return { kind: 'repeatWithin', ...scope, days: window.days, group } as const
}

export function RepeatWithinChart({ repeatWithin, scope }: { repeatWithin: RepeatWithin; scope: FigureScope }) {
  const tooRecent = repeatWithin.overall.filter((window) => window.eligibleCustomers === 0).map((window) => `${window.days}`)
  return (
    <FigureSection
      title="Repeat purchase within"
      definition={repeatWithin.definition}
      chart={<RepeatChart windows={repeatWithin.overall} scope={scope} />}
      table={<RepeatTable windows={repeatWithin.overall} scope={scope} />}
      footnote={tooRecent.length > 0 ? `No first order in this period is old enough for the ${tooRecent.join(' and ')} day window yet.` : undefined}
    />
  )
}

function RepeatChart({ windows, scope }: { windows: RepeatWindow[]; scope: FigureScope }) {
  const navigate = useNavigate()
  const theme = useMantineTheme()
  const dark = useComputedColorScheme('light') === 'dark'
  const option = useMemo<ChartOption>(
    () => ({
      grid: { left: 8, right: 8, top: 32, bottom: 8, containLabel: true },
      tooltip: { trigger: 'item' },
      xAxis: { type: 'category', data: windows.map((window) => `${window.days} days`), axisTick: { show: false } },
      yAxis: { type: 'value', axisLabel: { formatter: (value: number) => formatShare(value, { whole: true }) } },
      series: [
        {
          type: 'bar',
          name: 'Ordered again',
          barMaxWidth: 56,
          itemStyle: { color: theme.colors.indigo[dark ? 4 : 6], borderRadius: [4, 4, 0, 0] },
          data: windows.map((window) => window.share ?? 0),
          label: {
            show: true,
            position: 'top',
            formatter: ({ dataIndex }) => {
              const window = windows[dataIndex]
              if (!window || window.share === null) return 'too recent'
              return `${formatShare(window.share)} of ${formatCount(window.eligibleCustomers)}`
            },
          },
          tooltip: {
            formatter: ({ dataIndex }) => {
              const window = windows[dataIndex]
              if (!window) return ''
              return `${formatCount(window.repeatCustomers)} of ${formatCount(window.eligibleCustomers)} first-time customers ordered again within ${window.days} days`
            },
          },
        },
      ],
    }),
    [windows, theme, dark],
  )
  return (
    <EChart
      option={option}
      height={260}
      label="Bar chart: the share of first-time customers who placed a second order within 30, 90, 180 and 365 days"
      onClick={({ dataIndex }) => {
        const window = windows[dataIndex]
        if (window) void navigate(drilldownPath(windowDrilldown(scope, window, 'repeated')))
      }}
    />
  )
}

function RepeatTable({ windows, scope }: { windows: RepeatWindow[]; scope: FigureScope }) {
  return (
    <Table aria-label="Repeat purchase within" className="aftersale-numeric">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Within</Table.Th>
          <Table.Th ta="right">First-time customers</Table.Th>
          <Table.Th ta="right">Ordered again</Table.Th>
          <Table.Th ta="right">Share</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {windows.map((window) => (
          <Table.Tr key={window.days}>
            <Table.Th scope="row">{window.days} days</Table.Th>
            <Table.Td ta="right">
              <DrillLink to={windowDrilldown(scope, window, 'eligible')}>{formatCount(window.eligibleCustomers)}</DrillLink>
            </Table.Td>
            <Table.Td ta="right">
              <DrillLink to={windowDrilldown(scope, window, 'repeated')}>{formatCount(window.repeatCustomers)}</DrillLink>
            </Table.Td>
            <Table.Td ta="right">{formatShare(window.share)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}
