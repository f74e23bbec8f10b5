import { useDebouncedValue } from '@mantine/hooks'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useApi } from '../api/api-context'
import type { GenericMapping, TextEncodingName } from './import-types'

// Long enough that picking fields one after another asks once, short enough to feel live.
const SETTLE_MS = 300

interface SampleRequest {
  file: File
  encoding: TextEncodingName | undefined
  currency: string | null
  mapping: GenericMapping
  /** Only files of no known format are mapped. */
  enabled: boolean
}

/** The first rows as the import reads them with this mapping, asked again once the mapping settles. */
export function useMappedSample({ file, encoding, currency, mapping, enabled }: SampleRequest) {
  const { client } = useApi()
  const [settled] = useDebouncedValue(mapping, SETTLE_MS)
  return useQuery({
    queryKey: ['imports', 'readSample', file.name, file.size, file.lastModified, encoding, currency, settled],
    queryFn: () => client.imports.readSample({ file, encoding, currency: currency ?? undefined, mapping: settled }),
    enabled,
    placeholderData: keepPreviousData,
    // The answer depends only on the key (and the shop's time zone, which stays put while mapping).
    staleTime: Infinity,
    retry: false,
  })
}
