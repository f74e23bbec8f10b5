import { receiveMessageOnPort } from 'node:worker_threads'
import type { ImportRecord } from './import-record'
import { decodeRecord } from './record-codec'
import { fromThreadError } from '../backend/thread-errors'
import type { ConsumerSignal, ReaderPorts, RecordsMessage } from './reader-thread-messages'

/** Wakes the records stream when the reader says records are waiting, or ends it with a failure. */
class Wakeup {
  private pending = false
  private failure: unknown = null
  private wake: (() => void) | null = null

  notify(): void {
    this.pending = true
    this.release()
  }

  fail(error: unknown): void {
    this.failure ??= error
    this.release()
  }

  async wait(): Promise<void> {
    while (!this.pending) {
      if (this.failure !== null) throw this.failure
      await new Promise<void>((resolve) => (this.wake = resolve))
    }
    this.pending = false
  }

  private release(): void {
    const wake = this.wake
    this.wake = null
    wake?.()
  }
}

/**
 * The reader thread's records (see read-in-thread.ts), in order, once, on
 * whichever thread holds its ports: until the end, the reader's error, or
 * `stop` (its reason is thrown: a cancel, or the reader thread dying).
 * Closes the ports when done; the thread that started the reader ends it.
 */
export async function* recordsFromReader(ports: ReaderPorts, stop: AbortSignal): AsyncGenerator<ImportRecord> {
  const wakeup = new Wakeup()
  const onStop = () => wakeup.fail(stop.reason)
  ports.signals.on('message', () => wakeup.notify())
  stop.addEventListener('abort', onStop)
  if (stop.aborted) onStop()
  try {
    for (;;) {
      const received = receiveMessageOnPort(ports.records)
      if (received === undefined) {
        await wakeup.wait()
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
