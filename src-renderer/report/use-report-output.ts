import { notifications } from '@mantine/notifications'
import type { InferRouterInputs } from '@orpc/server'
import { useMutation } from '@tanstack/react-query'
import { useState, type RefObject } from 'react'
import type { AppRouter } from '../../src-main/backend/router'
import { useApi } from '../api/api-context'
import { messageOf } from '../api/errors'
import { downloadFile } from './download-file'

export type ReportInput = InferRouterInputs<AppRouter>['report']['monthlyHtml']

export interface ReportDocument {
  html: string
  fileName: string
}

/**
 * Print and Save as PDF. The desktop app hands the document to its shell,
 * which prints it with Electron. A browser prints the preview frame with its
 * own dialog, and gets the PDF from the backend, which prints it with the
 * Chromium installed on the computer.
 */
export function useReportOutput(input: ReportInput, report: ReportDocument | undefined, preview: RefObject<HTMLIFrameElement | null>) {
  const { client } = useApi()
  const desktop = window.aftersaleDesktop
  const [failure, setFailure] = useState<{ action: 'print' | 'save'; message: string } | null>(null)

  const print = useMutation({
    mutationFn: async (document: ReportDocument) => {
      if (desktop) {
        const outcome = await desktop.printReport(document.html)
        if (outcome.status === 'failed') throw new Error(outcome.message)
        return
      }
      // The frame is same-origin and runs no script of its own, so this page may open its print dialog.
      const frame = preview.current?.contentWindow
      if (!frame) throw new Error('The preview is still loading. Try again in a moment.')
      frame.print()
    },
    onMutate: () => setFailure(null),
    onError: (error) => setFailure({ action: 'print', message: messageOf(error) }),
  })

  const save = useMutation({
    mutationFn: async (document: ReportDocument): Promise<string | null> => {
      if (desktop) {
        const outcome = await desktop.saveReportPdf(document.html, document.fileName)
        if (outcome.status === 'failed') throw new Error(outcome.message)
        return outcome.status === 'saved' ? `Saved as ${outcome.path}.` : null
      }
      const pdf = await client.report.monthlyPdf(input)
      const fileName = pdf.name || document.fileName
      downloadFile(pdf, fileName)
      return `${fileName} is in your downloads.`
    },
    onMutate: () => setFailure(null),
    onError: (error) => setFailure({ action: 'save', message: messageOf(error) }),
    onSuccess: (message) => {
      if (message) notifications.show({ color: 'teal', title: 'Report saved', message })
    },
  })

  return {
    print: () => report && print.mutate(report),
    save: () => report && save.mutate(report),
    printing: print.isPending,
    saving: save.isPending,
    failure,
    dismissFailure: () => setFailure(null),
  }
}
