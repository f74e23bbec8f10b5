import { useCallback, useMemo } from 'react'
import { useSearchParams } from 'react-router'
import { addDays, type DateRange } from '../../src-main/dashboard/metrics.rules'
import { SOURCES, type Source } from '../../src-main/orders/orders.table'

export const PERIOD_PRESETS = ['30d', '90d', '365d', 'ytd', 'custom'] as const
export type PeriodPreset = (typeof PERIOD_PRESETS)[number]

/** The backend's default period when none is asked for, and so the dashboard's first view. */
const DEFAULT_PRESET = '365d'

const PRESET_DAYS = { '30d': 30, '90d': 90, '365d': 365 } as const

/** What the dashboard shows: a period of shop-local days (none: the backend's default), a source and a currency. */
export interface DashboardView {
  preset: PeriodPreset
  from?: string
  to?: string
  source?: Source
  currency?: string
}

/** A preset's days, ending on the shop's today (the backend's clock, which the figures are computed at). */
export function presetRange(preset: Exclude<PeriodPreset, 'custom'>, today: string): DateRange {
  if (preset === 'ytd') return { from: `${today.slice(0, 4)}-01-01`, to: today }
  return { from: addDays(today, -(PRESET_DAYS[preset] - 1)), to: today }
}

function isOneOf<T extends string>(allowed: readonly T[], value: string | null): value is T {
  return value !== null && allowed.includes(value as T)
}

const DATE = /^\d{4}-\d{2}-\d{2}$/
const CURRENCY = /^[A-Z]{3}$/

/**
 * The view lives in the address, so back and forward step through the
 * periods and filters looked at, and a drill-down's back returns to its view.
 * A preset is stored with its dates: the figures stay those of the day it was
 * chosen, whatever day the address is opened again.
 */
export function useDashboardView() {
  const [searchParams, setSearchParams] = useSearchParams()

  const view = useMemo<DashboardView>(() => {
    const from = searchParams.get('from')
    const to = searchParams.get('to')
    const hasDates = from !== null && to !== null && DATE.test(from) && DATE.test(to)
    const preset = searchParams.get('period')
    const source = searchParams.get('source')
    const currency = searchParams.get('currency')
    return {
      preset: hasDates ? (isOneOf(PERIOD_PRESETS, preset) ? preset : 'custom') : DEFAULT_PRESET,
      ...(hasDates ? { from, to } : {}),
      ...(isOneOf(SOURCES, source) ? { source } : {}),
      ...(currency !== null && CURRENCY.test(currency) ? { currency } : {}),
    }
  }, [searchParams])

  const change = useCallback(
    (changes: Record<string, string | undefined>) => {
      setSearchParams((current) => {
        const next = new URLSearchParams(current)
        for (const [key, value] of Object.entries(changes)) {
          if (value === undefined) next.delete(key)
          else next.set(key, value)
        }
        return next
      })
    },
    [setSearchParams],
  )

  const setPeriod = useCallback((preset: PeriodPreset, range: DateRange) => change({ period: preset, ...range }), [change])
  const setSource = useCallback((source: Source | undefined) => change({ source }), [change])
  const setCurrency = useCallback((currency: string | undefined) => change({ currency }), [change])

  return { view, setPeriod, setSource, setCurrency }
}
