import { Box, useComputedColorScheme } from '@mantine/core'
import { BarChart, HeatmapChart, LineChart, type BarSeriesOption, type HeatmapSeriesOption, type LineSeriesOption } from 'echarts/charts'
import {
  GridComponent,
  LegendComponent,
  TooltipComponent,
  VisualMapComponent,
  type GridComponentOption,
  type LegendComponentOption,
  type TooltipComponentOption,
  type VisualMapComponentOption,
} from 'echarts/components'
import { init, use, type ComposeOption, type ECElementEvent, type ECharts } from 'echarts/core'
import { CanvasRenderer } from 'echarts/renderers'
import { useEffect, useRef, useState } from 'react'

// Only the charts and parts this app draws, so the bundle carries no more of ECharts than that.
use([BarChart, HeatmapChart, LineChart, GridComponent, LegendComponent, TooltipComponent, VisualMapComponent, CanvasRenderer])

export type ChartClick = ECElementEvent

export type ChartOption = ComposeOption<
  BarSeriesOption | HeatmapSeriesOption | LineSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption | VisualMapComponentOption
>

interface EChartProps {
  option: ChartOption
  height: number
  /** What the chart shows, for screen readers; each chart also offers its figures as a table. */
  label: string
  onClick?(event: ChartClick): void
}

/**
 * An ECharts canvas that follows the Mantine colour scheme. A theme can only
 * be chosen when a chart is created, so switching scheme creates it anew.
 */
export function EChart({ option, height, label, onClick }: EChartProps) {
  const scheme = useComputedColorScheme('light')
  const container = useRef<HTMLDivElement>(null)
  const [chart, setChart] = useState<ECharts | null>(null)

  useEffect(() => {
    const element = container.current
    if (!element) return
    const created = init(element, scheme === 'dark' ? 'dark' : undefined)
    setChart(created)
    const resize = new ResizeObserver(() => created.resize())
    resize.observe(element)
    return () => {
      resize.disconnect()
      created.dispose()
      setChart(null)
    }
  }, [scheme])

  useEffect(() => {
    // The card behind the chart shows through, in either scheme.
    chart?.setOption({ backgroundColor: 'transparent', ...option }, { notMerge: true })
  }, [chart, option])

  // The latest handler, without re-registering it on the chart at every render.
  const clickHandler = useRef(onClick)
  useEffect(() => {
    clickHandler.current = onClick
  })
  useEffect(() => {
    if (!chart) return
    const handle = (event: ECElementEvent) => clickHandler.current?.(event)
    chart.on('click', handle)
    return () => {
      chart.off('click', handle)
    }
  }, [chart])

  return <Box ref={container} role="img" aria-label={label} h={height} w="100%" />
}
