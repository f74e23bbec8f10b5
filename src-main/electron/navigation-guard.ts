import { shell, type WebContents } from 'electron'
import type { Log } from '../backend/log'
import { isAllowedExternalUrl } from './external-links'

/** Opens an allow-listed https link in the system browser; refusals and failures are logged and answered false. */
export async function openExternalIfAllowed(url: string, log: Log): Promise<boolean> {
  if (!isAllowedExternalUrl(url)) {
    log.info(`Refused to open a link outside the allow-list: ${url}`)
    return false
  }
  try {
    await shell.openExternal(url)
    return true
  } catch (error) {
    log.error('Could not open a link in the browser', error)
    return false
  }
}

/**
 * Our window never leaves its own page and never opens another Electron
 * window: links that would do so go to the system browser if allow-listed,
 * and are dropped otherwise. In-page route changes (hash or history) do not
 * count as navigation and are unaffected.
 */
export function guardNavigation(contents: WebContents, log: Log): void {
  contents.on('will-navigate', (event) => {
    event.preventDefault()
    void openExternalIfAllowed(event.url, log)
  })
  contents.setWindowOpenHandler(({ url }) => {
    void openExternalIfAllowed(url, log)
    return { action: 'deny' }
  })
}
