import { LoadingOverlay, Paper } from '@mantine/core'
import type { RefObject } from 'react'

interface ReportPreviewProps {
  html: string
  title: string
  refreshing: boolean
  frameRef: RefObject<HTMLIFrameElement | null>
}

/**
 * The report exactly as it prints, in a sandboxed frame. The sandbox allows no
 * script at all; same-origin only lets this page open the frame's print
 * dialog, and modals let that dialog show.
 */
export function ReportPreview({ html, title, refreshing, frameRef }: ReportPreviewProps) {
  return (
    <Paper withBorder radius="md" pos="relative" style={{ overflow: 'hidden' }}>
      <LoadingOverlay visible={refreshing} zIndex={1} overlayProps={{ blur: 1 }} loaderProps={{ size: 'sm' }} />
      <iframe
        ref={frameRef}
        title={title}
        sandbox="allow-same-origin allow-modals"
        srcDoc={html}
        style={{ display: 'block', width: '100%', height: 'calc(100vh - 280px)', minHeight: 480, border: 0 }}
      />
    </Paper>
  )
}
