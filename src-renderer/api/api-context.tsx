import { createTanstackQueryUtils } from '@orpc/tanstack-query'
import { createContext, useContext, useMemo, type ReactNode } from 'react'
import type { ApiClient } from '../../src-main/backend/router'

function createApi(client: ApiClient) {
  return { client, queries: createTanstackQueryUtils(client) }
}

export type Api = ReturnType<typeof createApi>

const ApiContext = createContext<Api | null>(null)

/** The client comes in from the entry point, so the token is read once and nothing here is a module-level singleton. */
export function ApiProvider({ client, children }: { client: ApiClient; children: ReactNode }) {
  const api = useMemo(() => createApi(client), [client])
  return <ApiContext.Provider value={api}>{children}</ApiContext.Provider>
}

export function useApi(): Api {
  const api = useContext(ApiContext)
  if (!api) throw new Error('useApi needs an <ApiProvider> above it.')
  return api
}
