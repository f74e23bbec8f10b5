import { MantineProvider } from '@mantine/core'
import { Notifications } from '@mantine/notifications'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { useState, type ReactNode } from 'react'
import type { ApiClient } from '../../src-main/backend/router'
import { ApiProvider } from '../api/api-context'
import { theme } from './theme'

function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // The backend is local and the data changes only through this app: no refetch on focus, one quick retry.
      queries: { staleTime: 30_000, refetchOnWindowFocus: false, retry: 1 },
    },
  })
}

export function AppProviders({ client, children }: { client: ApiClient; children: ReactNode }) {
  const [queryClient] = useState(createQueryClient)
  return (
    <MantineProvider theme={theme} defaultColorScheme="auto">
      <Notifications position="bottom-right" />
      <QueryClientProvider client={queryClient}>
        <ApiProvider client={client}>{children}</ApiProvider>
      </QueryClientProvider>
    </MantineProvider>
  )
}
