import { Button, Group, Progress, Stack, Text } from '@mantine/core'
import { formatCount } from '../components/format'
import type { DemoLoadState } from './use-demo-load'

/** The current phase with its own count: the backend reports progress phase by phase. */
function describe(state: DemoLoadState): { phase: string; count: string | null; percent: number } {
  if (state.step === 'loaded') return { phase: 'Opening the shop', count: null, percent: 100 }
  if (state.step !== 'running') return { phase: 'Starting', count: null, percent: 0 }
  if (state.cancelling) return { phase: 'Cancelling', count: null, percent: 0 }
  const counted = state.total > 1
  return {
    phase: state.phase,
    count: counted ? `${formatCount(state.done)} of ${formatCount(state.total)}` : null,
    percent: state.total > 0 ? Math.round((state.done / state.total) * 100) : 0,
  }
}

export function DemoLoadProgress({ state, onCancel }: { state: DemoLoadState; onCancel(): void }) {
  const { phase, count, percent } = describe(state)
  const settled = state.step === 'loaded' || (state.step === 'running' && state.cancelling)
  return (
    <Stack gap="xs" role="group" aria-label="Demo shop loading">
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="sm" aria-live="polite">
          <Text span c="dimmed" size="sm">
            Loading the demo shop ·{' '}
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
      <Progress value={percent} size="lg" radius="xl" animated={!settled} striped aria-label={`Loading the demo shop: ${phase}`} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel} disabled={settled}>
          Cancel
        </Button>
      </Group>
    </Stack>
  )
}
