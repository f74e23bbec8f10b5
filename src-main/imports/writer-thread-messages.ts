import type { ThreadError } from '../backend/thread-errors'
import type { ImportStep, ImportInput } from './import-transaction'
import type { ShopFile } from './import-connection'
import type { ReaderPorts } from './reader-thread-messages'

/** What the writer thread is started with: the import, as plain data (its records come later, see ToWriter). */
export interface WriterThreadData {
  shop: ShopFile
  now: string
  timeZone: string
  input: Omit<ImportInput, 'records' | 'signal'>
}

export type FromWriter =
  /** The writer wants the file's records: the reader starts only now (a file already imported is never read). */
  | { kind: 'want-records' }
  | { kind: 'step'; step: ImportStep }
  /** The import failed and its transaction is rolled back; the last message. */
  | { kind: 'error'; error: ThreadError }
  /** After the outcome: the connection is closed (the log folded in); the last message. */
  | { kind: 'closed' }

export type ToWriter =
  | { kind: 'records'; ports: ReaderPorts }
  | { kind: 'cancel' }
  /** The reader thread failed: the import ends with this error. */
  | { kind: 'fail'; error: ThreadError }
