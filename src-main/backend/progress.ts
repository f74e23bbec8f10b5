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
 * The job's events, with its last progress repeated whenever the job is
 * silent for `everyMs` (a slow read of the file, a long SQLite statement on
 * another thread), so the caller hears at least that often that the job is
 * alive. Only while this thread is free: a job that blocks it blocks this too.
 */
export async function* withHeartbeat<T>(events: AsyncIterable<JobEvent<T>>, everyMs: number): AsyncGenerator<JobEvent<T>> {
  const iterator = events[Symbol.asyncIterator]()
  let pending: Promise<IteratorResult<JobEvent<T>>> | null = null
  let lastProgress: JobEvent<T> | null = null
  try {
    for (;;) {
      pending ??= iterator.next()
      let timer: NodeJS.Timeout | undefined
      const silence = new Promise<'silence'>((resolve) => (timer = setTimeout(() => resolve('silence'), everyMs)))
      const step = await Promise.race([pending, silence])
      clearTimeout(timer)
      if (step === 'silence') {
        if (lastProgress !== null) yield lastProgress
        continue
      }
      pending = null
      if (step.done === true) return
      // After the result the job only tidies up: nothing more to say.
      lastProgress = step.value.kind === 'progress' ? step.value : null
      yield step.value
    }
  } finally {
    // Stopped early: the job is closed once its pending step has settled (a generator takes one request at a time).
    await iterator.return?.()
  }
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
