import { useCallback, useMemo } from 'react'
import { useLocation } from 'react-router'

const PREFIX = 'aftersale.scroll:'

/**
 * Where a list was scrolled to, per address, for this session: coming back
 * to the same list (back, or the detail page's link back) finds the same rows.
 */
export function useScrollMemory(): { saved: number; remember(offset: number): void } {
  const { pathname, search } = useLocation()
  const key = `${PREFIX}${pathname}${search}`
  const saved = useMemo(() => Number(sessionStorage.getItem(key)) || 0, [key])
  // Written on every scroll step: it is a few bytes, and the list may be left at any moment.
  const remember = useCallback((offset: number) => sessionStorage.setItem(key, String(Math.round(offset))), [key])
  return { saved, remember }
}
