import { parentPort, workerData, type MessagePort } from 'node:worker_threads'
import { readExport } from './read-export'
import { encodeRecord, type EncodedRecord } from './record-codec'
import { toThreadError, type FromReader, type ReaderThreadData, type RecordsMessage, type StreamName, type ToReader } from './reader-thread-messages'

/**
 * The reader's own thread (see read-in-thread.ts): decodes, parses and
 * normalises the export while the writer, on the main thread, writes what
 * came before. The file's bytes come from the main thread on request, and
 * records go back in batches.
 */

/** Records per message: few messages, yet a batch dies young in the writer. */
const BATCH_RECORDS = 250

/** Batches sent but not yet taken by the writer: the reader keeps ahead, its memory stays bounded. */
const MAX_UNTAKEN = 4

/** Chunks asked for ahead of need, so the main thread serving them between its writes never starves the parser. */
const CHUNKS_AHEAD = 8

function ownPort(): MessagePort {
  if (parentPort === null) throw new Error('reader-thread.ts runs as a worker thread only.')
  return parentPort
}

const port = ownPort()

function send(message: FromReader): void {
  port.postMessage(message)
}

/** A file's bytes, asked of the main thread a few chunks ahead; `null` marks the end. */
class RemoteBytes {
  private readonly arrived: Array<Uint8Array | null> = []
  private waiting: ((chunk: Uint8Array | null) => void) | null = null
  private asked = 0
  private ended = false

  constructor(private readonly stream: StreamName) {}

  receive(chunk: Uint8Array | null): void {
    this.asked--
    if (chunk === null) this.ended = true
    if (this.waiting) {
      const resolve = this.waiting
      this.waiting = null
      resolve(chunk)
    } else this.arrived.push(chunk)
  }

  async *chunks(): AsyncGenerator<Uint8Array> {
    for (;;) {
      this.askAhead()
      const chunk = this.arrived.length > 0 ? this.arrived.shift()! : await new Promise<Uint8Array | null>((resolve) => (this.waiting = resolve))
      if (chunk === null) return
      yield chunk
    }
  }

  private askAhead(): void {
    while (!this.ended && this.asked + this.arrived.length < CHUNKS_AHEAD) {
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
    case 'taken':
      untaken--
      onTaken?.()
      onTaken = null
      break
  }
})

function deliver(message: RecordsMessage): void {
  data.records.postMessage(message)
  send({ kind: 'records-waiting' })
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

read().catch((error: unknown) => deliver({ kind: 'error', error: toThreadError(error) }))
