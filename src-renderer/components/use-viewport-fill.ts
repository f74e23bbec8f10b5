import { useLayoutEffect, useState, type RefObject } from 'react'

/** The least a list is given on a short window: a few rows, the page scrolls for the rest. */
const MIN_HEIGHT = 320

/**
 * The height from an element's top to the bottom of the window, less `gap`:
 * a list screen's rows fill the window and scroll inside it, whatever sits
 * above them (filter chips come and go). Null until measured.
 */
export function useViewportFill(element: RefObject<HTMLElement | null>, gap: number, enabled: boolean): number | null {
  const [height, setHeight] = useState<number | null>(null)
  useLayoutEffect(() => {
    const target = element.current
    if (!enabled || !target) return
    const measure = () => {
      const top = target.getBoundingClientRect().top + window.scrollY
      setHeight(Math.max(MIN_HEIGHT, Math.floor(window.innerHeight - top - gap)))
    }
    measure()
    // Whatever above the list changes height (chips, a notice) moves the list: measure again.
    const observer = new ResizeObserver(measure)
    observer.observe(document.body)
    window.addEventListener('resize', measure)
    return () => {
      observer.disconnect()
      window.removeEventListener('resize', measure)
    }
  }, [element, gap, enabled])
  return height
}
