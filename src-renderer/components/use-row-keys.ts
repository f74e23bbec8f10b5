import type { Virtualizer } from '@tanstack/react-virtual'
import { useCallback, useLayoutEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react'

interface RowKeysOptions<Row> {
  virtualizer: Virtualizer<HTMLDivElement, Element>
  scroller: RefObject<HTMLDivElement | null>
  count: number
  rowAt(index: number): Row | undefined
  onOpen?(row: Row): void
  /** ArrowUp on the first row: back to whatever sits above the list (its search box). */
  onExitTop?(): void
}

const MOVES: Record<string, (index: number, page: number, count: number) => number> = {
  ArrowDown: (index) => index + 1,
  ArrowUp: (index) => index - 1,
  PageDown: (index, page) => index + page,
  PageUp: (index, page) => index - page,
  Home: () => 0,
  End: (_, __, count) => count - 1,
}

/**
 * Moving through a long list from the keyboard, with one focusable row at a
 * time (a roving tabindex): arrows, Page Up/Down, Home and End move, Enter
 * opens. A row not drawn or not fetched yet gets the focus as soon as it is;
 * meanwhile the scroll area holds it, so the keys keep working.
 */
export function useRowKeys<Row>({ virtualizer, scroller, count, rowAt, onOpen, onExitTop }: RowKeysOptions<Row>) {
  const [active, setActive] = useState(0)
  const pending = useRef<number | null>(null)

  /** Focuses the row wanted, if it is drawn with its data; otherwise the scroll area keeps the keys until it is. */
  const focusPending = useCallback(() => {
    if (pending.current === null) return
    const row = scroller.current?.querySelector<HTMLElement>(`tr[data-index="${pending.current}"][data-loaded]`)
    if (row) {
      row.focus({ preventScroll: true })
      pending.current = null
    } else if (!scroller.current?.contains(document.activeElement)) {
      scroller.current?.focus({ preventScroll: true })
    }
  }, [scroller])

  const focus = useCallback(
    (index: number) => {
      if (count === 0) return
      const target = Math.min(Math.max(index, 0), count - 1)
      setActive(target)
      pending.current = target
      virtualizer.scrollToIndex(target, { align: 'auto' })
      // A row already in view draws nothing new, so no render would come to focus it.
      focusPending()
    },
    [count, virtualizer, focusPending],
  )

  useLayoutEffect(focusPending)

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (!(event.target instanceof HTMLElement)) return
    const row = event.target.closest<HTMLElement>('tr[data-index]')
    const onRow = row !== null && event.target === row
    const onScroller = event.target === scroller.current
    // Keys typed in a link inside a row (Enter follows it) stay the link's; arrows move through rows from anywhere in the list.
    if (!onRow && !onScroller && !(row && event.key.startsWith('Arrow'))) return
    const index = row ? Number(row.dataset.index) : active
    if (event.key === 'Enter') {
      const found = rowAt(index)
      if (found && onOpen) onOpen(found)
    } else if (event.key === 'ArrowUp' && index === 0 && onExitTop) {
      onExitTop()
    } else {
      const move = MOVES[event.key]
      if (!move) return
      const rowHeight = virtualizer.options.estimateSize(0)
      const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? rowHeight) / rowHeight) - 2)
      focus(move(index, page, count))
    }
    event.preventDefault()
  }

  /** A new list starts at its first row; if the rows had the focus, the new first row takes it. */
  const reset = useCallback(() => {
    setActive(0)
    pending.current = scroller.current?.contains(document.activeElement) ? 0 : null
  }, [scroller])

  /** A focused row is being replaced (its list reloaded): the row drawn at its place takes the focus. */
  const focusLost = useCallback((index: number) => {
    pending.current = index
  }, [])

  return { active, setActive, focus, onKeyDown, reset, focusLost }
}
