import { Input, SegmentedControl } from '@mantine/core'
import { useId } from 'react'

interface TriStateFilterProps {
  label: string
  value: boolean | undefined
  onChange(value: boolean | undefined): void
  /** What "yes" and "no" mean for this filter: "Cancelled" / "Not cancelled". */
  yes: string
  no: string
}

const ANY = 'any'

/** A yes/no filter that can also be left out: any, only those, or none of them. */
export function TriStateFilter({ label, value, onChange, yes, no }: TriStateFilterProps) {
  const id = useId()
  return (
    <Input.Wrapper label={label} id={id} labelElement="div">
      <SegmentedControl
        fullWidth
        size="xs"
        aria-labelledby={`${id}-label`}
        value={value === undefined ? ANY : value ? 'yes' : 'no'}
        onChange={(next) => onChange(next === ANY ? undefined : next === 'yes')}
        data={[
          { value: ANY, label: 'Any' },
          { value: 'yes', label: yes },
          { value: 'no', label: no },
        ]}
      />
    </Input.Wrapper>
  )
}
