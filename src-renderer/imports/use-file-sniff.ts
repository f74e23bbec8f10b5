import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useApi, type Api } from '../api/api-context'
import type { TextEncodingName } from './import-types'

/** One query per file and encoding: files dropped together are read once to pair them, and their cards reuse that reading. */
export function fileSniffQuery(client: Api['client'], file: File, encoding: TextEncodingName | undefined) {
  return {
    queryKey: ['imports', 'sniff', file.name, file.size, file.lastModified, encoding],
    queryFn: () => client.imports.sniff({ file, encoding }),
    // A file's start does not change under us; only a saved preset would, and saving one asks again.
    staleTime: Infinity,
    retry: false,
  } as const
}

/** The start of the file as the backend reads it; asked again when the user picks another encoding. */
export function useFileSniff(file: File, encoding: TextEncodingName | undefined) {
  const { client } = useApi()
  return useQuery({ ...fileSniffQuery(client, file, encoding), placeholderData: keepPreviousData })
}
