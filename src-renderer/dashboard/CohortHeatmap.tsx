import { Table, useComputedColorScheme, useMantineTheme, type MantineTheme } from '@mantine/core'
import { useMemo } from 'react'
import { useNavigate } from 'react-router'
import type { CohortCell, CohortRow, DashboardMetrics } from '../../src-main/dashboard/metrics.types'
import { EChart, type ChartOption } from '../components/EChart'
import { formatCount, pluralize } from '../components/format'
import { formatMonth, formatShare } from './dashboard-format'
import type { FigureScope } from './dashboard-scope'
import { drilldownPath } from './drilldown-search'
import { DrillLink } from './DrillLink'
import { FigureSection } from './FigureSection'

type Cohorts = DashboardMetrics['cohorts']
type Filters = Pick<FigureScope, 'source' | 'currency'>

const ROW_HEIGHT = 26

/** Month 0 is every member: listed as the cohort itself, not as "who ordered in month 0". */
function cohortDrilldown(row: CohortRow, filters: Filters, monthsAfter: number) {
  return { kind: 'cohort', month: row.cohort, ...(monthsAfter > 0 ? { offset: monthsAfter } : {}), ...filters } as const
}

/** "June 2025 cohort, month 2: 8 customers (15.1%)": what a cell says, for its tooltip and its link. */
function describeCell(row: CohortRow, cell: CohortCell): string {
  const progress = cell.incomplete ? ', month still in progress' : ''
  return `${formatMonth(row.cohort, 'long')} cohort, month ${cell.monthsAfter} (${formatMonth(cell.month)}): ${pluralize(cell.activeCustomers, 'customer', 'customers')} of ${formatCount(row.customers)} (${formatShare(cell.share)})${progress}`
}

export function CohortHeatmap({ cohorts, filters }: { cohorts: Cohorts; filters: Filters }) {
  return (
    <FigureSection
      title="Cohorts"
      definition={cohorts.definition}
      chart={<CohortChart cohorts={cohorts} filters={filters} />}
      table={<CohortTable cohorts={cohorts} filters={filters} />}
      footnote={`Month 0 is each cohort's size. Cells with a dashed outline are ${formatMonth(cohorts.currentMonth, 'long')}, which is still in progress.`}
    />
  )
}

function CohortChart({ cohorts, filters }: { cohorts: Cohorts; filters: Filters }) {
  const navigate = useNavigate()
  const theme = useMantineTheme()
  const scheme = useComputedColorScheme('light')
  const option = useMemo(() => cohortOption(cohorts.rows, scheme === 'dark' ? darkPalette(theme) : lightPalette(theme)), [cohorts.rows, scheme, theme])
  return (
    <EChart
      option={option}
      height={cohorts.rows.length * ROW_HEIGHT + 64}
      label="Cohort heatmap: the share of each month's new customers who ordered again in each later month"
      onClick={(event) => {
        const [monthsAfter, rowIndex] = event.value as [number, number]
        const row = cohorts.rows[rowIndex]
        if (row) void navigate(drilldownPath(cohortDrilldown(row, filters, monthsAfter)))
      }}
    />
  )
}

interface Palette {
  /** From an empty month to the best one. */
  scale: string[]
  /** Month 0, the cohort's size: outside the colour scale, which it would flatten. */
  sizeCell: string
  gap: string
  text: string
  /** For labels on the darker half of the scale. */
  textOnStrong: string
  /** Where the scale's colour becomes too strong for `text`, as a share of the way up it. */
  strongFrom: number
}

function lightPalette(theme: MantineTheme): Palette {
  const { indigo, gray } = theme.colors
  return { scale: [indigo[0], indigo[3], indigo[7]], sizeCell: gray[2], gap: theme.white, text: gray[9], textOnStrong: theme.white, strongFrom: 0.55 }
}

function darkPalette(theme: MantineTheme): Palette {
  const { indigo, dark } = theme.colors
  return { scale: [dark[5], indigo[9], indigo[5]], sizeCell: dark[4], gap: dark[7], text: dark[0], textOnStrong: theme.white, strongFrom: 2 }
}

