import type { Worker } from 'node:worker_threads'
import { AsyncQueue } from '../backend/async-queue'
import type { Context } from '../backend/context'
import { throwIfCancelled } from '../backend/progress'
import { startThread } from '../backend/start-thread'
import { fromThreadError, toThreadError } from '../backend/thread-errors'
import { holdAppConnection } from './import-connection'
import type { ImportInput, ImportStep } from './import-transaction'
import { ReaderThread, type ThreadReadOptions } from './read-in-thread'
import type { FromWriter, ToWriter, WriterThreadData } from './writer-thread-messages'

/**
 * V8 gives a thread's young generation up to 32 MB; the writer's records die
 * young in far less, and half that took a million-row import's peak memory
 * from 287 to 255 MB for the same time. Not a limit on the heap itself.
 */
const WRITER_LIMITS = { maxYoungGenerationSizeMb: 16 }

/** The import as import-transaction.ts runs it, less its records, which the reader thread makes. */
export type ThreadImportInput = Omit<ImportInput, 'records'>

/** The file the reader thread reads, and how (in the shop's time zone, which the writer's messages use too). */
export interface ThreadRead {
  open: () => AsyncIterable<Uint8Array>
  options: ThreadReadOptions
}

function isLast(message: FromWriter): boolean {
  return message.kind === 'error' || message.kind === 'closed'
}

async function lastMessageOf(inbox: AsyncQueue<FromWriter>): Promise<void> {
  while (!isLast(await inbox.next()));
}

/**
 * A big import on two threads of its own: the reader parses the file
 * (read-in-thread.ts) while the writer writes what came before
 * (writer-thread.ts), records passing straight from one to the other. This
 * thread only serves the file's bytes, holds the app's connection, and
 * relays the steps, the same as importInTransaction's, so it stays free to
 * answer (the desktop window's IPC included, and the import's own progress
 * while SQLite works: see withHeartbeat) while the import runs.
 */
export async function* importInThreads(context: Context, input: ThreadImportInput, read: ThreadRead): AsyncGenerator<ImportStep> {
  throwIfCancelled(input.signal, 'The import')
  const release = await holdAppConnection(context.db)
  const { signal, ...plain } = input
  const shop = { dbPath: context.dbPath, databaseId: context.databaseId }
  const data: WriterThreadData = { shop, now: context.clock.now().toISOString(), timeZone: read.options.timeZone, input: plain }
  const inbox = new AsyncQueue<FromWriter>()
  let writer: Worker | null = null
  let reader: ReaderThread | null = null
  let ended = false
  let outcomeSent = false
  const post = (message: ToWriter) => writer?.postMessage(message, message.kind === 'records' ? [message.ports.records, message.ports.signals] : [])
  const cancel = () => post({ kind: 'cancel' })
  try {
    writer = startThread(__dirname, 'writer-thread', { workerData: data, resourceLimits: WRITER_LIMITS })
    writer.on('message', (message: FromWriter) => inbox.push(message))
    writer.on('error', (error) => inbox.fail(error))
    writer.on('exit', (code) => inbox.fail(new Error(`The import's writer stopped unexpectedly (exit code ${code}).`)))
    signal?.addEventListener('abort', cancel)
    for (;;) {
      const message = await inbox.next()
      ended = isLast(message)
      switch (message.kind) {
        case 'want-records':
          reader = ReaderThread.start(read.open, read.options, (error) => post({ kind: 'fail', error: toThreadError(error) }))
          post({ kind: 'records', ports: reader.ports })
          break
        case 'step':
          if (message.step.kind === 'done') outcomeSent = true
          yield message.step
          break
        case 'error':
          throw fromThreadError(message.error)
        case 'closed':
          return
      }
    }
  } finally {
    signal?.removeEventListener('abort', cancel)
    try {
      // After the outcome the writer is only closing its connection; before it, the caller stopped listening (or this
      // thread failed), and the writer rolls back. Either way the shop is let go only once the writer is done with it.
      if (!ended) {
        if (!outcomeSent) cancel()
        await lastMessageOf(inbox)
      }
    } catch {
      // The writer died: its connection went with it, and with it the transaction.
    } finally {
      await writer?.terminate()
      await reader?.stop()
      await release()
    }
  }
}
