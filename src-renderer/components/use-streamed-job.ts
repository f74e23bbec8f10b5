import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { JobEvent } from '../../src-main/backend/progress'

export type JobState<Result> =
  | { step: 'idle' }
  | { step: 'running'; phase: string; done: number; total: number; cancelling: boolean }
  | { step: 'cancelled' }
  | { step: 'failed'; error: unknown }
  | { step: 'finished'; result: Result }

export type StartJob<Input, Result> = (input: Input, options: { signal: AbortSignal }) => Promise<AsyncIterable<JobEvent<Result>>>

/**
 * Runs a procedure that streams progress then a result. Cancelling aborts the
 * call, which makes the backend roll the whole job back; leaving the screen
 * cancels too, so no job runs on unseen.
 */
export function useStreamedJob<Input, Result>(startJob: StartJob<Input, Result>, { onFinished }: { onFinished?(result: Result): void } = {}) {
  const queryClient = useQueryClient()
  const [state, setState] = useState<JobState<Result>>({ step: 'idle' })
  const running = useRef<AbortController | null>(null)

  useEffect(() => () => running.current?.abort(), [])

  const start = useCallback(
    async (input: Input) => {
      const controller = new AbortController()
      running.current = controller
      setState({ step: 'running', phase: 'Starting', done: 0, total: 0, cancelling: false })
      try {
        const events = await startJob(input, { signal: controller.signal })
        for await (const event of events) {
          if (event.kind === 'progress') {
            setState({ step: 'running', phase: event.phase, done: event.done, total: event.total, cancelling: controller.signal.aborted })
          } else {
            setState({ step: 'finished', result: event.result })
            onFinished?.(event.result)
          }
        }
      } catch (error) {
        setState(controller.signal.aborted ? { step: 'cancelled' } : { step: 'failed', error })
      } finally {
        running.current = null
        // Whatever happened, the shop may have changed: every screen asks again.
        await queryClient.invalidateQueries()
      }
    },
    [startJob, queryClient, onFinished],
  )

  const cancel = useCallback(() => {
    running.current?.abort()
    setState((current) => (current.step === 'running' ? { ...current, cancelling: true } : current))
  }, [])

  const reset = useCallback(() => setState({ step: 'idle' }), [])

  return { state, start, cancel, reset }
}
