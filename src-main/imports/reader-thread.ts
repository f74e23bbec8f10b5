import { parentPort, workerData, type MessagePort } from 'node:worker_threads'
import { AsyncQueue } from '../backend/async-queue'
import { readExport } from './read-export'
import { fromThreadError, toThreadError } from '../backend/thread-errors'
import { encodeRecord, type EncodedRecord } from './record-codec'
import type { ConsumerSignal, FromReader, ReaderSignal, ReaderThreadData, RecordsMessage, StreamName, ToReader } from './reader-thread-messages'

/**
 * The reader's own thread (see read-in-thread.ts): decodes, parses and
 * normalises the export while the writer, on a thread of its own, writes what
 * came before. The file's bytes come from the thread that started it, on
 * request; records go in batches straight to the writer's ports.
 */

/** Records per message: few messages, yet a batch dies young in the writer. */
const BATCH_RECORDS = 250

/** Batches sent but not yet taken by the writer: the reader keeps ahead, its memory stays bounded. */
const MAX_UNTAKEN = 4

/** Chunks asked for ahead of need, so a busy thread serving them never starves the parser. */
const CHUNKS_AHEAD = 8

function ownPort(): MessagePort {
  if (parentPort === null) throw new Error('reader-thread.ts runs as a worker thread only.')
  return parentPort
}

const port = ownPort()

function send(message: FromReader): void {
  port.postMessage(message)
}

/** A file's bytes, asked of the serving thread a few chunks ahead; `null` marks the end. */
class RemoteBytes {
  private readonly arrived = new AsyncQueue<Uint8Array | null>()
  private asked = 0
  private ended = false

  constructor(private readonly stream: StreamName) {}

  receive(chunk: Uint8Array | null): void {
    this.asked--
    if (chunk === null) this.ended = true
    this.arrived.push(chunk)
  }

  /** The file could not be read: the chunks already here are still read, then this error ends them. */
  fail(error: Error): void {
    this.asked--
    this.ended = true
    this.arrived.fail(error)
  }

  async *chunks(): AsyncGenerator<Uint8Array> {
    for (;;) {
      this.askAhead()
      const chunk = await this.arrived.next()
      if (chunk === null) return
      yield chunk
    }
  }

  private askAhead(): void {
    while (!this.ended && this.asked + this.arrived.size < CHUNKS_AHEAD) {
      this.asked++
      send({ kind: 'pull', stream: this.stream })
    }
  }
}

const data = workerData as ReaderThreadData
const streams: Record<StreamName, RemoteBytes> = { file: new RemoteBytes('file'), companion: new RemoteBytes('companion') }
let untaken = 0
let onTaken: (() => void) | null = null

port.on('message', (message: ToReader) => {
  switch (message.kind) {
    case 'chunk':
      streams[message.stream].receive(message.bytes)
      break
    case 'end-of-stream':
      streams[message.stream].receive(null)
      break
    case 'stream-error':
      streams[message.stream].fail(fromThreadError(message.error))
      break
  }
})

data.ports.signals.on('message', (_taken: ConsumerSignal) => {
  untaken--
  onTaken?.()
  onTaken = null
})

function deliver(message: RecordsMessage): void {
  data.ports.records.postMessage(message)
  data.ports.signals.postMessage({ kind: 'records-waiting' } satisfies ReaderSignal)
}

async function sendRecords(records: EncodedRecord[]): Promise<void> {
  deliver({ kind: 'records', records })
  untaken++
  while (untaken >= MAX_UNTAKEN) await new Promise<void>((resolve) => (onTaken = resolve))
}

async function read(): Promise<void> {
  const records = readExport(() => streams.file.chunks(), {
    fileName: data.fileName,
    format: data.format,
    encoding: data.encoding,
    timeZone: data.timeZone,
    currency: data.currency,
    mapping: data.mapping,
    companion: data.companionFileName === null ? undefined : { fileName: data.companionFileName, open: () => streams.companion.chunks() },
  })
  let batch: EncodedRecord[] = []
  for await (const record of records) {
    batch.push(encodeRecord(record))
    // A progress record closes a batch, so the writer reports progress as soon as the reader does.
    if (record.kind === 'progress' || batch.length >= BATCH_RECORDS) {
      await sendRecords(batch)
      batch = []
    }
  }
  if (batch.length > 0) deliver({ kind: 'records', records: batch })
  deliver({ kind: 'end' })
}

read()
  .catch((error: unknown) => deliver({ kind: 'error', error: toThreadError(error) }))
  .finally(() => send({ kind: 'finished' }))
