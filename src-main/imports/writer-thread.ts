import { parentPort, workerData, type MessagePort } from 'node:worker_threads'
import { uuidV7Ids } from '../backend/ids'
import { cancelled } from '../backend/progress'
import { fromThreadError, toThreadError } from '../backend/thread-errors'
import type { ImportRecord } from './import-record'
import { importSteps } from './import-transaction'
import { recordsFromReader } from './reader-records'
import type { ReaderPorts } from './reader-thread-messages'
import type { FromWriter, ToWriter, WriterThreadData } from './writer-thread-messages'

/**
 * The import's writer on a thread of its own (see import-in-threads.ts), so
 * the thread that started it (the Electron main process, or the loopback
 * server) keeps answering while a big file is written. It runs the same
 * steps as an import in place, with its own connection and uuidv7 ids.
 */

/** Progress sent at most this often (the writer makes some for every hundred orders); a new phase always goes. */
const PROGRESS_EVERY_MS = 100

function ownPort(): MessagePort {
  if (parentPort === null) throw new Error('writer-thread.ts runs as a worker thread only.')
  return parentPort
}

const port = ownPort()
const data = workerData as WriterThreadData
const stop = new AbortController()
let readerPorts: ((ports: ReaderPorts) => void) | null = null

function send(message: FromWriter): void {
  port.postMessage(message)
}

port.on('message', (message: ToWriter) => {
  switch (message.kind) {
    case 'records':
      readerPorts?.(message.ports)
      break
    case 'cancel':
      stop.abort(cancelled('The import'))
      break
    case 'fail':
      stop.abort(fromThreadError(message.error))
      break
  }
})

async function* records(): AsyncGenerator<ImportRecord> {
  const ports = await new Promise<ReaderPorts>((resolve, reject) => {
    if (stop.signal.aborted) return reject(stop.signal.reason)
    stop.signal.addEventListener('abort', () => reject(stop.signal.reason), { once: true })
    readerPorts = resolve
    send({ kind: 'want-records' })
  })
  yield* recordsFromReader(ports, stop.signal)
}

async function run(): Promise<void> {
  const steps = importSteps({ ...data.shop, ids: uuidV7Ids, now: data.now, timeZone: data.timeZone }, { ...data.input, records, signal: stop.signal })
  let phase = ''
  let sentAt = 0
  for await (const step of steps) {
    if (step.kind === 'progress') {
      if (step.phase === phase && performance.now() - sentAt < PROGRESS_EVERY_MS) continue
      phase = step.phase
      sentAt = performance.now()
      send({ kind: 'step', step })
      // The steps run synchronously between records: a turn of the event loop lets a cancel through.
      await new Promise<void>((resolve) => setImmediate(resolve))
    } else send({ kind: 'step', step })
  }
}

run().then(
  () => send({ kind: 'closed' }),
  // A cancel or the reader's failure may surface as whatever it interrupted; the reason is what the user is told.
  (error: unknown) => send({ kind: 'error', error: toThreadError(stop.signal.aborted ? stop.signal.reason : error) }),
)
