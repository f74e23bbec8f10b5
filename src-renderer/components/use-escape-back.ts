import { useEffect } from 'react'
import { useLocation, useNavigate } from 'react-router'
import { isTypingIn } from './keyboard-targets'

/** Mantine keeps closed selects' listboxes mounted (hidden): only one on screen is open. */
function overlayIsOpen(): boolean {
  return [...document.querySelectorAll('[role="dialog"], [role="menu"], [role="listbox"]')].some((element) => element.checkVisibility())
}

/**
 * Esc on a detail page goes back to where it was opened from (the list, at
 * the same rows), or to `fallback` when it was opened directly. Esc that
 * closes a dialog or menu, or clears a field, stays theirs.
 */
export function useEscapeBack(fallback: string): void {
  const navigate = useNavigate()
  const { state } = useLocation()
  const cameFromInApp = typeof state === 'object' && state !== null && 'from' in state
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return
      if (isTypingIn(event.target) || overlayIsOpen()) return
      event.preventDefault()
      if (cameFromInApp) void navigate(-1)
      else void navigate(fallback)
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [navigate, fallback, cameFromInApp])
}
