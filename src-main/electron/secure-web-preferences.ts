import type { WebPreferences } from 'electron'

/**
 * The only web preferences any Aftersale window gets. The page reaches the
 * backend solely through the message port the preload hands over, so it needs
 * no Node, no shared JavaScript world with the preload, and no relaxed
 * same-origin rules.
 */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
  }
}
