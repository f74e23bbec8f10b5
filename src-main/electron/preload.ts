import { contextBridge, ipcRenderer } from 'electron'
import { CONNECT_API_CHANNEL, CONNECT_API_MESSAGE, OPEN_EXTERNAL_CHANNEL, PRINT_REPORT_CHANNEL, SAVE_REPORT_PDF_CHANNEL, type DesktopBridge } from './desktop-bridge'

/*
 * Sandboxed preload: it may require nothing but electron, which is why it is
 * bundled to one CommonJS file with the bridge constants inlined.
 */

const bridge: DesktopBridge = {
  kind: 'desktop',
  platform: process.platform,
  openExternal: (url: string) => ipcRenderer.invoke(OPEN_EXTERNAL_CHANNEL, url),
  printReport: (html: string) => ipcRenderer.invoke(PRINT_REPORT_CHANNEL, html),
  saveReportPdf: (html: string, suggestedName: string) => ipcRenderer.invoke(SAVE_REPORT_PDF_CHANNEL, html, suggestedName),
}

contextBridge.exposeInMainWorld('aftersaleDesktop', bridge)

// A MessagePort cannot cross contextBridge, so the page posts it to its own
// window and we pass it on; messages from frames or other windows are ignored.
window.addEventListener('message', (event: MessageEvent) => {
  const [port] = event.ports
  if (event.source !== window || event.data !== CONNECT_API_MESSAGE || port === undefined) return
  ipcRenderer.postMessage(CONNECT_API_CHANNEL, null, [port])
})
