import { CloseButton, Kbd, TextInput } from '@mantine/core'
import { useDebouncedCallback } from '@mantine/hooks'
import { IconSearch } from '@tabler/icons-react'
import { useState, type Ref } from 'react'

interface SearchBoxProps {
  /** The search the list currently shows. */
  value: string
  onSearch(value: string): void
  label: string
  placeholder: string
  inputRef?: Ref<HTMLInputElement>
  /** ArrowDown in the box: on into the list's rows. */
  onArrowDown?(): void
}

/** Searching happens in the database, so typing waits for a pause before asking; Enter asks at once. */
export function SearchBox({ value, onSearch, label, placeholder, inputRef, onArrowDown }: SearchBoxProps) {
  const [text, setText] = useState(value)
  const [shown, setShown] = useState(value)
  const search = useDebouncedCallback((next: string) => onSearch(next.trim()), 300)

  // The search can change without typing (back, or the Orders link): the box follows it.
  if (value !== shown) {
    setShown(value)
    if (value !== text.trim()) setText(value)
  }

  const clear = () => {
    search.cancel()
    setText('')
    onSearch('')
  }

  return (
    <TextInput
      type="search"
      ref={inputRef}
      aria-label={label}
      placeholder={placeholder}
      value={text}
      onChange={(event) => {
        setText(event.currentTarget.value)
        search(event.currentTarget.value)
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter') search.flush()
        if (event.key === 'Escape' && text) clear()
        if (event.key === 'ArrowDown' && onArrowDown) {
          event.preventDefault()
          search.flush()
          onArrowDown()
        }
      }}
      leftSection={<IconSearch size={16} stroke={1.8} />}
      rightSection={text ? <CloseButton size="sm" aria-label="Clear search" onClick={clear} /> : <Kbd size="xs" title="Press / to search">/</Kbd>}
      rightSectionPointerEvents={text ? 'all' : 'none'}
      w={{ base: '100%', sm: 340 }}
    />
  )
}
