import { useCallback, useMemo } from 'react'
import { useSearchParams } from 'react-router'
import type { FilterAddress } from './filter-address'

export type SortDirection = 'asc' | 'desc'

export interface TableParams<S extends string, F extends object = Record<never, never>> {
  sort: S
  direction: SortDirection
  search: string
  /** {} when none is set. */
  filters: F
}

export interface TableParamsConfig<S extends string, F extends object> {
  sorts: readonly S[]
  defaultSort: S
  defaultDirection: SortDirection
  /** Where the table's filters sit in the address; a table without filters leaves it out. */
  filters?: FilterAddress<F>
}

function isOneOf<T extends string>(allowed: readonly T[], value: unknown): value is T {
  return allowed.includes(value as T)
}

/** `current` with these params written in: defaults are left out, so a plain list has a plain address. */
export function writeTableParams<S extends string, F extends object>(
  current: URLSearchParams,
  changes: Partial<TableParams<S, F>>,
  config: TableParamsConfig<S, F>,
): URLSearchParams {
  let next = new URLSearchParams(current)
  const write = (key: string, value: string, fallback: string) => (value === fallback ? next.delete(key) : next.set(key, value))
  if (changes.sort !== undefined) write('sort', changes.sort, config.defaultSort)
  if (changes.direction !== undefined) write('dir', changes.direction, config.defaultDirection)
  if (changes.search !== undefined) write('q', changes.search, '')
  if (changes.filters !== undefined && config.filters) next = config.filters.write(next, changes.filters)
  return next
}

/**
 * Sorting, search and filters live in the address, so going back from an
 * order or a customer returns to the same list, and a saved view or a
 * segment is just an address to open.
 */
export function useTableParams<S extends string, F extends object = Record<never, never>>(config: TableParamsConfig<S, F>) {
  const [searchParams, setSearchParams] = useSearchParams()
  const { sorts, defaultSort, defaultDirection, filters: address } = config

  const { params, filtersUnreadable } = useMemo(() => {
    const sort = searchParams.get('sort')
    const direction = searchParams.get('dir')
    const read = address ? address.read(searchParams) : { filters: {} as F, unreadable: false }
    const params: TableParams<S, F> = {
      sort: isOneOf(sorts, sort) ? sort : defaultSort,
      direction: direction === 'asc' || direction === 'desc' ? direction : defaultDirection,
      search: searchParams.get('q') ?? '',
      filters: read.filters,
    }
    return { params, filtersUnreadable: read.unreadable }
  }, [searchParams, sorts, defaultSort, defaultDirection, address])

  /** The address for these params: what `update` writes, and what a saved view opens. */
  const addressOf = useCallback(
    (current: URLSearchParams, changes: Partial<TableParams<S, F>>) => writeTableParams(current, changes, { sorts, defaultSort, defaultDirection, filters: address }),
    [sorts, address, defaultSort, defaultDirection],
  )

  // Typing and sorting replace the entry: back leaves the list instead of replaying every keystroke.
  const update = useCallback(
    (changes: Partial<TableParams<S, F>>) => setSearchParams((current) => addressOf(current, changes), { replace: true }),
    [setSearchParams, addressOf],
  )

  const setSort = useCallback(
    (column: string, direction: SortDirection) => {
      if (isOneOf(sorts, column)) update({ sort: column, direction })
    },
    [sorts, update],
  )

  return { params, filtersUnreadable, update, setSort, addressOf }
}

export type TableParamsControl<S extends string, F extends object = Record<never, never>> = ReturnType<typeof useTableParams<S, F>>
