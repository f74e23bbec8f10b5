import { Alert, Button, Group, Paper, Select, Stack } from '@mantine/core'
import type { InferRouterOutputs } from '@orpc/server'
import { IconAlertTriangle, IconFileTypePdf, IconPrinter } from '@tabler/icons-react'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useMemo, useRef, useState } from 'react'
import type { AppRouter } from '../../src-main/backend/router'
import type { Source } from '../../src-main/orders/orders.table'
import { useApi } from '../api/api-context'
import { PageHeader } from '../components/PageHeader'
import { LoadError, Loading, QueryView } from '../components/QueryFeedback'
import { sourceLabel } from '../../src-main/orders/source-labels'
import { monthLabel } from './report-month'
import { ReportPreview } from './ReportPreview'
import { useReportOutput, type ReportInput } from './use-report-output'

type ReportChoices = InferRouterOutputs<AppRouter>['report']['choices']

export function ReportPage() {
  const { queries } = useApi()
  const choices = useQuery(queries.report.choices.queryOptions({ input: {} }))
  return (
    <Stack gap={0}>
      <PageHeader title="Monthly report" description="The month's key figures, cohorts, products and customer feedback, ready to print or keep as a PDF." />
      <QueryView query={choices} loadingLabel="Loading the months…" errorTitle="The report could not be prepared">
        {(loaded) => <ReportWorkspace choices={loaded} />}
      </QueryView>
    </Stack>
  )
}

function ReportWorkspace({ choices }: { choices: ReportChoices }) {
  const { queries } = useApi()
  const [month, setMonth] = useState(choices.defaultMonth)
  const [source, setSource] = useState<Source | null>(null)
  const [currency, setCurrency] = useState<string | null>(null)
  const input: ReportInput = { month, source: source ?? undefined, currency: currency ?? undefined }
  // The previous month's report stays on screen, dimmed, while the next one is made.
  const report = useQuery(queries.report.monthlyHtml.queryOptions({ input, placeholderData: keepPreviousData }))
  const frameRef = useRef<HTMLIFrameElement>(null)
  const output = useReportOutput(input, report.data, frameRef)
  const months = useMemo(() => choices.months.map((m) => ({ value: m, label: monthLabel(m) })), [choices.months])
  const ready = report.data !== undefined && !report.isPlaceholderData

  return (
    <Stack gap="md">
      <Paper withBorder radius="md" p="md">
        <Group justify="space-between" align="flex-end" gap="md">
          <Group align="flex-end" gap="md">
            <Select label="Month" data={months} value={month} onChange={(m) => m && setMonth(m)} allowDeselect={false} searchable w={200} maxDropdownHeight={280} />
            <Select
              label="Source"
              placeholder="All sources"
              data={choices.sources.map((s) => ({ value: s, label: sourceLabel(s) }))}
              value={source}
              onChange={(s) => setSource(s as Source | null)}
              clearable
              w={180}
            />
            <Select label="Currency" placeholder="All currencies" data={choices.currencies} value={currency} onChange={setCurrency} clearable w={160} />
          </Group>
          <Group gap="sm">
            <Button variant="default" leftSection={<IconPrinter size={18} />} onClick={output.print} loading={output.printing} disabled={!ready}>
              Print
            </Button>
            <Button leftSection={<IconFileTypePdf size={18} />} onClick={output.save} loading={output.saving} disabled={!ready}>
              Save as PDF
            </Button>
          </Group>
        </Group>
        {output.failure && (
          <Alert
            mt="md"
            color="red"
            variant="light"
            icon={<IconAlertTriangle size={18} />}
            title={output.failure.action === 'print' ? 'The report was not printed' : 'The PDF was not saved'}
            withCloseButton
            closeButtonLabel="Dismiss"
            onClose={output.dismissFailure}
          >
            {output.failure.message}
          </Alert>
        )}
      </Paper>
      {report.data ? (
        <ReportPreview html={report.data.html} title={`Report preview, ${monthLabel(month)}`} refreshing={report.isPlaceholderData} frameRef={frameRef} />
      ) : report.isPending ? (
        <Loading label="Making the report…" />
      ) : (
        <LoadError title="The report could not be made" error={report.error} onRetry={() => void report.refetch()} />
      )}
    </Stack>
  )
}
