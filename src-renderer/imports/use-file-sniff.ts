import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useApi } from '../api/api-context'
import type { TextEncodingName } from './import-types'

/** The start of the file as the backend reads it; asked again when the user picks another encoding. */
export function useFileSniff(file: File, encoding: TextEncodingName | undefined) {
  const { client } = useApi()
  return useQuery({
    queryKey: ['imports', 'sniff', file.name, file.size, file.lastModified, encoding],
    queryFn: () => client.imports.sniff({ file, encoding }),
    placeholderData: keepPreviousData,
    // A file's start does not change under us; only a saved preset would, and saving one asks again.
    staleTime: Infinity,
    retry: false,
  })
}