function cohortOption(rows: CohortRow[], palette: Palette): ChartOption {
  const columns = Math.max(0, ...rows.map((row) => row.cells.length))
  const returning = rows.flatMap((row, y) => row.cells.filter((cell) => cell.monthsAfter > 0).map((cell) => ({ row, cell, y })))
  const topShare = Math.max(0.01, ...returning.map(({ cell }) => cell.share ?? 0))
  const border = { borderColor: palette.gap, borderWidth: 2 }
  const incompleteBorder = { borderColor: palette.text, borderWidth: 1.5, borderType: 'dashed' as const }
  const cellAt = (x: number, y: number) => rows[y]?.cells[x]

  return {
    grid: { left: 8, right: 16, top: 8, bottom: 36, containLabel: true },
    tooltip: {
      formatter: (params) => {
        const [x, y] = (Array.isArray(params) ? params[0]?.value : params.value) as [number, number]
        const row = rows[y]
        const cell = cellAt(x, y)
        return row && cell ? describeCell(row, cell) : ''
      },
    },
    xAxis: {
      type: 'category',
      data: Array.from({ length: columns }, (_, k) => String(k)),
      name: 'Months after the first order',
      nameLocation: 'middle',
      nameGap: 26,
      splitArea: { show: false },
      axisTick: { show: false },
    },
    yAxis: { type: 'category', data: rows.map((row) => formatMonth(row.cohort)), inverse: true, axisTick: { show: false } },
    visualMap: {
      seriesIndex: 1,
      dimension: 2,
      min: 0,
      max: topShare,
      show: false,
      inRange: { color: palette.scale },
    },
    series: [
      {
        name: 'Cohort size',
        type: 'heatmap',
        data: rows.map((row, y) => ({
          value: [0, y, row.customers],
          itemStyle: { color: palette.sizeCell, ...(row.cells[0]?.incomplete ? incompleteBorder : border) },
        })),
        label: { show: true, color: palette.text, formatter: (p) => formatCount((p.value as number[])[2] ?? 0) },
        emphasis: { itemStyle: { borderColor: palette.text, borderWidth: 1 } },
      },
      {
        name: 'Share who ordered',
        type: 'heatmap',
        data: returning.map(({ cell, y }) => {
          const share = cell.share ?? 0
          const strong = share / topShare >= palette.strongFrom
          return {
            value: [cell.monthsAfter, y, share],
            itemStyle: cell.incomplete ? { ...incompleteBorder, opacity: 0.75 } : border,
            label: { color: strong ? palette.textOnStrong : palette.text },
          }
        }),
        label: { show: true, formatter: (p) => formatShare((p.value as number[])[2] ?? 0, { whole: true }) },
        emphasis: { itemStyle: { borderColor: palette.text, borderWidth: 1 } },
      },
    ],
  }
}

function CohortTable({ cohorts, filters }: { cohorts: Cohorts; filters: Filters }) {
  const columns = Math.max(0, ...cohorts.rows.map((row) => row.cells.length))
  return (
    <Table.ScrollContainer minWidth={columns * 64 + 160} type="native">
      <Table aria-label="Cohorts" striped withColumnBorders fz="xs" className="aftersale-numeric">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Cohort</Table.Th>
            {Array.from({ length: columns }, (_, k) => (
              <Table.Th key={k} ta="right">
                {k === 0 ? 'Customers' : `Month ${k}`}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {cohorts.rows.map((row) => (
            <Table.Tr key={row.cohort}>
              <Table.Th scope="row">{formatMonth(row.cohort)}</Table.Th>
              {row.cells.map((cell) => (
                <Table.Td key={cell.monthsAfter} ta="right" style={cell.incomplete ? { outline: '1px dashed var(--mantine-color-dimmed)', outlineOffset: -3 } : undefined}>
                  <DrillLink to={cohortDrilldown(row, filters, cell.monthsAfter)} label={describeCell(row, cell)}>
                    {cell.monthsAfter === 0 ? formatCount(row.customers) : formatShare(cell.share)}
                  </DrillLink>
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
