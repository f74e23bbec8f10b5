import { AppError } from './errors'

/**
 * What a long job streams to its caller: progress at least every half second,
 * then exactly one result. Cancelling (aborting the call) rolls the job back.
 */
export type JobEvent<TResult> =
  | { kind: 'progress'; phase: string; done: number; total: number }
  | { kind: 'result'; result: TResult }

export function throwIfCancelled(signal: AbortSignal | undefined, what: string): void {
  if (signal?.aborted) throw new AppError('CANCELLED', `${what} was cancelled. Nothing was changed.`)
}

/** Drains a job for callers that only want its result (CLI, tests), reporting progress on the way. */
export async function resultOf<T>(events: AsyncIterable<JobEvent<T>>, onProgress?: (e: { phase: string; done: number; total: number }) => void): Promise<T> {
  for await (const event of events) {
    if (event.kind === 'result') return event.result
    onProgress?.(event)
  }
  throw new AppError('INTERNAL', 'The job ended without a result.')
}
