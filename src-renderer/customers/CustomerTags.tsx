import { Autocomplete, Badge, CloseButton, Group, Stack, Text } from '@mantine/core'
import { IconTag } from '@tabler/icons-react'
import { useRef, useState } from 'react'
import { messageOf } from '../api/errors'
import { SectionEmpty } from '../components/SectionEmpty'

interface CustomerTagsProps {
  tags: string[]
  /** Tags other customers carry, offered while typing so the same tag is not spelt three ways. */
  suggestions: string[]
  save(tags: string[]): Promise<string[]>
  readOnly?: boolean
}

const sameTag = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0

/**
 * Each add or remove is saved at once; the list shown is the one the backend
 * confirmed, and a refused change is put back with the reason beside the control.
 */
export function CustomerTags({ tags: savedTags, suggestions, save, readOnly = false }: CustomerTagsProps) {
  const [tags, setTags] = useState(savedTags)
  const [shownSaved, setShownSaved] = useState(savedTags)
  const [typed, setTyped] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  // Only the latest change's answer counts: an earlier one arriving late must not undo a later one.
  const latest = useRef(0)
  // The autocomplete writes a picked suggestion into the box after reporting it; the box is emptied instead.
  const picked = useRef<string | null>(null)

  // Tags changed elsewhere (a merge, its undo) while nothing is being saved here: show them.
  if (savedTags !== shownSaved) {
    setShownSaved(savedTags)
    if (!saving) setTags(savedTags)
  }

  const commit = async (next: string[]) => {
    const request = ++latest.current
    const before = tags
    setTags(next)
    setError(null)
    setSaving(true)
    try {
      const confirmed = await save(next)
      if (request === latest.current) setTags(confirmed)
    } catch (failure) {
      if (request === latest.current) {
        setTags(before)
        setError(messageOf(failure))
      }
    } finally {
      if (request === latest.current) setSaving(false)
    }
  }

  const add = (value: string) => {
    const tag = value.trim()
    setTyped('')
    if (!tag || tags.some((existing) => sameTag(existing, tag))) return
    void commit([...tags, tag])
  }

  const offered = suggestions.filter((suggestion) => !tags.some((tag) => sameTag(tag, suggestion)))

  return (
    <Stack gap="xs">
      {tags.length === 0 ? (
        <SectionEmpty>No tags.</SectionEmpty>
      ) : (
        <Group gap={6} role="list" aria-label="Tags">
          {tags.map((tag) => (
            <Badge
              key={tag}
              role="listitem"
              variant="light"
              color="indigo"
              radius="sm"
              tt="none"
              fw={500}
              size="lg"
              pr={readOnly ? undefined : 3}
              rightSection={
                readOnly ? undefined : (
                  <CloseButton
                    size="xs"
                    variant="transparent"
                    aria-label={`Remove tag ${tag}`}
                    onClick={() => void commit(tags.filter((t) => t !== tag))}
                  />
                )
              }
            >
              {tag}
            </Badge>
          ))}
        </Group>
      )}
      {!readOnly && (
        <Autocomplete
          aria-label="Add a tag"
          placeholder="Add a tag…"
          size="xs"
          leftSection={<IconTag size={14} />}
          data={offered}
          limit={8}
          value={typed}
          onChange={(value) => {
            setTyped(value === picked.current ? '' : value)
            picked.current = null
          }}
          onOptionSubmit={(value) => {
            picked.current = value
            add(value)
          }}
          onKeyDown={(event) => {
            // With a suggestion highlighted, Enter picks it (onOptionSubmit); otherwise it adds what was typed.
            if (event.key === 'Enter' && typed.trim() && !event.currentTarget.getAttribute('aria-activedescendant')) {
              event.preventDefault()
              add(typed)
            }
          }}
          error={error}
          errorProps={{ role: 'alert' }}
          rightSection={saving ? <Text size="xs" c="dimmed">Saving…</Text> : null}
          rightSectionWidth={saving ? 64 : undefined}
        />
      )}
    </Stack>
  )
}
