import { MessageChannel, type Worker } from 'node:worker_threads'
import { startThread } from '../backend/start-thread'
import { toThreadError } from '../backend/thread-errors'
import type { ReadOptions } from './read-export'
import type { FromReader, ReaderPorts, ReaderThreadData, StreamName, ToReader } from './reader-thread-messages'

/** Bytes per chunk sent to the thread: few messages, little memory held. */
const CHUNK_BYTES = 256 * 1024

/**
 * The reader keeps about 20 MB alive, but left to itself V8 lets a worker's
 * heap grow to five times that before collecting; a limit makes it collect
 * early (for a few percent more time in the collector).
 */
const READER_LIMITS = { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 16 }

/** What the reader thread reads: the options of readExport, without the signal (the consumer stops it). */
export type ThreadReadOptions = Omit<ReadOptions, 'signal'>

/**
 * A byte stream read here and sent on in chunks of at most CHUNK_BYTES, each
 * moved (not copied) to the thread. A file uploaded over HTTP or IPC is in
 * memory and streams as a few huge parts; sent whole, one would have the
 * thread parse millions of rows at once, beyond its heap limit.
 */
class ServedBytes {
  // Opened on the first request, as the reader in place would: a stream opened early may fail before anyone listens.
  private iterator: AsyncIterator<Uint8Array> | null = null
  /** What is left of a part larger than the room in the last chunk. */
  private rest: Uint8Array | null = null
  private serving: Promise<void> = Promise.resolve()

  constructor(
    private readonly stream: StreamName,
    private readonly open: () => AsyncIterable<Uint8Array>,
    private readonly post: (message: ToReader, transfer?: ArrayBuffer[]) => void,
  ) {}

  /** Requests are served in order, one after the other; a file that cannot be read ends the records with its error. */
  serve(): void {
    this.serving = this.serving.then(() => this.sendNext()).catch((error: unknown) => this.post({ kind: 'stream-error', stream: this.stream, error: toThreadError(error) }))
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
      let part = this.rest
      this.rest = null
      if (part === null) {
        const next = await this.iterator.next()
        if (next.done === true) break
        part = next.value
      }
      const room = CHUNK_BYTES - length
      if (part.byteLength > room) {
        this.rest = part.subarray(room)
        part = part.subarray(0, room)
      }
      parts.push(part)
      length += part.byteLength
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

/**
 * readExport on a thread of its own (reader-thread.ts), fed the file's bytes
 * from this thread on request. Its records go to `ports`, for a consumer on
 * any thread (reader-records.ts); the thread reads a few batches ahead of
 * the consumer, no more.
 */
export class ReaderThread {
  private readonly served: Record<StreamName, ServedBytes | null>
  private stopped = false

  private constructor(
    private readonly worker: Worker,
    /** The consumer's ends, to read here or to move to another thread. */
    readonly ports: ReaderPorts,
    open: () => AsyncIterable<Uint8Array>,
    companion: (() => AsyncIterable<Uint8Array>) | null,
    onFailure: (error: Error) => void,
  ) {
    const post = (message: ToReader, transfer: ArrayBuffer[] = []) => worker.postMessage(message, transfer)
    this.served = {
      file: new ServedBytes('file', open, post),
      companion: companion === null ? null : new ServedBytes('companion', companion, post),
    }
    // Ended as soon as it has read everything: while the writer finishes the import, its memory is better given back.
    worker.on('message', (message: FromReader) => (message.kind === 'pull' ? this.served[message.stream]?.serve() : void this.stop()))
    worker.on('error', onFailure)
    worker.on('exit', (code) => {
      if (!this.stopped) onFailure(new Error(`The import's reader stopped unexpectedly (exit code ${code}).`))
    })
  }

  /** Starts reading at once; `onFailure` hears of a thread that failed or died, after which no record comes. */
  static start(open: () => AsyncIterable<Uint8Array>, options: ThreadReadOptions, onFailure: (error: Error) => void): ReaderThread {
    const records = new MessageChannel()
    const signals = new MessageChannel()
    const data: ReaderThreadData = {
      fileName: options.fileName,
      format: options.format,
      encoding: options.encoding,
      timeZone: options.timeZone,
      currency: options.currency,
      mapping: options.mapping,
      companionFileName: options.companion?.fileName ?? null,
      ports: { records: records.port2, signals: signals.port2 },
    }
    const worker = startThread(__dirname, 'reader-thread', { workerData: data, transferList: [records.port2, signals.port2], resourceLimits: READER_LIMITS })
    return new ReaderThread(worker, { records: records.port1, signals: signals.port1 }, open, options.companion?.open ?? null, onFailure)
  }

  /** Ends the thread and closes the files; safe to call more than once. */
  async stop(): Promise<void> {
    if (this.stopped) return
    this.stopped = true
    await this.worker.terminate()
    await this.served.file?.close()
    await this.served.companion?.close()
  }
}
