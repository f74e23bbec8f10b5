import { Stack } from '@mantine/core'
import { useState } from 'react'
import { PageHeader } from '../components/PageHeader'
import { FileDropZone } from './FileDropZone'
import { ImportFileCard } from './ImportFileCard'
import { ImportHistory } from './ImportHistory'

interface ChosenFile {
  id: number
  file: File
}

/** Brings a shop's marketplace exports in: each file is read, mapped if need be, previewed, then imported; past imports can be undone. */
export function ImportsPage() {
  const [files, setFiles] = useState<ChosenFile[]>([])
  const [nextId, setNextId] = useState(0)

  const add = (added: File[]) => {
    setFiles((current) => [...current, ...added.map((file, index) => ({ id: nextId + index, file }))])
    setNextId((id) => id + added.length)
  }

  return (
    <Stack gap="lg">
      <PageHeader title="Import" description="Orders and customers from your shop's export files. Every import can be previewed first and undone later." />
      <FileDropZone onFiles={add} />
      {files.map(({ id, file }) => (
        <ImportFileCard key={id} file={file} onRemove={() => setFiles((current) => current.filter((chosen) => chosen.id !== id))} />
      ))}
      <ImportHistory />
    </Stack>
  )
}
