import { AppError } from './errors'

/**
 * What a long job streams to its caller: progress at least every half second,
 * then exactly one result. Cancelling (aborting the call) rolls the job back.
 */
export type JobEvent<TResult> =
  | { kind: 'progress'; phase: string; done: number; total: number }
  | { kind: 'result'; result: TResult }

export function cancelled(what: string): AppError {
  return new AppError('CANCELLED', `${what} was cancelled. Nothing was changed.`)
}

export function throwIfCancelled(signal: AbortSignal | undefined, what: string): void {
  if (signal?.aborted) throw cancelled(what)
}

/**
 * Call between batches of a long job. better-sqlite3 answers synchronously, so
 * without a turn of the event loop a job would never let through the abort of
 * a closed connection, the flush of its own progress events, or any other
 * request (the desktop window's IPC included).
 */
export async function checkpoint(signal: AbortSignal | undefined, what: string): Promise<void> {
  await new Promise<void>((resolve) => setImmediate(resolve))
  throwIfCancelled(signal, what)
}

/**
 * Drains a job for callers that only want its result (CLI, tests), reporting
 * progress on the way. `onResult` hears the result as it arrives, before the
 * job's own clean-up (which the returned promise waits for) has run.
 */
export async function resultOf<T>(
  events: AsyncIterable<JobEvent<T>>,
  onProgress?: (e: { phase: string; done: number; total: number }) => void,
  onResult?: (result: T) => void,
): Promise<T> {
  for await (const event of events) {
    if (event.kind === 'result') {
      onResult?.(event.result)
      return event.result
    }
    onProgress?.(event)
  }
  throw new AppError('INTERNAL', 'The job ended without a result.')
}
