import { AppError } from '../backend/errors'
import { startThread } from '../backend/start-thread'
import type { OrderFacts } from './order-facts.repo'

export interface FactsThreadData {
  dbPath: string
}

export type FromFactsThread = { facts: OrderFacts } | { error: string }

/** readOrderFacts on a thread of its own: the same facts, while the main thread goes on answering. */
export function readOrderFactsInThread(dbPath: string): Promise<OrderFacts> {
  const worker = startThread(__dirname, 'facts-thread', { workerData: { dbPath } satisfies FactsThreadData })
  return new Promise<OrderFacts>((resolve, reject) => {
    worker.once('message', (message: FromFactsThread) => {
      if ('facts' in message) resolve(message.facts)
      else reject(new AppError('INTERNAL', `The dashboard could not read the shop's orders: ${message.error}`))
    })
    worker.once('error', reject)
    worker.once('exit', (code) => reject(new AppError('INTERNAL', `The dashboard's reader stopped unexpectedly (exit code ${code}).`)))
  })
}
