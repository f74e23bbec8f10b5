import { CloseButton, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { IconFileText } from '@tabler/icons-react'
import { useState } from 'react'
import { QueryView } from '../components/QueryFeedback'
import { FileFacts } from './FileFacts'
import { FileImportSteps } from './FileImportSteps'
import { formatBytes } from './import-labels'
import type { TextEncodingName } from './import-types'
import { ProblemsTable } from './ProblemsTable'
import { rejectionProblems } from './rejection'
import { useFileSniff } from './use-file-sniff'
import { messageOf } from '../api/errors'

/** One chosen file: how it reads, then its mapping, preview and import. */
export function ImportFileCard({ file, onRemove }: { file: File; onRemove(): void }) {
  const [encoding, setEncoding] = useState<TextEncodingName | undefined>(undefined)
  const sniff = useFileSniff(file, encoding)
  const problems = rejectionProblems(sniff.error)

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={file.name}>
      <Stack gap="md">
        <Group justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="nowrap" miw={0}>
            <IconFileText size={20} stroke={1.6} />
            <Title order={2} fz="md" fw={600} style={{ overflowWrap: 'anywhere' }}>
              {file.name}
            </Title>
            <Text size="sm" c="dimmed" className="aftersale-numeric">
              {formatBytes(file.size)}
            </Text>
          </Group>
          <CloseButton aria-label={`Remove ${file.name}`} onClick={onRemove} />
        </Group>
        {problems ? (
          <ProblemsTable message={messageOf(sniff.error)} problems={problems} />
        ) : (
          <QueryView query={sniff} loadingLabel="Reading the file" errorTitle="This file could not be read">
            {(answer) => (
              <Stack gap="md">
                <FileFacts sniff={answer.sniff} onEncodingChange={setEncoding} disabled={sniff.isFetching} />
                <FileImportSteps key={answer.headerSignature} file={file} answer={answer} encoding={encoding} />
              </Stack>
            )}
          </QueryView>
        )}
      </Stack>
    </Paper>
  )
}
