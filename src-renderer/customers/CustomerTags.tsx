import { Badge, Group } from '@mantine/core'
import { SectionEmpty } from '../components/SectionEmpty'

export function CustomerTags({ tags }: { tags: string[] }) {
  if (tags.length === 0) return <SectionEmpty>No tags.</SectionEmpty>
  return (
    <Group gap={6}>
      {tags.map((tag) => (
        <Badge key={tag} variant="outline" color="gray" radius="sm" tt="none" fw={500}>
          {tag}
        </Badge>
      ))}
    </Group>
  )
}
