import { Alert } from '@mantine/core'
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react'
import { messageOf } from '../api/errors'
import type { JobState } from '../components/use-streamed-job'
import { ProblemsTable } from './ProblemsTable'
import { rejectionProblems } from './rejection'

/** A preview or import that ended without an outcome: cancelled, rejected with its problems, or failed. */
export function JobFailure({ state, what }: { state: JobState<unknown>; what: string }) {
  if (state.step === 'cancelled') {
    return (
      <Alert color="gray" variant="light" icon={<IconInfoCircle size={18} />} title={`${what} cancelled`}>
        Nothing was changed.
      </Alert>
    )
  }
  if (state.step !== 'failed') return null
  const problems = rejectionProblems(state.error)
  if (problems) return <ProblemsTable message={messageOf(state.error)} problems={problems} />
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} title={`${what} failed`}>
      {messageOf(state.error)}
    </Alert>
  )
}
