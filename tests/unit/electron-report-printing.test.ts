import type { BrowserWindow, BrowserWindowConstructorOptions, SaveDialogOptions, Session } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { silentLog } from '../../src-main/backend/log'
import { blockReportNetwork, MAX_REPORT_HTML_BYTES, pdfFileNameFrom, printReport, reportWindowPreferences, saveReportPdf, type ReportPrintingShell } from '../../src-main/electron/report-printing'

const REPORT = '<!doctype html><title>Report</title><p>Figures</p>'
const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46])

/** A stand-in for Electron: records the windows made, what they loaded and whether they were closed. */
function fakeShell(options: { printResult?: [boolean, string]; savePath?: string | null } = {}) {
  const windows: Array<{ options: BrowserWindowConstructorOptions; loaded: string[]; destroyed: boolean }> = []
  const dialogs: SaveDialogOptions[] = []
  const written: Array<{ file: string; bytes: Uint8Array }> = []
  const shell: ReportPrintingShell = {
    createWindow: (windowOptions) => {
      const record = { options: windowOptions, loaded: [] as string[], destroyed: false }
      windows.push(record)
      return {
        loadURL: async (url: string) => void record.loaded.push(url),
        destroy: () => (record.destroyed = true),
        webContents: {
          print: (_options: unknown, callback: (success: boolean, reason: string) => void) => callback(...(options.printResult ?? [true, ''])),
          printToPDF: async () => Buffer.from(PDF),
        },
      } as unknown as BrowserWindow
    },
    showSaveDialog: async (dialogOptions) => {
      dialogs.push(dialogOptions)
      return options.savePath ? { canceled: false, filePath: options.savePath } : { canceled: true, filePath: '' }
    },
    writeFile: async (file, bytes) => void written.push({ file, bytes }),
    documentsDir: '/home/owner/Documents',
    log: silentLog,
  }
  return { shell, windows, dialogs, written }
}

describe('the report window', () => {
  it('is isolated like the main window, with no preload, no script and a session of its own', () => {
    expect(reportWindowPreferences()).toMatchObject({
      preload: undefined,
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      partition: 'aftersale-report',
    })
  })

  it('may load the document itself and nothing else', () => {
    let listener: ((details: { url: string }, callback: (response: { cancel: boolean }) => void) => void) | undefined
    blockReportNetwork({ webRequest: { onBeforeRequest: (given: typeof listener) => (listener = given) } } as unknown as Session)
    const answer = (url: string) => {
      const callback = vi.fn()
      listener?.({ url }, callback)
      return callback.mock.calls[0]?.[0]
    }
    expect(answer('data:text/html;base64,PGh0bWw+')).toEqual({ cancel: false })
    expect(answer('https://tracker.example/pixel.gif')).toEqual({ cancel: true })
    expect(answer('file:///etc/passwd')).toEqual({ cancel: true })
  })
})

describe('printing a report', () => {
  it('prints the document from a hidden window and closes it afterwards', async () => {
    const { shell, windows } = fakeShell()
    await expect(printReport(shell, REPORT)).resolves.toEqual({ status: 'printed' })
    expect(windows).toHaveLength(1)
    expect(windows[0]!.options.show).toBe(false)
    expect(Buffer.from(windows[0]!.loaded[0]!.split(',')[1]!, 'base64').toString('utf8')).toBe(REPORT)
    expect(windows[0]!.destroyed).toBe(true)
  })

  it('tells a cancelled print dialog from a failed print', async () => {
    await expect(printReport(fakeShell({ printResult: [false, 'Print job canceled'] }).shell, REPORT)).resolves.toEqual({ status: 'cancelled' })
    await expect(printReport(fakeShell({ printResult: [false, 'Print job failed'] }).shell, REPORT)).resolves.toMatchObject({ status: 'failed', message: expect.stringContaining('Print job failed') })
  })

  it('refuses what cannot be a report without opening a window', async () => {
    const { shell, windows } = fakeShell()
    await expect(printReport(shell, 42)).resolves.toMatchObject({ status: 'failed' })
    await expect(printReport(shell, 'x'.repeat(MAX_REPORT_HTML_BYTES + 1))).resolves.toMatchObject({ status: 'failed' })
    expect(windows).toHaveLength(0)
  })
})

describe('saving a report as PDF', () => {
  it('asks where first, then writes the PDF there', async () => {
    const { shell, dialogs, written, windows } = fakeShell({ savePath: '/home/owner/Documents/may.pdf' })
    await expect(saveReportPdf(shell, REPORT, 'my-shop-report-2026-05.pdf')).resolves.toEqual({ status: 'saved', path: '/home/owner/Documents/may.pdf' })
    expect(dialogs[0]?.defaultPath).toBe('/home/owner/Documents/my-shop-report-2026-05.pdf')
    expect(written).toEqual([{ file: '/home/owner/Documents/may.pdf', bytes: Buffer.from(PDF) }])
    expect(windows[0]?.destroyed).toBe(true)
  })

  it('makes no PDF when the owner cancels the dialog', async () => {
    const { shell, written, windows } = fakeShell({ savePath: null })
    await expect(saveReportPdf(shell, REPORT, 'report.pdf')).resolves.toEqual({ status: 'cancelled' })
    expect(windows).toHaveLength(0)
    expect(written).toHaveLength(0)
  })

  it('suggests only a bare PDF file name, whatever the page asked for', () => {
    expect(pdfFileNameFrom('../../.bashrc')).toBe('bashrc.pdf')
    expect(pdfFileNameFrom('C:\\Windows\\system32\\evil.exe')).toBe('evil.exe.pdf')
    expect(pdfFileNameFrom('café report 2026-05.pdf')).toBe('café report 2026-05.pdf')
    expect(pdfFileNameFrom(undefined)).toBe('report.pdf')
  })
})
