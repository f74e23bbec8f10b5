import { Button, CloseButton, Group, Popover, Text, Tooltip, type ButtonProps } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconDownload } from '@tabler/icons-react'
import { useMutation } from '@tanstack/react-query'
import { messageOf } from '../api/errors'
import { downloadFile } from '../report/download-file'

interface ExportButtonProps {
  /** Asks the backend for the file: exactly the list the user is looking at. */
  exportFile(): Promise<File>
  /** An accessible name more precise than "Export", where several sit side by side ("Export Champions"). */
  label?: string
  /** Why this list cannot be exported as shown; the button is then disabled and says why on hover. */
  unavailable?: string
  size?: ButtonProps['size']
  variant?: ButtonProps['variant']
}

/** A list as a CSV file in the downloads; while it is written the button waits, and a failure is told beside it. */
export function ExportButton({ exportFile, label, unavailable, size = 'sm', variant = 'default' }: ExportButtonProps) {
  const run = useMutation({
    mutationFn: async () => {
      const file = await exportFile()
      downloadFile(file, file.name)
      return file.name
    },
    onSuccess: (fileName) => notifications.show({ color: 'teal', title: 'Export ready', message: `${fileName} is in your downloads.` }),
  })
  const button = (
    <Button
      variant={variant}
      size={size}
      leftSection={<IconDownload size={16} stroke={1.8} />}
      loading={run.isPending}
      loaderProps={{ type: 'dots' }}
      disabled={unavailable !== undefined}
      aria-label={label}
      onClick={() => run.mutate()}
    >
      Export
    </Button>
  )
  return (
    <Popover opened={run.isError} onChange={(opened) => opened || run.reset()} position="bottom-end" width={300} shadow="md" withArrow>
      <Popover.Target>
        {unavailable ? (
          <Tooltip label={unavailable} multiline w={260}>
            <span>{button}</span>
          </Tooltip>
        ) : (
          button
        )}
      </Popover.Target>
      <Popover.Dropdown role="alert">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <div>
            <Text size="sm" fw={600} c="red">
              The export failed
            </Text>
            <Text size="sm">{messageOf(run.error)}</Text>
          </div>
          <CloseButton size="sm" aria-label="Dismiss" onClick={() => run.reset()} />
        </Group>
      </Popover.Dropdown>
    </Popover>
  )
}
