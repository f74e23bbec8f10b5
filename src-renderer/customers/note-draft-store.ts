/**
 * A note typed but not yet confirmed by the backend, kept in the browser's
 * storage per customer: closing the window, a crash or an unreachable backend
 * must not lose what the shop owner wrote.
 */
export interface NoteDraft {
  note: string
  /** The saved version the draft was typed over, so a save can tell when someone else changed it since. */
  baseUpdatedAt: string | null
  typedAt: string
}

const keyOf = (customerId: string) => `aftersale.note-draft.${customerId}`

function isNoteDraft(value: unknown): value is NoteDraft {
  if (typeof value !== 'object' || value === null) return false
  const draft = value as Record<string, unknown>
  return typeof draft.note === 'string' && typeof draft.typedAt === 'string' && (draft.baseUpdatedAt === null || typeof draft.baseUpdatedAt === 'string')
}

export function readNoteDraft(customerId: string): NoteDraft | null {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(keyOf(customerId)) ?? 'null')
    return isNoteDraft(parsed) ? parsed : null
  } catch {
    return null
  }
}

export function writeNoteDraft(customerId: string, draft: NoteDraft): void {
  try {
    localStorage.setItem(keyOf(customerId), JSON.stringify(draft))
  } catch {
    // Storage full or disabled: the save to the backend is still under way, only the safety net is missing.
  }
}

export function clearNoteDraft(customerId: string): void {
  try {
    localStorage.removeItem(keyOf(customerId))
  } catch {
    // Nothing to clear when storage is unavailable.
  }
}
