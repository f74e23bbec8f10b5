import { Alert, Button, Center, Group, Loader, Stack, Text } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { messageOf } from '../api/errors'

/** A failed load, in the place that failed, with the backend's own words and a way to try again. */
export function LoadError({ error, onRetry, title = 'This could not be loaded' }: { error: unknown; onRetry?: () => void; title?: string }) {
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} title={title}>
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{messageOf(error)}</Text>
        {onRetry && (
          <Button size="xs" variant="default" onClick={onRetry}>
            Try again
          </Button>
        )}
      </Stack>
    </Alert>
  )
}

export function Loading({ label }: { label: string }) {
  return (
    <Center py={64} role="status" aria-live="polite">
      <Group gap="sm">
        <Loader size="sm" />
        <Text c="dimmed" size="sm">
          {label}
        </Text>
      </Group>
    </Center>
  )
}

interface QueryViewProps<T> {
  query: { data: T | undefined; error: unknown; isPending: boolean; refetch(): unknown }
  loadingLabel: string
  errorTitle: string
  children(data: T): ReactNode
}

/** A page's three states: loading, failed (with the backend's message and a retry), or its content. */
export function QueryView<T>({ query, loadingLabel, errorTitle, children }: QueryViewProps<T>) {
  if (query.data !== undefined) return children(query.data)
  if (query.isPending) return <Loading label={loadingLabel} />
  return <LoadError title={errorTitle} error={query.error} onRetry={() => void query.refetch()} />
}
