import { useCallback } from 'react'
import { useApi, type Api } from '../api/api-context'
import { useStreamedJob } from '../components/use-streamed-job'

type DemoLoadEvents = Awaited<ReturnType<Api['client']['demo']['load']>>
type DemoLoadEvent = DemoLoadEvents extends AsyncIterable<infer E> ? E : never
export type DemoLoadResult = Extract<DemoLoadEvent, { kind: 'result' }>['result']

/** Runs `demo.load`, following its progress; see useStreamedJob for cancelling. */
export function useDemoLoad({ onLoaded }: { onLoaded(result: DemoLoadResult): void }) {
  const { client } = useApi()
  const load = useCallback((_: void, options: { signal: AbortSignal }) => client.demo.load({}, options), [client])
  const job = useStreamedJob(load, { onFinished: onLoaded })
  return { state: job.state, start: () => job.start(), cancel: job.cancel }
}
