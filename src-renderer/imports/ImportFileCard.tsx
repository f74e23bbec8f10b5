import { CloseButton, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { IconFileText, IconPaperclip } from '@tabler/icons-react'
import { useState } from 'react'
import { messageOf } from '../api/errors'
import { QueryView } from '../components/QueryFeedback'
import { EncodingSelect } from './EncodingSelect'
import { FileFacts } from './FileFacts'
import { FileImportSteps } from './FileImportSteps'
import { formatBytes } from './import-labels'
import type { TextEncodingName } from './import-types'
import { ProblemsTable } from './ProblemsTable'
import { rejectionProblems } from './rejection'
import { useFileSniff } from './use-file-sniff'

interface ImportFileCardProps {
  file: File
  /** Read with the file as one import (Etsy's order items beside its orders). */
  companion?: File
  onRemove(): void
}

/** One import: how its file reads, then its mapping, preview and import. */
export function ImportFileCard({ file, companion, onRemove }: ImportFileCardProps) {
  const [encoding, setEncoding] = useState<TextEncodingName | undefined>(undefined)
  const [currency, setCurrency] = useState<string | null>(null)
  const sniff = useFileSniff(file, encoding)
  const problems = rejectionProblems(sniff.error)
  const name = companion ? `${file.name} + ${companion.name}` : file.name

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={name}>
      <Stack gap="md">
        <Stack gap={4}>
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
            <CloseButton aria-label={`Remove ${name}`} onClick={onRemove} />
          </Group>
          {companion && (
            <Group gap="xs" wrap="nowrap" miw={0}>
              <IconPaperclip size={16} stroke={1.6} />
              <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                With its order items from <b>{companion.name}</b>{' '}
                <Text span size="sm" c="dimmed" className="aftersale-numeric">
                  ({formatBytes(companion.size)})
                </Text>
                : the two files are imported as one.
              </Text>
            </Group>
          )}
        </Stack>
        {problems ? (
          <Stack gap="md">
            {/* A file refused for its encoding is told to choose another one: here, since its facts can't be shown. */}
            <EncodingSelect value={encoding ?? null} onChange={setEncoding} disabled={sniff.isFetching} />
            <ProblemsTable message={messageOf(sniff.error)} problems={problems} />
          </Stack>
        ) : (
          <QueryView query={sniff} loadingLabel="Reading the file" errorTitle="This file could not be read">
            {(answer) => (
              <Stack gap="md">
                <FileFacts sniff={answer.sniff} onEncodingChange={setEncoding} currency={currency} onCurrencyChange={setCurrency} disabled={sniff.isFetching} />
                <FileImportSteps
                  key={answer.headerSignature}
                  file={file}
                  companion={companion}
                  answer={answer}
                  encoding={encoding}
                  currency={currency}
                />
              </Stack>
            )}
          </QueryView>
        )}
      </Stack>
    </Paper>
  )
}
