import { Button, Paper, Stack, Text, ThemeIcon } from '@mantine/core'
import { IconFileUpload } from '@tabler/icons-react'
import { useRef, useState, type DragEvent } from 'react'

/** Where export files come in: dropped from the file manager, or picked with the file dialog. */
export function FileDropZone({ onFiles }: { onFiles(files: File[]): void }) {
  const input = useRef<HTMLInputElement>(null)
  const [dragging, setDragging] = useState(false)

  const take = (files: FileList | null) => {
    if (files && files.length > 0) onFiles([...files])
  }
  const onDrop = (event: DragEvent) => {
    event.preventDefault()
    setDragging(false)
    take(event.dataTransfer.files)
  }

  return (
    <Paper
      withBorder
      radius="md"
      p="xl"
      aria-label="Export files"
      component="section"
      onDragOver={(event: DragEvent) => {
        event.preventDefault()
        setDragging(true)
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
      style={{
        borderStyle: 'dashed',
        borderWidth: 2,
        borderColor: dragging ? 'var(--mantine-primary-color-filled)' : undefined,
        background: dragging ? 'var(--mantine-primary-color-light)' : undefined,
      }}
    >
      <Stack align="center" gap="xs">
        <ThemeIcon size={44} radius="xl" variant="light">
          <IconFileUpload size={24} stroke={1.6} />
        </ThemeIcon>
        <Text fw={600}>Drop your shop's export files here</Text>
        <Text size="sm" c="dimmed" ta="center">
          Orders and customers exported from Shopify, WooCommerce, Etsy, Amazon, eBay or Square, or any other CSV whose columns you map.
        </Text>
        <Button variant="light" onClick={() => input.current?.click()}>
          Choose files…
        </Button>
        <input
          ref={input}
          type="file"
          multiple
          hidden
          aria-label="Choose export files"
          accept=".csv,.txt,.tsv,text/csv,text/plain"
          onChange={(event) => {
            take(event.currentTarget.files)
            // The same file can be picked again after its card was closed.
            event.currentTarget.value = ''
          }}
        />
      </Stack>
    </Paper>
  )
}
