import { useCallback, useMemo } from 'react'
import { useSearchParams } from 'react-router'

export type SortDirection = 'asc' | 'desc'

export interface TableParams<S extends string> {
  page: number
  pageSize: number
  sort: S
  direction: SortDirection
  search: string
}

export const PAGE_SIZES = [25, 50, 100] as const
const DEFAULT_PAGE_SIZE = 50

interface TableParamsConfig<S extends string> {
  sorts: readonly S[]
  defaultSort: S
  defaultDirection: SortDirection
}

function isOneOf<T extends string | number>(allowed: readonly T[], value: unknown): value is T {
  return allowed.includes(value as T)
}

/**
 * Paging, sorting and search live in the address, so going back from an
 * order or a customer returns to the same page of the same list.
 */
export function useTableParams<S extends string>(config: TableParamsConfig<S>) {
  const [searchParams, setSearchParams] = useSearchParams()
  const { sorts, defaultSort, defaultDirection } = config

  const params = useMemo<TableParams<S>>(() => {
    const page = Number(searchParams.get('page'))
    const pageSize = Number(searchParams.get('size'))
    const sort = searchParams.get('sort')
    const direction = searchParams.get('dir')
    return {
      page: Number.isInteger(page) && page > 1 ? page - 1 : 0,
      pageSize: isOneOf(PAGE_SIZES, pageSize) ? pageSize : DEFAULT_PAGE_SIZE,
      sort: isOneOf(sorts, sort) ? sort : defaultSort,
      direction: direction === 'asc' || direction === 'desc' ? direction : defaultDirection,
      search: searchParams.get('q') ?? '',
    }
  }, [searchParams, sorts, defaultSort, defaultDirection])

  // Anything but a page change starts again from the first page: page 7 of another ordering means nothing.
  const update = useCallback(
    (changes: Partial<TableParams<S>>) => {
      setSearchParams(
        (current) => {
          const next = new URLSearchParams(current)
          const write = (key: string, value: string, fallback: string) => (value === fallback ? next.delete(key) : next.set(key, value))
          if (changes.pageSize !== undefined) write('size', String(changes.pageSize), String(DEFAULT_PAGE_SIZE))
          if (changes.sort !== undefined) write('sort', changes.sort, defaultSort)
          if (changes.direction !== undefined) write('dir', changes.direction, defaultDirection)
          if (changes.search !== undefined) write('q', changes.search, '')
          write('page', String((changes.page ?? 0) + 1), '1')
          return next
        },
        { replace: true },
      )
    },
    [setSearchParams, defaultSort, defaultDirection],
  )

  const setSort = useCallback(
    (column: string, direction: SortDirection) => {
      if (isOneOf(sorts, column)) update({ sort: column, direction })
    },
    [sorts, update],
  )

  return { params, update, setSort }
}

export type TableParamsControl<S extends string> = ReturnType<typeof useTableParams<S>>
