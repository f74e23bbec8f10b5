import fs from 'node:fs/promises'
import { app, BrowserWindow, dialog, ipcMain, session, type IpcMainEvent, type IpcMainInvokeEvent } from 'electron'
import { RPCHandler } from '@orpc/server/message-port'
import type { Backend } from '../backend/create-backend'
import { errorInterceptor } from '../backend/error-interceptor'
import { appRouter } from '../backend/router'
import { CONNECT_API_CHANNEL, OPEN_EXTERNAL_CHANNEL, PRINT_REPORT_CHANNEL, SAVE_REPORT_PDF_CHANNEL } from './desktop-bridge'
import { openExternalIfAllowed } from './navigation-guard'
import { denyAllPermissions } from './permissions'
import { blockReportNetwork, printReport, REPORT_PARTITION, saveReportPdf, type ReportPrintingShell } from './report-printing'
import { isTrustedSenderFrame, type RendererLocation } from './renderer-location'

function refuseUntrusted(event: IpcMainEvent | IpcMainInvokeEvent, location: RendererLocation, backend: Backend, channel: string): boolean {
  if (isTrustedSenderFrame(event.senderFrame, location)) return false
  backend.context.log.error(`Refused ${channel} from a frame that is not Aftersale's own page: ${event.senderFrame?.url ?? 'unknown'}`)
  return true
}

const REFUSED = { status: 'failed', message: 'Only Aftersale’s own page may print.' } as const

function reportPrintingShell(event: IpcMainInvokeEvent, backend: Backend): ReportPrintingShell {
  const parent = BrowserWindow.fromWebContents(event.sender)
  return {
    createWindow: (options) => new BrowserWindow(options),
    showSaveDialog: (options) => (parent ? dialog.showSaveDialog(parent, options) : dialog.showSaveDialog(options)),
    writeFile: (file, bytes) => fs.writeFile(file, bytes),
    documentsDir: app.getPath('documents'),
    log: backend.context.log,
  }
}

/**
 * The channels the preload uses. The API port is served with the same
 * router and error mapping as the loopback server; each page load brings a
 * fresh port, and a closed port ends its session.
 */
export function serveDesktopIpc(backend: Backend, location: RendererLocation): void {
  const handler = new RPCHandler(appRouter, { clientInterceptors: [errorInterceptor(backend.context.log)] })

  ipcMain.on(CONNECT_API_CHANNEL, (event) => {
    const [port] = event.ports
    if (port === undefined) return
    if (refuseUntrusted(event, location, backend, CONNECT_API_CHANNEL)) {
      port.close()
      return
    }
    handler.upgrade(port, { context: backend.context })
    port.start()
  })

  ipcMain.handle(OPEN_EXTERNAL_CHANNEL, (event, url: unknown) => {
    if (refuseUntrusted(event, location, backend, OPEN_EXTERNAL_CHANNEL) || typeof url !== 'string') return false
    return openExternalIfAllowed(url, backend.context.log)
  })

  const reportSession = session.fromPartition(REPORT_PARTITION)
  blockReportNetwork(reportSession)
  denyAllPermissions(reportSession)

  ipcMain.handle(PRINT_REPORT_CHANNEL, (event, html: unknown) => {
    if (refuseUntrusted(event, location, backend, PRINT_REPORT_CHANNEL)) return REFUSED
    return printReport(reportPrintingShell(event, backend), html)
  })

  ipcMain.handle(SAVE_REPORT_PDF_CHANNEL, (event, html: unknown, suggestedName: unknown) => {
    if (refuseUntrusted(event, location, backend, SAVE_REPORT_PDF_CHANNEL)) return REFUSED
    return saveReportPdf(reportPrintingShell(event, backend), html, suggestedName)
  })
}
