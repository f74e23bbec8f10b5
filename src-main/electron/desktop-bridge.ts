/**
 * The contract between the sandboxed preload and the renderer. It imports
 * nothing from electron, so the renderer can share it.
 *
 * The API itself does not go through the bridge: the renderer posts one end
 * of a MessageChannel to its own window with CONNECT_API_MESSAGE, the preload
 * forwards that port to the main process, which serves the oRPC router on it.
 */
export const CONNECT_API_MESSAGE = 'aftersale:connect-api'
export const CONNECT_API_CHANNEL = 'aftersale:connect-api'
/** The bridge's openExternal, answered by the main process after its allow-list check. */
export const OPEN_EXTERNAL_CHANNEL = 'aftersale:open-external'
/** The bridge's report printing, answered by the main process from a hidden window that runs no script. */
export const PRINT_REPORT_CHANNEL = 'aftersale:print-report'
export const SAVE_REPORT_PDF_CHANNEL = 'aftersale:save-report-pdf'

/** How a print or save ended. Outcomes, not exceptions: an error crossing IPC loses everything but its text. */
export type ReportPrintOutcome = { status: 'printed' } | { status: 'cancelled' } | { status: 'failed'; message: string }
export type ReportSaveOutcome = { status: 'saved'; path: string } | { status: 'cancelled' } | { status: 'failed'; message: string }

/** The one small object the preload exposes as `window.aftersaleDesktop`. */
export interface DesktopBridge {
  readonly kind: 'desktop'
  readonly platform: string
  /** Opens an https link in the system browser, if its host is on the shell's allow-list. */
  openExternal(url: string): Promise<boolean>
  /** Opens the system print dialog for a report document (HTML from `report.monthlyHtml`). */
  printReport(html: string): Promise<ReportPrintOutcome>
  /** Asks where to save, then prints the report document to a PDF file there. */
  saveReportPdf(html: string, suggestedName: string): Promise<ReportSaveOutcome>
}

declare global {
  interface Window {
    aftersaleDesktop?: DesktopBridge
  }
}
