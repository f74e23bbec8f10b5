import { useCallback, useMemo } from 'react'
import { useSearchParams } from 'react-router'
import type { ZodType } from 'zod'
import type { Drilldown } from '../../src-main/dashboard/drilldown.rules'
import { drilldownFieldsIn, withoutDrilldown } from './drilldown-search'

export interface ListDrilldown<T extends Drilldown> {
  /** The figure's rows to list, when the address names a drill-down this list can show. */
  drilldown: T | undefined
  /** The address names a drill-down that can't be read (edited by hand, or from another version): the list shows everything. */
  unreadable: boolean
  remove(): void
}

/** The drill-down in a list screen's address, checked with the list procedure's own schema. */
export function useListDrilldown<T extends Drilldown>(schema: ZodType<T>): ListDrilldown<T> {
  const [searchParams, setSearchParams] = useSearchParams()
  const parsed = useMemo(() => {
    const fields = drilldownFieldsIn(searchParams)
    if (fields === null) return { drilldown: undefined, unreadable: false }
    const result = schema.safeParse(fields)
    return result.success ? { drilldown: result.data, unreadable: false } : { drilldown: undefined, unreadable: true }
  }, [searchParams, schema])
  // A new history entry, so back brings the drill-down back.
  const remove = useCallback(() => setSearchParams((current) => withoutDrilldown(current)), [setSearchParams])
  return { ...parsed, remove }
}
