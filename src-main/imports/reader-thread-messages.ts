import type { MessagePort } from 'node:worker_threads'
import { AppError, type AppErrorCode } from '../backend/errors'
import type { TextEncodingName } from './decode-text'
import type { FormatId } from './formats/format'
import type { GenericMapping } from './formats/generic-mapping'
import type { EncodedRecord } from './record-codec'

/** What the reader thread is started with: the read options, as plain data. */
export interface ReaderThreadData {
  fileName: string
  format?: FormatId
  encoding?: TextEncodingName
  timeZone: string
  currency?: string
  mapping?: GenericMapping
  companionFileName: string | null
  /** Where the records go (see RecordsMessage). */
  records: MessagePort
}

export type StreamName = 'file' | 'companion'

/** On the worker's own channel: the thread asks for the files' bytes, and says when records are waiting. */
export type FromReader = { kind: 'pull'; stream: StreamName } | { kind: 'records-waiting' }

/**
 * On a channel of their own, which the writer reads only when it wants the
 * next batch: waiting batches stay serialised outside the writer's heap
 * instead of ageing there, and the end or the error comes after the last one.
 */
export type RecordsMessage = { kind: 'records'; records: EncodedRecord[] } | { kind: 'end' } | { kind: 'error'; error: ThreadError }

export type ToReader =
  | { kind: 'chunk'; stream: StreamName; bytes: Uint8Array }
  | { kind: 'end-of-stream'; stream: StreamName }
  /** The writer took a batch of records: the thread may read on. */
  | { kind: 'taken' }

/** An error as it crosses the thread boundary: an AppError keeps its code and details (an import rejection its problems). */
export interface ThreadError {
  code: AppErrorCode | null
  message: string
  details: Record<string, unknown> | null
  stack: string | null
}

export function toThreadError(error: unknown): ThreadError {
  if (error instanceof AppError) return { code: error.code, message: error.message, details: error.details ?? null, stack: error.stack ?? null }
  if (error instanceof Error) return { code: null, message: error.message, details: null, stack: error.stack ?? null }
  return { code: null, message: String(error), details: null, stack: null }
}

export function fromThreadError(error: ThreadError): Error {
  const rebuilt = error.code === null ? new Error(error.message) : new AppError(error.code, error.message, error.details ?? undefined)
  if (error.stack !== null) rebuilt.stack = error.stack
  return rebuilt
}
