import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads'
import { startThread } from '../backend/start-thread'
import type { ImportRecord } from './import-record'
import type { ReadOptions } from './read-export'
import { decodeRecord } from './record-codec'
import { fromThreadError, type FromReader, type ReaderThreadData, type RecordsMessage, type StreamName, type ToReader } from './reader-thread-messages'

/** Bytes per chunk sent to the thread: few messages, little memory held. */
const CHUNK_BYTES = 256 * 1024

/**
 * The reader keeps about 20 MB alive, but left to itself V8 lets a worker's
 * heap grow to five times that before collecting; a limit makes it collect
 * early (for a few percent more time in the collector).
 */
const READER_LIMITS = { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 16 }

function startReaderThread(data: ReaderThreadData): Worker {
  return startThread(__dirname, 'reader-thread', { workerData: data, transferList: [data.records], resourceLimits: READER_LIMITS })
}

/** A byte stream read on the main thread and sent on in chunks of about CHUNK_BYTES, each moved (not copied) to the thread. */
class ServedBytes {
  // Opened on the first request, as the reader in place would: a stream opened early may fail before anyone listens.
  private iterator: AsyncIterator<Uint8Array> | null = null
  private serving: Promise<void> = Promise.resolve()

  constructor(
    private readonly stream: StreamName,
    private readonly open: () => AsyncIterable<Uint8Array>,
    private readonly post: (message: ToReader, transfer?: ArrayBuffer[]) => void,
    private readonly fail: (error: Error) => void,
  ) {}

  /** Requests are served in order, one after the other; a file that cannot be read ends the records with its error. */
  serve(): void {
    this.serving = this.serving.then(() => this.sendNext()).catch((error: unknown) => this.fail(error instanceof Error ? error : new Error(String(error))))
  }

  async close(): Promise<void> {
    await this.serving
    await this.iterator?.return?.()
  }

  private async sendNext(): Promise<void> {
    this.iterator ??= this.open()[Symbol.asyncIterator]()
    const parts: Uint8Array[] = []
    let length = 0
    while (length < CHUNK_BYTES) {
      const next = await this.iterator.next()
      if (next.done === true) break
      parts.push(next.value)
      length += next.value.byteLength
    }
    if (parts.length === 0) {
      this.post({ kind: 'end-of-stream', stream: this.stream })
      return
    }
    // A copy the thread can own: the source may reuse or share its buffers.
    const bytes = new Uint8Array(length)
    let offset = 0
    for (const part of parts) {
      bytes.set(part, offset)
      offset += part.byteLength
    }
    this.post({ kind: 'chunk', stream: this.stream, bytes }, [bytes.buffer])
  }
}

/** Wakes the records stream when the thread says records are waiting, or ends it with the thread's failure. */
class Wakeup {
  private pending = false
  private failure: Error | null = null
  private wake: (() => void) | null = null

  notify(): void {
    this.pending = true
    this.release()
  }

  fail(error: Error): void {
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
 * The worker and its plumbing: bytes out on request, records in, in order,
 * until the end, an error, or the consumer stopping early (a rejection, a
 * cancel, the writer failing), which all end the thread.
 */
class ReaderThread {
  private readonly wakeup = new Wakeup()
  private readonly served: Record<StreamName, ServedBytes | null>
  private stopped = false
  private readonly post = (message: ToReader, transfer: ArrayBuffer[] = []): void => {
    this.worker.postMessage(message, transfer)
  }

  private constructor(
    private readonly worker: Worker,
    private readonly records: MessagePort,
    open: () => AsyncIterable<Uint8Array>,
    companion: (() => AsyncIterable<Uint8Array>) | null,
  ) {
    const fail = (error: Error) => this.wakeup.fail(error)
    this.served = {
      file: new ServedBytes('file', open, this.post, fail),
      companion: companion === null ? null : new ServedBytes('companion', companion, this.post, fail),
    }
    worker.on('message', (message: FromReader) => {
      if (message.kind === 'pull') this.served[message.stream]?.serve()
      else this.wakeup.notify()
    })
    worker.on('error', fail)
    worker.on('exit', (code) => {
      if (!this.stopped) fail(new Error(`The import's reader stopped unexpectedly (exit code ${code}).`))
    })
  }

  static start(open: () => AsyncIterable<Uint8Array>, options: ReadOptions): ReaderThread {
    const { port1, port2 } = new MessageChannel()
    const worker = startReaderThread({
      fileName: options.fileName,
      format: options.format,
      encoding: options.encoding,
      timeZone: options.timeZone,
      currency: options.currency,
      mapping: options.mapping,
      companionFileName: options.companion?.fileName ?? null,
      records: port2,
    })
    return new ReaderThread(worker, port1, open, options.companion?.open ?? null)
  }

  /** The records, once. */
  async *read(): AsyncGenerator<ImportRecord> {
    try {
      for (;;) {
        const received = receiveMessageOnPort(this.records)
        if (received === undefined) {
          await this.wakeup.wait()
          continue
        }
        const message: RecordsMessage = received.message
        if (message.kind === 'records') {
          for (const record of message.records) yield decodeRecord(record)
          this.post({ kind: 'taken' })
          // The writer works synchronously: a turn of the event loop lets the thread's requests for bytes through before it starves.
          await new Promise<void>((resolve) => setImmediate(resolve))
        } else if (message.kind === 'end') return
        else if (message.kind === 'error') throw fromThreadError(message.error)
      }
    } finally {
      await this.stop()
    }
  }

  /** Ends the thread and closes the files; safe to call more than once. */
  private async stop(): Promise<void> {
    if (this.stopped) return
    this.stopped = true
    this.records.close()
    await this.worker.terminate()
    await this.served.file?.close()
    await this.served.companion?.close()
  }

}

/**
 * readExport on a thread of its own: the same records, in the same order,
 * with the same errors, while the main thread is free to write them. The
 * thread reads a few batches ahead of the writer, no more.
 */
export async function* readExportInThread(open: () => AsyncIterable<Uint8Array>, options: ReadOptions): AsyncGenerator<ImportRecord> {
  // Inside the generator, so the thread starts only when the records are first asked for.
  yield* ReaderThread.start(open, options).read()
}
