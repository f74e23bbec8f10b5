import path from 'node:path'
import type { BrowserWindow, BrowserWindowConstructorOptions, SaveDialogOptions, SaveDialogReturnValue, Session, WebContents, WebPreferences } from 'electron'
import type { Log } from '../backend/log'
import type { ReportPrintOutcome, ReportSaveOutcome } from './desktop-bridge'
import { secureWebPreferences } from './secure-web-preferences'

/**
 * Printing the monthly report in the desktop app: the report document (HTML
 * the renderer got from `report.monthlyHtml`) goes into a hidden window that
 * runs no script and may fetch nothing, and Chromium prints it or writes it
 * as a PDF. Electron itself comes in through ReportPrintingShell, so this
 * module loads, and is tested, under plain Node.
 */

/** Report windows share a session of their own, kept in memory, in which nothing but the document itself loads. */
export const REPORT_PARTITION = 'aftersale-report'

/** The document travels as a data: URL, which Chromium caps at 2 MB; a report is some 100 kB, so more than this is not one. */
export const MAX_REPORT_HTML_BYTES = 1_000_000

export interface ReportPrintingShell {
  /** Electron's `new BrowserWindow(options)`. */
  createWindow(options: BrowserWindowConstructorOptions): BrowserWindow
  /** Electron's save dialog, attached to the window that asked. */
  showSaveDialog(options: SaveDialogOptions): Promise<SaveDialogReturnValue>
  writeFile(file: string, bytes: Uint8Array): Promise<void>
  /** Where the save dialog opens. */
  documentsDir: string
  log: Log
}

/** The main window's isolation without its preload: a report needs no bridge, and runs no script at all. */
export function reportWindowPreferences(): WebPreferences {
  return { ...secureWebPreferences(''), preload: undefined, javascript: false, partition: REPORT_PARTITION }
}

/** Cancels every request of the report session except the data: URL of the document itself. */
export function blockReportNetwork(session: Session): void {
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !details.url.startsWith('data:') }))
}

function reportHtmlFrom(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 && Buffer.byteLength(value, 'utf8') <= MAX_REPORT_HTML_BYTES ? value : null
}

/** A bare file name ending in .pdf, whatever the renderer suggested: the user picks the folder in the dialog. */
export function pdfFileNameFrom(value: unknown): string {
  const base = typeof value === 'string' ? path.basename(value.replaceAll('\\', '/')).replace(/[^\p{L}\p{N} ._()-]/gu, '-') : ''
  const name = base.replace(/^[.\s-]+/, '').slice(0, 120) || 'report'
  return name.toLowerCase().endsWith('.pdf') ? name : `${name}.pdf`
}

async function withReportWindow<T>(shell: ReportPrintingShell, html: string, use: (contents: WebContents) => Promise<T>): Promise<T> {
  const window = shell.createWindow({ show: false, webPreferences: reportWindowPreferences() })
  try {
    await window.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`)
    return await use(window.webContents)
  } finally {
    window.destroy()
  }
}

function failed(shell: ReportPrintingShell, what: string, error: unknown): { status: 'failed'; message: string } {
  shell.log.error(`The report could not be ${what}`, error)
  return { status: 'failed', message: `The report could not be ${what}. ${error instanceof Error ? error.message : String(error)}` }
}

const NOT_A_REPORT = { status: 'failed', message: 'The report was empty or too large to print. Make it again and retry.' } as const

export async function printReport(shell: ReportPrintingShell, html: unknown): Promise<ReportPrintOutcome> {
  const document = reportHtmlFrom(html)
  if (document === null) return NOT_A_REPORT
  try {
    return await withReportWindow(
      shell,
      document,
      (contents) =>
        new Promise<ReportPrintOutcome>((resolve) => {
          contents.print({ printBackground: true }, (success, failureReason) => {
            if (success) resolve({ status: 'printed' })
            else if (/cancel/i.test(failureReason)) resolve({ status: 'cancelled' })
            else resolve(failed(shell, 'printed', new Error(failureReason)))
          })
        }),
    )
  } catch (error) {
    return failed(shell, 'printed', error)
  }
}

/** Asks where first, so the owner is not kept waiting for a PDF they may not want. */
export async function saveReportPdf(shell: ReportPrintingShell, html: unknown, suggestedName: unknown): Promise<ReportSaveOutcome> {
  const document = reportHtmlFrom(html)
  if (document === null) return NOT_A_REPORT
  try {
    const choice = await shell.showSaveDialog({
      title: 'Save the report as PDF',
      defaultPath: path.join(shell.documentsDir, pdfFileNameFrom(suggestedName)),
      filters: [{ name: 'PDF document', extensions: ['pdf'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    })
    if (choice.canceled || !choice.filePath) return { status: 'cancelled' }
    const pdf = await withReportWindow(shell, document, (contents) => contents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true }))
    await shell.writeFile(choice.filePath, pdf)
    return { status: 'saved', path: choice.filePath }
  } catch (error) {
    return failed(shell, 'saved', error)
  }
}
