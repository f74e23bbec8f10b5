import { useCallback } from 'react'
import { useApi } from '../api/api-context'
import { useStreamedJob } from '../components/use-streamed-job'
import type { ImportFileInput } from './import-types'

/** A file's two runs: the preview (rolled back whatever it finds) and the import itself. */
export function useImportJobs() {
  const { client } = useApi()
  const preview = useStreamedJob(
    useCallback((input: ImportFileInput, options: { signal: AbortSignal }) => client.imports.preview(input, options), [client]),
  )
  const commit = useStreamedJob(
    useCallback((input: ImportFileInput, options: { signal: AbortSignal }) => client.imports.commit(input, options), [client]),
  )
  return { preview, commit }
}
