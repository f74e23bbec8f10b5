import * as echarts from 'echarts'
import type { RepeatWindow } from '../dashboard/metrics.types'
import { formatShortMonth } from './report-format'

/**
 * The report's charts, drawn on the server as SVG strings (echarts'
 * server-side renderer) so the printed page needs no script at all. Labels
 * are months and numbers only; echarts escapes the text it writes anyway.
 */

export const CHART_WIDTH = 680
const FONT = '"Helvetica Neue", Helvetica, Arial, "Liberation Sans", sans-serif'
const INK = '#343a40'
const MUTED = '#868e96'
const GRID_LINE = '#e9ecef'
const WINDOW_COLORS = ['#91a7ff', '#5c7cfa', '#3b5bdb', '#283a8c'] as const
const NPS_COLOR = '#3b5bdb'
const ANSWERS_COLOR = '#dee2e6'

function renderSvg(option: echarts.EChartsOption, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: CHART_WIDTH, height })
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: FONT, color: INK }, ...option })
    return chart.renderToSVGString()
  } finally {
    chart.dispose()
  }
}

const monthAxisLabel = { color: MUTED, fontSize: 10, interval: 0, formatter: (month: string) => formatShortMonth(month).replace(' ', '\n') }
const valueSplitLine = { lineStyle: { color: GRID_LINE } }

export interface CohortRepeat {
  cohort: string
  windows: readonly RepeatWindow[]
}

/**
 * Grouped bars: per cohort, the share who ordered again within each window.
 * A bar counts only the customers who have had the whole window, so recent
 * cohorts show their short windows and no guess at the long ones.
 */
export function repeatWithinChartSvg(cohorts: readonly CohortRepeat[], windowDays: readonly number[]): string | null {
  if (!cohorts.some((c) => c.windows.some((w) => windowDays.includes(w.days) && w.eligibleCustomers > 0))) return null
  return renderSvg(
    {
      legend: { top: 0, right: 0, itemWidth: 12, itemHeight: 10, textStyle: { color: INK, fontSize: 11 } },
      grid: { left: 44, right: 8, top: 32, bottom: 36 },
      xAxis: { type: 'category', data: cohorts.map((c) => c.cohort), axisLabel: monthAxisLabel, axisTick: { show: false }, axisLine: { lineStyle: { color: MUTED } } },
      yAxis: { type: 'value', min: 0, axisLabel: { color: MUTED, fontSize: 10, formatter: '{value}%' }, splitLine: valueSplitLine },
      series: windowDays.map((days, i) => ({
        type: 'bar' as const,
        name: `Within ${days} days`,
        itemStyle: { color: WINDOW_COLORS[i % WINDOW_COLORS.length] },
        barGap: '10%',
        data: cohorts.map((c) => {
          const window = c.windows.find((w) => w.days === days)
          return window && window.eligibleCustomers > 0 && window.share !== null ? Math.round(window.share * 1000) / 10 : '-'
        }),
      })),
    },
    230,
  )
}

export interface NpsMonth {
  month: string
  responses: number
  score: number | null
}

/** NPS per month as a line with its value on each point, over the number of answers it rests on as pale bars. */
export function npsTrendChartSvg(months: readonly NpsMonth[]): string | null {
  if (!months.some((m) => m.responses > 0)) return null
  return renderSvg(
    {
      legend: { top: 0, right: 0, itemWidth: 14, itemHeight: 10, textStyle: { color: INK, fontSize: 11 } },
      grid: { left: 44, right: 44, top: 32, bottom: 36 },
      xAxis: { type: 'category', data: months.map((m) => m.month), axisLabel: monthAxisLabel, axisTick: { show: false }, axisLine: { lineStyle: { color: MUTED } } },
      yAxis: [
        { type: 'value', min: -100, max: 100, interval: 50, axisLabel: { color: MUTED, fontSize: 10 }, splitLine: valueSplitLine },
        { type: 'value', min: 0, axisLabel: { color: MUTED, fontSize: 10 }, splitLine: { show: false } },
      ],
      series: [
        { type: 'bar', name: 'Answers (right scale)', yAxisIndex: 1, barWidth: '45%', itemStyle: { color: ANSWERS_COLOR }, data: months.map((m) => m.responses) },
        {
          type: 'line',
          name: 'NPS (left scale)',
          yAxisIndex: 0,
          symbolSize: 6,
          connectNulls: false,
          itemStyle: { color: NPS_COLOR },
          lineStyle: { width: 2, color: NPS_COLOR },
          label: { show: true, position: 'top', fontSize: 10, color: INK, formatter: ({ value }: { value: unknown }) => String(Math.round(Number(value))) },
          data: months.map((m) => (m.score === null ? '-' : m.score)),
        },
      ],
    },
    230,
  )
}
