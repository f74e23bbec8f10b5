import { Group, SegmentedControl, TextInput } from '@mantine/core'
import { useState } from 'react'
import type { DateRange } from '../../src-main/dashboard/metrics.rules'
import { PERIOD_PRESETS, presetRange, type PeriodPreset } from './use-dashboard-view'

const PRESET_LABELS: Record<PeriodPreset, string> = {
  '30d': 'Last 30 days',
  '90d': 'Last 90 days',
  '365d': 'Last 365 days',
  ytd: 'Year to date',
  custom: 'Custom',
}

interface PeriodPickerProps {
  preset: PeriodPreset
  /** The period the figures on screen are for. */
  period: DateRange
  /** The shop's today, by the backend's clock. */
  today: string
  onChange(preset: PeriodPreset, range: DateRange): void
}

export function PeriodPicker({ preset, period, today, onChange }: PeriodPickerProps) {
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <SegmentedControl
        aria-label="Period"
        value={preset}
        data={PERIOD_PRESETS.map((value) => ({ value, label: PRESET_LABELS[value] }))}
        onChange={(value) => {
          const chosen = PERIOD_PRESETS.find((p) => p === value)
          if (chosen) onChange(chosen, chosen === 'custom' ? period : presetRange(chosen, today))
        }}
      />
      {preset === 'custom' && <CustomPeriod key={`${period.from}|${period.to}`} period={period} today={today} onChange={(range) => onChange('custom', range)} />}
    </Group>
  )
}

/** Two dates, applied as soon as they make a period; until then the figures stay those of the last one. */
function CustomPeriod({ period, today, onChange }: { period: DateRange; today: string; onChange(range: DateRange): void }) {
  const [draft, setDraft] = useState(period)
  const backwards = draft.from !== '' && draft.to !== '' && draft.from > draft.to

  const edit = (changes: Partial<DateRange>) => {
    const next = { ...draft, ...changes }
    setDraft(next)
    if (next.from !== '' && next.to !== '' && next.from <= next.to) onChange(next)
  }

  return (
    <Group gap="xs" align="flex-start" wrap="nowrap">
      <TextInput type="date" size="xs" label="From" value={draft.from} max={today} onChange={(event) => edit({ from: event.currentTarget.value })} />
      <TextInput
        type="date"
        size="xs"
        label="To"
        value={draft.to}
        max={today}
        error={backwards ? 'Before the first day' : undefined}
        onChange={(event) => edit({ to: event.currentTarget.value })}
      />
    </Group>
  )
}
