import { Group, Loader, Stack, Text } from '@mantine/core'
import { useQueryClient } from '@tanstack/react-query'
import { useRef, useState } from 'react'
import type { PlannedImport } from '../../src-main/imports/etsy-pairing.rules'
import { useApi } from '../api/api-context'
import { PageHeader } from '../components/PageHeader'
import { pluralize } from '../components/format'
import { FileDropZone } from './FileDropZone'
import { ImportFileCard } from './ImportFileCard'
import { ImportHistory } from './ImportHistory'
import { planDroppedFiles } from './plan-dropped-files'

interface ChosenImport extends PlannedImport<File> {
  id: number
}

/** Brings a shop's marketplace exports in: each file is read, mapped if need be, previewed, then imported; past imports can be undone. */
export function ImportsPage() {
  const { client } = useApi()
  const queryClient = useQueryClient()
  const [chosen, setChosen] = useState<ChosenImport[]>([])
  const [reading, setReading] = useState(0)
  const nextId = useRef(0)

  const add = async (added: File[]) => {
    setReading((count) => count + added.length)
    try {
      const planned = await planDroppedFiles(client, queryClient, added)
      setChosen((current) => [...current, ...planned.map((plan) => ({ ...plan, id: nextId.current++ }))])
    } finally {
      setReading((count) => count - added.length)
    }
  }

  return (
    <Stack gap="lg">
      <PageHeader title="Import" description="Orders and customers from your shop's export files. Every import can be previewed first and undone later." />
      <FileDropZone onFiles={(files) => void add(files)} />
      {reading > 0 && (
        <Group gap="sm" role="status" aria-live="polite">
          <Loader size="sm" />
          <Text size="sm" c="dimmed">
            Reading {pluralize(reading, 'file', 'files')}
          </Text>
        </Group>
      )}
      {chosen.map(({ id, file, companion }) => (
        <ImportFileCard key={id} file={file} companion={companion} onRemove={() => setChosen((current) => current.filter((c) => c.id !== id))} />
      ))}
      <ImportHistory />
    </Stack>
  )
}
