import { Select } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { useApi } from '../api/api-context'
import { currencyChoices } from './currency-choices'

interface CurrencySelectProps {
  value: string | null
  onChange(currency: string | null): void
  disabled: boolean
}

/** The currency of amounts the file writes without one (a bare `$`, or no currency column), the shop's own currencies first. */
export function CurrencySelect({ value, onChange, disabled }: CurrencySelectProps) {
  const { queries } = useApi()
  const used = useQuery(queries.customers.currencies.queryOptions())
  const data = useMemo(() => currencyChoices((used.data ?? []).map((row) => row.currency)), [used.data])
  return (
    <Select
      label="Currency of the file"
      size="xs"
      w={240}
      data={data}
      value={value}
      placeholder="Not chosen"
      searchable
      clearable
      nothingFoundMessage="No currency by that name or code"
      disabled={disabled}
      onChange={onChange}
    />
  )
}
