import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useRef, useState } from 'react'
import { useApi, type Api } from '../api/api-context'

type DemoLoadEvents = Awaited<ReturnType<Api['client']['demo']['load']>>
type DemoLoadEvent = DemoLoadEvents extends AsyncIterable<infer E> ? E : never
export type DemoLoadResult = Extract<DemoLoadEvent, { kind: 'result' }>['result']

export type DemoLoadState =
  | { step: 'idle' }
  | { step: 'running'; phase: string; done: number; total: number; cancelling: boolean }
  | { step: 'cancelled' }
  | { step: 'failed'; error: unknown }
  | { step: 'loaded' }

/**
 * Runs `demo.load`, following its progress. Cancelling aborts the call,
 * which makes the backend roll the whole load back; leaving the screen
 * cancels too, so no load runs on unseen.
 */
export function useDemoLoad({ onLoaded }: { onLoaded(result: DemoLoadResult): void }) {
  const { client } = useApi()
  const queryClient = useQueryClient()
  const [state, setState] = useState<DemoLoadState>({ step: 'idle' })
  const running = useRef<AbortController | null>(null)

  useEffect(() => () => running.current?.abort(), [])

  const start = useCallback(async () => {
    const controller = new AbortController()
    running.current = controller
    setState({ step: 'running', phase: 'Starting', done: 0, total: 0, cancelling: false })
    try {
      const events = await client.demo.load({}, { signal: controller.signal })
      for await (const event of events) {
        if (event.kind === 'progress') {
          setState({ step: 'running', phase: event.phase, done: event.done, total: event.total, cancelling: controller.signal.aborted })
        } else {
          setState({ step: 'loaded' })
          onLoaded(event.result)
        }
      }
    } catch (error) {
      setState(controller.signal.aborted ? { step: 'cancelled' } : { step: 'failed', error })
    } finally {
      running.current = null
      // Whatever happened, the shop may have changed: every screen asks again.
      await queryClient.invalidateQueries()
    }
  }, [client, queryClient, onLoaded])

  const cancel = useCallback(() => {
    running.current?.abort()
    setState((current) => (current.step === 'running' ? { ...current, cancelling: true } : current))
  }, [])

  return { state, start, cancel }
}
