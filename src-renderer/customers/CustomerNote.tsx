import { Text } from '@mantine/core'
import { SectionEmpty } from '../components/SectionEmpty'

/** Read-only for now: notes arrive with the customer's data; editing them comes later. */
export function CustomerNote({ note }: { note: string }) {
  if (!note) return <SectionEmpty>No note.</SectionEmpty>
  return (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
      {note}
    </Text>
  )
}
