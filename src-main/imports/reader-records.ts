import { receiveMessageOnPort } from 'node:worker_threads'
import { AsyncQueue } from '../backend/async-queue'
import type { ImportRecord } from './import-record'
import { decodeRecord } from './record-codec'
import { fromThreadError } from '../backend/thread-errors'
import type { ConsumerSignal, ReaderPorts, ReaderSignal, RecordsMessage } from './reader-thread-messages'

/**
 * The reader thread's records (see read-in-thread.ts), in order, once, on
 * whichever thread holds its ports: until the end, the reader's error, or
 * `stop` (its reason is thrown: a cancel, or the reader thread dying).
 * Closes the ports when done; the thread that started the reader ends it.
 */
export async function* recordsFromReader(ports: ReaderPorts, stop: AbortSignal): AsyncGenerator<ImportRecord> {
  // A signal may find its records already taken: the next look at the port then finds none, and waits again.
  const signals = new AsyncQueue<ReaderSignal>()
  const onStop = () => signals.fail(stop.reason)
  ports.signals.on('message', (signal: ReaderSignal) => signals.push(signal))
  stop.addEventListener('abort', onStop)
  if (stop.aborted) onStop()
  try {
    for (;;) {
      const received = receiveMessageOnPort(ports.records)
      if (received === undefined) {
        await signals.next()
        continue
      }
      const message: RecordsMessage = received.message
      if (message.kind === 'records') {
        for (const record of message.records) yield decodeRecord(record)
        ports.signals.postMessage({ kind: 'taken' } satisfies ConsumerSignal)
        // The writer works synchronously: a turn of the event loop lets a cancel or the reader's failure through.
        await new Promise<void>((resolve) => setImmediate(resolve))
      } else if (message.kind === 'end') return
      else throw fromThreadError(message.error)
    }
  } finally {
    stop.removeEventListener('abort', onStop)
    ports.records.close()
    ports.signals.close()
  }
}
