import { DRILLDOWN_FIELDS, isOrderDrilldown, type Drilldown } from '../../src-main/dashboard/drilldown.rules'

/**
 * A drill-down travels in the list screen's address as plain search
 * parameters (`?drill=cohort&month=2026-03&offset=2`), beside the list's own
 * paging, sorting and search, so back and forward return to it.
 */

type FieldOf<T> = T extends unknown ? keyof T : never

const KIND_PARAM = 'drill'
const NUMBER_FIELDS: ReadonlySet<string> = new Set(['offset', 'days'] satisfies Array<FieldOf<Drilldown>>)

function paramOf(field: string): string {
  return field === 'kind' ? KIND_PARAM : field
}

/** Where a figure's click-through goes: the orders or customers list, showing just its rows. */
export function drilldownPath(drilldown: Drilldown): string {
  const params = new URLSearchParams()
  for (const [field, value] of Object.entries(drilldown)) {
    if (value !== undefined) params.set(paramOf(field), String(value))
  }
  return `${isOrderDrilldown(drilldown) ? '/orders' : '/customers'}?${params.toString()}`
}

/** The drill-down fields in an address, as written (numbers as numbers), for the list's schema to check; null when there is none. */
export function drilldownFieldsIn(params: URLSearchParams): Record<string, unknown> | null {
  if (!params.has(KIND_PARAM)) return null
  const fields: Record<string, unknown> = {}
  for (const field of DRILLDOWN_FIELDS) {
    const value = params.get(paramOf(field))
    if (value !== null) fields[field] = NUMBER_FIELDS.has(field) ? Number(value) : value
  }
  return fields
}

/** The same address without its drill-down, starting again from the first page. */
export function withoutDrilldown(params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(params)
  for (const field of DRILLDOWN_FIELDS) next.delete(paramOf(field))
  next.delete('page')
  return next
}
