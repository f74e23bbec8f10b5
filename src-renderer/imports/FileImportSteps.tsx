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

interface FileImportStepsProps {
  file: File
  answer: SniffAnswer
  encoding: TextEncodingName | undefined
}

function needsMapping(sniff: SniffAnswer['sniff']): boolean {
  return sniff.format === null || sniff.format === 'generic'
}

/**
 * Map (when the format is unknown), preview, import: one file's way in.
 * Remounted for each header, so a saved mapping for that header applies.
 */
export function FileImportSteps({ file, answer, encoding }: FileImportStepsProps) {
  const mapped = needsMapping(answer.sniff)
  const [mapping, setMapping] = useState<GenericMapping>(() => initialMapping(answer.presets))
  const { preview, commit } = useImportJobs()
  const input: ImportFileInput = mapped ? { file, encoding, format: 'generic', mapping } : { file, encoding }

  // Another encoding reads other text: a preview already shown is run again with it.
  const previewedEncoding = useRef(encoding)
  useEffect(() => {
    if (previewedEncoding.current === encoding) return
    previewedEncoding.current = encoding
    if (preview.state.step !== 'idle') void preview.start(input)
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
          <ColumnMapping header={answer.sniff.header} firstRow={answer.sniff.sampleRows[0]} mapping={mapping} onChange={changeMapping} disabled={busy} />
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
