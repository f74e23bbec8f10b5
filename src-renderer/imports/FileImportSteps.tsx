import { Button, Group, Stack, Text } from '@mantine/core'
import { IconDatabaseImport, IconEye } from '@tabler/icons-react'
import { useEffect, useRef, useState } from 'react'
import { JobProgress } from '../components/JobProgress'
import { ColumnMapping } from './ColumnMapping'
import { initialMapping } from './column-mapping'
import { formatBytes } from './import-labels'
import type { GenericMapping, ImportFileInput, SniffAnswer, TextEncodingName } from './import-types'
import { ImportOutcomeView } from './ImportOutcomeView'
import { JobFailure } from './JobFailure'
import { SavePresetForm } from './SavePresetForm'
import { useImportJobs } from './use-import-jobs'
import { useMappedSample } from './use-mapped-sample'

interface FileImportStepsProps {
  file: File
  companion: File | undefined
  answer: SniffAnswer
  encoding: TextEncodingName | undefined
  currency: string | null
}

function needsMapping(sniff: SniffAnswer['sniff']): boolean {
  return sniff.format === null || sniff.format === 'generic'
}

/**
 * Map (when the format is unknown), preview, import: one file's way in.
 * Remounted for each header, so a saved mapping for that header applies.
 */
export function FileImportSteps({ file, companion, answer, encoding, currency }: FileImportStepsProps) {
  const mapped = needsMapping(answer.sniff)
  const [mapping, setMapping] = useState<GenericMapping>(() => initialMapping(answer.presets))
  const sample = useMappedSample({ file, encoding, currency, mapping, enabled: mapped })
  const { preview, commit } = useImportJobs()
  const read = { file, companion, encoding, currency: currency ?? undefined }
  const input: ImportFileInput = mapped ? { ...read, format: 'generic', mapping } : read

  // Another encoding or currency reads other values: a preview already shown (and not yet imported) is run again with them.
  const previewedWith = useRef({ encoding, currency })
  useEffect(() => {
    if (previewedWith.current.encoding === encoding && previewedWith.current.currency === currency) return
    previewedWith.current = { encoding, currency }
    if (preview.state.step !== 'idle' && commit.state.step === 'idle') void preview.start(input)
  })

  const committing = commit.state.step !== 'idle'
  const busy = preview.state.step === 'running' || committing
  const previewed = preview.state.step === 'finished' && preview.state.result.status === 'previewed' ? preview.state.result : null

  const startOver = () => {
    commit.reset()
    preview.reset()
  }
  const changeMapping = (next: GenericMapping) => {
    setMapping(next)
    preview.reset()
  }

  return (
    <Stack gap="md">
      {mapped && (
        <Stack gap="xs">
          <ColumnMapping header={answer.sniff.header} sampleRows={answer.sniff.sampleRows} sample={sample} mapping={mapping} onChange={changeMapping} disabled={busy} />
          {answer.presets[0] && (
            <Text size="sm" c="dimmed">
              Using the saved mapping “{answer.presets[0].name}”.
            </Text>
          )}
          <SavePresetForm header={answer.sniff.header} mapping={mapping} initialName={answer.presets[0]?.name ?? ''} />
        </Stack>
      )}

      {commit.state.step === 'idle' && (
        <>
          {preview.state.step === 'running' ? (
            <JobProgress title="Previewing the import" label="Preview progress" formatAmount={formatBytes} state={preview.state} onCancel={preview.cancel} />
          ) : (
            <JobFailure state={preview.state} what="The preview" />
          )}
          {preview.state.step === 'finished' && <ImportOutcomeView outcome={preview.state.result} />}
          <Group gap="sm">
            <Button variant={previewed ? 'default' : 'filled'} leftSection={<IconEye size={16} />} disabled={busy} onClick={() => void preview.start(input)}>
              Preview
            </Button>
            {previewed && (
              <Button leftSection={<IconDatabaseImport size={16} />} onClick={() => void commit.start(input)}>
                Import
              </Button>
            )}
          </Group>
        </>
      )}

      {commit.state.step === 'running' && (
        <JobProgress title="Importing" label="Import progress" formatAmount={formatBytes} finishingPhase="Saving" state={commit.state} onCancel={commit.cancel} />
      )}
      {commit.state.step === 'finished' && <ImportOutcomeView outcome={commit.state.result} />}
      <JobFailure state={commit.state} what="The import" />
      {(commit.state.step === 'failed' || commit.state.step === 'cancelled') && (
        <Button variant="default" style={{ alignSelf: 'flex-start' }} onClick={startOver}>
          Start over
        </Button>
      )}
    </Stack>
  )
}
