import { useState } from 'react'

/** A filter form's fields as typed, and the schema's messages by field; editing any field clears the messages. */
export function useFilterDraft<D>(initial: () => D) {
  const [draft, setDraft] = useState(initial)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const edit = (changes: Partial<D>) => {
    setDraft((current) => ({ ...current, ...changes }))
    setErrors({})
  }
  return { draft, errors, edit, setErrors }
}

/** The fields that were filled in: an empty field is no filter at all. */
export function filledOnly(candidate: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(candidate).filter(([, value]) => value !== undefined))
}
