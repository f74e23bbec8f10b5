import { useDebouncedValue } from '@mantine/hooks'
import { useQueries, useQuery, useQueryClient, type QueryKey, type UseQueryOptions } from '@tanstack/react-query'
import { useMemo, useRef } from 'react'

/** One page of a list procedure (src-main/backend/paging.ts). */
export interface PageOf<Row> {
  rows: Row[]
  total: number
  page: number
  pageSize: number
}

export type WindowQuery<Row> = (page: number, pageSize: number) => UseQueryOptions<PageOf<Row>, Error, PageOf<Row>, QueryKey>

/** Rows fetched per request: a few screens' worth, so a steady scroll asks rarely. */
export const WINDOW_SIZE = 100

/** Dragging the scrollbar through 100,000 rows asks only for where the user stops, not for every window passed on the way. */
const SETTLE_MS = 90

export interface RowWindows<Row> {
  /** The windows at hand around the rows in view, in list order; identical objects until one changes. */
  windows: ReadonlyArray<PageOf<Row>>
  /** Rows in the list; undefined until the first window arrives. */
  total: number | undefined
  isFetching: boolean
  /** The rows shown are the previous search's or sort's while the new ones load. */
  isStale: boolean
  error: Error | null
  retry(): void
}

function pagesBetween(first: number, last: number): number[] {
  const from = Math.floor(first / WINDOW_SIZE)
  const to = Math.floor(last / WINDOW_SIZE)
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i)
}

/** The same array as last time while its items are the same objects, so what is derived from it is not rebuilt on every scroll frame. */
function useSameItems<T>(items: T[]): T[] {
  const last = useRef(items)
  if (last.current.length !== items.length || last.current.some((item, i) => item !== items[i])) last.current = items
  return last.current
}

/**
 * A long list read through its list procedure one window at a time: the
 * first window always (it carries the count), and the windows around the
 * rows in view once scrolling pauses. Windows are cached by react-query, so
 * scrolling back shows them at once.
 */
export function useRowWindows<Row>(windowQuery: WindowQuery<Row>, visible: { first: number; last: number }): RowWindows<Row> {
  const queryClient = useQueryClient()
  // While a new search or sort loads, its first window keeps showing the previous one's, dimmed.
  const head = useQuery({ ...windowQuery(0, WINDOW_SIZE), placeholderData: (previous) => (previous?.page === 0 ? previous : undefined) })

  const [settled] = useDebouncedValue(visible, SETTLE_MS)
  const fetched = useMemo(() => pagesBetween(settled.first, settled.last).filter((page) => page > 0), [settled.first, settled.last])
  const results = useQueries({ queries: fetched.map((page) => windowQuery(page, WINDOW_SIZE)) })

  const found = new Map<number, PageOf<Row>>()
  if (head.data) found.set(0, head.data)
  results.forEach((result, i) => {
    const page = fetched[i]
    if (result.data && page !== undefined) found.set(page, result.data)
  })
  // A window scrolled onto before the scroll settled may be cached from an earlier visit.
  if (!head.isPlaceholderData) {
    for (const page of pagesBetween(visible.first, visible.last)) {
      const cached = found.has(page) ? undefined : queryClient.getQueryData<PageOf<Row>>(windowQuery(page, WINDOW_SIZE).queryKey)
      if (cached) found.set(page, cached)
    }
  }
  const windows = useSameItems([...found.keys()].sort((a, b) => a - b).map((page) => found.get(page) as PageOf<Row>))

  const failed = [head, ...results].find((result) => result.error)
  return {
    windows,
    total: head.data?.total,
    isFetching: head.isFetching || results.some((result) => result.isFetching),
    isStale: head.isPlaceholderData,
    error: failed?.error ?? null,
    retry: () => void failed?.refetch(),
  }
}
