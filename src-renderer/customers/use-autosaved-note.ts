import { useCallback, useEffect, useRef, useState } from 'react'
import { ORPCError } from '@orpc/client'
import { messageOf } from '../api/errors'
import { clearNoteDraft, readNoteDraft, writeNoteDraft } from './note-draft-store'

/** A note as the backend has it; `updatedAt` is the version a save is based on. */
export interface SavedNote {
  note: string
  updatedAt: string | null
}

export type NoteSaveStatus =
  | { kind: 'unchanged' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'failed'; message: string }
  /** Someone else saved another text since this one was started: the user picks which to keep. */
  | { kind: 'conflict'; theirs: SavedNote }

interface AutosavedNoteOptions {
  customerId: string
  saved: SavedNote
  save(note: string, baseUpdatedAt: string | null): Promise<SavedNote>
}

/** A refused save carries the version saved since (customer-edits.repo.ts); other refusals do not. */
function savedSince(error: unknown): SavedNote | null {
  if (!(error instanceof ORPCError) || error.code !== 'CONFLICT') return null
  const data: unknown = error.data
  if (typeof data !== 'object' || data === null) return null
  const { note, updatedAt } = data as Record<string, unknown>
  return typeof note === 'string' && typeof updatedAt === 'string' ? { note, updatedAt } : null
}

/** Long enough not to save on every keystroke, short enough that a closed window loses nothing on the backend. */
const SAVE_AFTER_PAUSE_MS = 600

/**
 * A note saved as it is typed: after a pause, on blur and when the page is
 * left. Until the backend confirms a text, it is also kept in local storage,
 * so a reload, a crash or an unreachable backend restores it instead of losing it.
 */
export function useAutosavedNote({ customerId, saved, save }: AutosavedNoteOptions) {
  const [restored] = useState(() => {
    const draft = readNoteDraft(customerId)
    return draft && draft.note !== saved.note ? draft : null
  })
  const [text, setText] = useState(restored?.note ?? saved.note)
  const [status, setStatusState] = useState<NoteSaveStatus>({ kind: restored ? 'pending' : 'unchanged' })

  const textRef = useRef(text)
  const statusRef = useRef(status)
  // The saved version the text on screen was typed over.
  const baseRef = useRef<SavedNote>(restored ? { note: saved.note, updatedAt: restored.baseUpdatedAt } : saved)
  const inFlight = useRef(false)
  const saveAgain = useRef(false)
  const timer = useRef<number | undefined>(undefined)

  const setStatus = useCallback((next: NoteSaveStatus) => {
    statusRef.current = next
    setStatusState(next)
  }, [])

  /** Stores the text typed over the current base version; `typedAt` stays the draft's own when only the base moved. */
  const keepDraft = useCallback(
    (note: string, typedAt = new Date().toISOString()) => {
      if (note === baseRef.current.note) clearNoteDraft(customerId)
      else writeNoteDraft(customerId, { note, baseUpdatedAt: baseRef.current.updatedAt, typedAt })
    },
    [customerId],
  )
  const rebaseDraft = useCallback(() => keepDraft(textRef.current, readNoteDraft(customerId)?.typedAt), [customerId, keepDraft])

  const saveNow = useCallback(async (): Promise<void> => {
    window.clearTimeout(timer.current)
    if (statusRef.current.kind === 'conflict') return
    if (inFlight.current) {
      saveAgain.current = true
      return
    }
    const note = textRef.current
    if (note === baseRef.current.note) {
      clearNoteDraft(customerId)
      if (statusRef.current.kind !== 'unchanged') setStatus({ kind: 'saved' })
      return
    }
    inFlight.current = true
    setStatus({ kind: 'saving' })
    try {
      baseRef.current = await save(note, baseRef.current.updatedAt)
      rebaseDraft()
      if (textRef.current === baseRef.current.note) setStatus({ kind: 'saved' })
      else saveAgain.current = true
    } catch (error) {
      saveAgain.current = false
      const theirs = savedSince(error)
      if (theirs === null) setStatus({ kind: 'failed', message: messageOf(error) })
      else if (theirs.note === baseRef.current.note) {
        // Only the record's version moved (an import, a merge), not its note: nothing to choose between.
        baseRef.current = theirs
        saveAgain.current = true
      } else setStatus({ kind: 'conflict', theirs })
    } finally {
      inFlight.current = false
    }
    if (saveAgain.current) {
      saveAgain.current = false
      await saveNow()
    }
  }, [customerId, rebaseDraft, save, setStatus])

  const change = (next: string) => {
    textRef.current = next
    setText(next)
    keepDraft(next)
    if (statusRef.current.kind !== 'conflict') {
      setStatus({ kind: 'pending' })
      window.clearTimeout(timer.current)
      timer.current = window.setTimeout(() => void saveNow(), SAVE_AFTER_PAUSE_MS)
    }
  }

  const keepMine = () => {
    if (statusRef.current.kind !== 'conflict') return
    baseRef.current = statusRef.current.theirs
    rebaseDraft()
    setStatus({ kind: 'pending' })
    void saveNow()
  }

  const takeTheirs = () => {
    if (statusRef.current.kind !== 'conflict') return
    window.clearTimeout(timer.current)
    baseRef.current = statusRef.current.theirs
    textRef.current = baseRef.current.note
    setText(baseRef.current.note)
    clearNoteDraft(customerId)
    setStatus({ kind: 'saved' })
  }

  // A restored draft is saved straight away (a stale one, already saved, is dropped); leaving the page or closing the window saves what is pending.
  useEffect(() => {
    if (restored) void saveNow()
    else rebaseDraft()
    const onPageHide = () => void saveNow()
    window.addEventListener('pagehide', onPageHide)
    return () => {
      window.removeEventListener('pagehide', onPageHide)
      void saveNow()
    }
  }, [rebaseDraft, restored, saveNow])

  // The note changed elsewhere (a merge, another window) while nothing was being edited here: show the new one.
  useEffect(() => {
    const untouched = textRef.current === baseRef.current.note && !inFlight.current && statusRef.current.kind !== 'conflict'
    if (untouched && saved.updatedAt !== baseRef.current.updatedAt && saved.note !== baseRef.current.note) {
      baseRef.current = saved
      textRef.current = saved.note
      setText(saved.note)
    }
  }, [saved])

  return { text, status, restoredAt: restored?.typedAt ?? null, change, saveNow, keepMine, takeTheirs }
}
