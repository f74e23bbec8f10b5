import type { MessagePort } from 'node:worker_threads'
import type { ThreadError } from '../backend/thread-errors'
import type { TextEncodingName } from './decode-text'
import type { FormatId } from './formats/format'
import type { GenericMapping } from './formats/generic-mapping'
import type { EncodedRecord } from './record-codec'

/**
 * The two ends a consumer of the reader's records holds (see
 * reader-records.ts). The consumer may be on any thread: the ports are moved
 * to it, so records go from the reader straight to the writer.
 */
export interface ReaderPorts {
  /** RecordsMessage, from the reader; read only when the consumer wants the next batch. */
  records: MessagePort
  /** ReaderSignal from the reader, ConsumerSignal to it. */
  signals: MessagePort
}

/** What the reader thread is started with: the read options, as plain data, and its ends of the consumer's ports. */
export interface ReaderThreadData {
  fileName: string
  format?: FormatId
  encoding?: TextEncodingName
  timeZone: string
  currency?: string
  mapping?: GenericMapping
  companionFileName: string | null
  ports: ReaderPorts
}

export type StreamName = 'file' | 'companion'

/**
 * On the worker's own channel, to the thread that serves the files' bytes.
 * `finished`: the last record (or the error) is on its way, and the thread
 * may be ended; what it sent stays in the ports for the consumer.
 */
export type FromReader = { kind: 'pull'; stream: StreamName } | { kind: 'finished' }

export type ToReader =
  | { kind: 'chunk'; stream: StreamName; bytes: Uint8Array }
  | { kind: 'end-of-stream'; stream: StreamName }
  /** The file could not be read: the reader ends its records with this error. */
  | { kind: 'stream-error'; stream: StreamName; error: ThreadError }

/**
 * Waiting batches stay serialised in the channel, outside the consumer's heap,
 * instead of ageing there; the end or the error comes after the last one.
 */
export type RecordsMessage = { kind: 'records'; records: EncodedRecord[] } | { kind: 'end' } | { kind: 'error'; error: ThreadError }

/** The reader says records are waiting. */
export type ReaderSignal = { kind: 'records-waiting' }

/** The consumer took a batch of records: the reader may read on. */
export type ConsumerSignal = { kind: 'taken' }
