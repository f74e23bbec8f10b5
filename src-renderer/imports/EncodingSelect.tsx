import { Select } from '@mantine/core'
import { ENCODING_LABELS } from './import-labels'
import type { TextEncodingName } from './import-types'

const ENCODING_CHOICES = Object.entries(ENCODING_LABELS).map(([value, label]) => ({ value, label }))

/** The text encoding a file is read in, for when the detected one is wrong. */
export function EncodingSelect({ value, onChange, disabled }: { value: TextEncodingName | null; onChange(encoding: TextEncodingName): void; disabled: boolean }) {
  return (
    <Select
      label="Encoding"
      size="xs"
      w={240}
      data={ENCODING_CHOICES}
      value={value}
      placeholder="Choose the encoding"
      allowDeselect={false}
      disabled={disabled}
      onChange={(chosen) => chosen && onChange(chosen as TextEncodingName)}
    />
  )
}
