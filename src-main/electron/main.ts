import path from 'node:path'
import { app, BrowserWindow, dialog, Menu, session } from 'electron'
import { autoUpdater } from 'electron-updater'
import { createBackend, type Backend } from '../backend/create-backend'
import { resolveDbPath } from '../backend/data-location'
import { AppError } from '../backend/errors'
import { stderrLog } from '../backend/log'
import { dbFlagFrom } from './command-line'
import { enforceContentSecurityPolicy } from './csp'
import { serveDesktopIpc } from './ipc'
import { applicationMenuTemplate } from './menu'
import { guardNavigation } from './navigation-guard'
import { denyAllPermissions } from './permissions'
import { resolveRendererLocation } from './renderer-location'
import { checkForUpdatesOnce } from './updater'
import { createMainWindow } from './window'

/*
 * Lifecycle only: one instance, open the shop, wire the window, the IPC and
 * the menu, close the shop on quit. Everything else lives in the backend.
 */

const log = stderrLog
const renderer = resolveRendererLocation({ isPackaged: app.isPackaged, devServerUrl: process.env.ELECTRON_RENDERER_URL, mainDir: __dirname })
const preloadPath = path.join(__dirname, '../preload/index.cjs')
let mainWindow: BrowserWindow | undefined

function showMainWindow(): void {
  if (mainWindow === undefined) {
    mainWindow = createMainWindow({ renderer, preloadPath, userDataDir: app.getPath('userData'), log })
    mainWindow.on('closed', () => (mainWindow = undefined))
    return
  }
  if (mainWindow.isMinimized()) mainWindow.restore()
  mainWindow.focus()
}

function openFailureMessage(error: unknown, dbPath: string): string {
  if (error instanceof AppError) return error.message
  return `The shop at ${dbPath} could not be opened.\n\n${error instanceof Error ? error.message : String(error)}`
}

async function openShop(): Promise<Backend | undefined> {
  const dbPath = resolveDbPath({ flag: dbFlagFrom(process.argv), userData: app.getPath('userData') })
  try {
    return await createBackend({ dbPath, log })
  } catch (error) {
    const message = openFailureMessage(error, dbPath)
    // An AppError is an expected refusal with its own explanation; only the unexpected deserve a stack.
    log.error(message, error instanceof AppError ? undefined : error)
    dialog.showErrorBox('Aftersale could not open the shop', message)
    return undefined
  }
}

function closeShopOnQuit(backend: Backend): void {
  let closed = false
  app.on('will-quit', (event) => {
    if (closed) return
    event.preventDefault()
    backend
      .close()
      .catch((error: unknown) => log.error('Could not close the shop cleanly', error))
      .finally(() => {
        closed = true
        app.quit()
      })
  })
}

async function start(): Promise<void> {
  enforceContentSecurityPolicy(session.defaultSession)
  denyAllPermissions(session.defaultSession)
  const backend = await openShop()
  if (backend === undefined) {
    app.exit(1)
    return
  }
  closeShopOnQuit(backend)
  serveDesktopIpc(backend, renderer)
  Menu.setApplicationMenu(Menu.buildFromTemplate(applicationMenuTemplate({ isPackaged: app.isPackaged, platform: process.platform })))
  showMainWindow()
  // macOS keeps the app running without windows; the dock icon brings one back.
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) showMainWindow()
  })
  void checkForUpdatesOnce({
    isPackaged: app.isPackaged,
    readCheckForUpdates: async () => (await backend.client.settings.get({})).checkForUpdates,
    updater: () => autoUpdater,
    log,
  })
}

// Two processes writing one SQLite shop is what the lock prevents; a second launch focuses the first window instead.
if (!app.requestSingleInstanceLock()) {
  app.exit(0)
} else {
  // Windows shows update notifications only for an app with this id (the electron-builder appId).
  if (process.platform === 'win32') app.setAppUserModelId('app.aftersale.desktop')
  app.on('web-contents-created', (_event, contents) => guardNavigation(contents, log))
  app.on('second-instance', () => {
    if (mainWindow !== undefined) showMainWindow()
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      log.error('Aftersale could not start', error)
      dialog.showErrorBox('Aftersale could not start', error instanceof Error ? error.message : String(error))
      app.exit(1)
    })
}
