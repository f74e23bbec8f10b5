import path from 'node:path'
import { BrowserWindow, screen } from 'electron'
import type { Log } from '../backend/log'
import type { RendererLocation } from './renderer-location'
import { secureWebPreferences } from './secure-web-preferences'
import { MINIMUM_WINDOW_SIZE, WINDOW_STATE_FILE, readWindowState, restoreWindowBounds, writeWindowState } from './window-state'

export interface MainWindowOptions {
  renderer: RendererLocation
  preloadPath: string
  userDataDir: string
  log: Log
}

/** The one window factory: every Aftersale window is created here, with the secure preferences and the remembered size. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const stateFile = path.join(options.userDataDir, WINDOW_STATE_FILE)
  const workAreas = screen.getAllDisplays().map((display) => display.workArea)
  const { isMaximized, ...bounds } = restoreWindowBounds(readWindowState(stateFile), workAreas)

  const window = new BrowserWindow({
    ...bounds,
    minWidth: MINIMUM_WINDOW_SIZE.width,
    minHeight: MINIMUM_WINDOW_SIZE.height,
    title: 'Aftersale',
    // Shown once painted, so the owner never sees a blank white frame.
    show: false,
    webPreferences: secureWebPreferences(options.preloadPath),
  })
  window.once('ready-to-show', () => {
    // Maximizing a hidden window would show it early on Windows and Linux.
    if (isMaximized) window.maximize()
    window.show()
  })

  window.on('close', () => {
    try {
      writeWindowState(stateFile, { bounds: window.getNormalBounds(), isMaximized: window.isMaximized() })
    } catch (error) {
      options.log.error('Could not remember the window size', error)
    }
  })

  const loading = options.renderer.kind === 'dev-server' ? window.loadURL(options.renderer.url) : window.loadFile(options.renderer.indexHtml)
  loading.catch((error: unknown) => options.log.error('The Aftersale page did not load', error))
  return window
}
