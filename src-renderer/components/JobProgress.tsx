import { Button, Group, Progress, Stack, Text } from '@mantine/core'
import { formatCount } from './format'
import type { JobState } from './use-streamed-job'

interface JobProgressProps {
  /** What is running, as a gerund: "Loading the demo shop". Shown, and names the bar. */
  title: string
  /** What the group of bar and Cancel is called for assistive technology: "Demo shop loading". */
  label: string
  state: JobState<unknown>
  /** Shown as the job's count, e.g. bytes read; by default plain numbers. */
  formatAmount?(value: number): string
  /** The phase shown between the result arriving and the screen moving on. */
  finishingPhase?: string
  onCancel(): void
}

/** The current phase with its own count: the backend reports progress phase by phase. */
function describe(state: JobState<unknown>, formatAmount: (value: number) => string, finishingPhase: string): { phase: string; count: string | null; percent: number } {
  if (state.step === 'finished') return { phase: finishingPhase, count: null, percent: 100 }
  if (state.step !== 'running') return { phase: 'Starting', count: null, percent: 0 }
  if (state.cancelling) return { phase: 'Cancelling', count: null, percent: 0 }
  const counted = state.total > 1
  return {
    phase: state.phase,
    count: counted ? `${formatAmount(state.done)} of ${formatAmount(state.total)}` : null,
    percent: state.total > 0 ? Math.round((state.done / state.total) * 100) : 0,
  }
}

/** A streamed, cancellable job in progress: phase, count, bar and Cancel. */
export function JobProgress({ title, label, state, formatAmount = formatCount, finishingPhase = 'Finishing', onCancel }: JobProgressProps) {
  const { phase, count, percent } = describe(state, formatAmount, finishingPhase)
  const settled = state.step === 'finished' || (state.step === 'running' && state.cancelling)
  return (
    <Stack gap="xs" role="group" aria-label={label}>
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="sm" aria-live="polite">
          <Text span c="dimmed" size="sm">
            {title} ·{' '}
          </Text>
          <Text span fw={600} size="sm">
            {phase}
          </Text>
        </Text>
        {count && (
          <Text size="sm" c="dimmed" className="aftersale-numeric">
            {count}
          </Text>
        )}
      </Group>
      <Progress value={percent} size="lg" radius="xl" animated={!settled} striped aria-label={`${title}: ${phase}`} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel} disabled={settled}>
          Cancel
        </Button>
      </Group>
    </Stack>
  )
}
