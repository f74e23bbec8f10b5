import { Alert, Anchor, Stack } from '@mantine/core'
import { IconCircleCheck, IconInfoCircle } from '@tabler/icons-react'
import { Link } from 'react-router'
import { formatDateTime } from '../components/format'
import { useShopTimeZone } from '../components/shop-time-zone'
import { ImportSummaryView } from './ImportSummaryView'
import { ProblemsTable } from './ProblemsTable'
import type { ImportOutcome } from './import-types'

function AlreadyImported({ importedAt, message }: { importedAt: string; message: string }) {
  const timeZone = useShopTimeZone()
  return (
    <Alert color="gray" variant="light" icon={<IconInfoCircle size={18} />} title={`Already imported on ${formatDateTime(importedAt, timeZone, 'dateTime')}`}>
      {message}
    </Alert>
  )
}

/** What the backend answered for a preview or an import, in the words the user needs next. */
export function ImportOutcomeView({ outcome }: { outcome: ImportOutcome }) {
  switch (outcome.status) {
    case 'already_imported':
      return <AlreadyImported importedAt={outcome.importedAt} message={outcome.message} />
    case 'rejected':
      return <ProblemsTable message={outcome.message} problems={outcome.problems} />
    case 'previewed':
      return (
        <Stack gap="sm">
          <Alert color="blue" variant="light" icon={<IconInfoCircle size={18} />} title="Preview: nothing has been changed yet">
            This is what importing {outcome.file.fileName} would do.
          </Alert>
          <ImportSummaryView summary={outcome.summary} />
        </Stack>
      )
    case 'imported':
      return (
        <Stack gap="sm">
          <Alert color="teal" variant="light" icon={<IconCircleCheck size={18} />} title={`Imported ${outcome.file.fileName}`}>
            <Anchor component={Link} to="/orders" size="sm">
              See the orders
            </Anchor>
          </Alert>
          <ImportSummaryView summary={outcome.summary} />
        </Stack>
      )
  }
}
