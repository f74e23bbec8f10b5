import { parentPort, workerData } from 'node:worker_threads'
import { readOrderFacts, type OrderFacts } from './order-facts.repo'
import type { FactsThreadData, FromFactsThread } from './facts-in-thread'

/**
 * The order facts read on a thread of their own (see facts-in-thread.ts), so
 * the backend keeps answering while a big shop's facts are read. The columns
 * are moved to the main thread, not copied.
 */
function columnsOf(facts: OrderFacts): ArrayBuffer[] {
  const columns: ArrayBuffer[] = []
  const collect = (value: unknown) => {
    if (ArrayBuffer.isView(value)) columns.push(value.buffer as ArrayBuffer)
    else if (value !== null && typeof value === 'object' && !Array.isArray(value)) Object.values(value).forEach(collect)
  }
  collect(facts)
  return columns
}

function send(message: FromFactsThread, transfer: ArrayBuffer[] = []): void {
  if (parentPort === null) throw new Error('facts-thread.ts runs as a worker thread only.')
  parentPort.postMessage(message, transfer)
}

const { dbPath } = workerData as FactsThreadData
try {
  const facts = readOrderFacts(dbPath)
  send({ facts }, columnsOf(facts))
} catch (error) {
  send({ error: error instanceof Error ? error.message : String(error) })
}
