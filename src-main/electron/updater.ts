import type { AppUpdater } from 'electron-updater'
import type { Log } from '../backend/log'

/** The part of electron-updater's AppUpdater this module drives, so a test can hand in a fake. */
export type UpdateChecker = Pick<AppUpdater, 'checkForUpdatesAndNotify' | 'on'> & { logger: AppUpdater['logger'] }

export interface UpdateCheckOptions {
  isPackaged: boolean
  /** Reads the shop's `checkForUpdates` setting (through the backend client). */
  readCheckForUpdates: () => Promise<boolean>
  /** Created only when a check is due: electron-updater builds its platform updater on first access. */
  updater: () => UpdateChecker
  log: Log
}

/**
 * One check at start-up, only for an installed build whose owner has not
 * turned it off. Offline shops are the normal case, so every failure (no
 * network, no feed configured, a bad response) is logged and swallowed.
 */
export async function checkForUpdatesOnce(options: UpdateCheckOptions): Promise<void> {
  const { log } = options
  try {
    if (!options.isPackaged || !(await options.readCheckForUpdates())) return
    const updater = options.updater()
    updater.logger = { info: (message) => log.info(String(message)), warn: (message) => log.info(String(message)), error: (message) => log.error(String(message)) }
    // Without a listener an 'error' event would be thrown as an uncaught exception in the main process.
    updater.on('error', (error) => log.error('The update check failed', error))
    await updater.checkForUpdatesAndNotify()
  } catch (error) {
    log.error('The update check failed', error)
  }
}
