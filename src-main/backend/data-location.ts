import os from 'node:os'
import path from 'node:path'

export const APP_NAME = 'Aftersale'
export const DATABASE_FILE = 'aftersale.db'

/**
 * The folder Electron calls `userData` (appData/<productName>), computed
 * without Electron so the desktop app, `serve` and the CLI on one machine open
 * the same shop.
 */
export function userDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  const home = os.homedir()
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_NAME)
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_NAME)
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), APP_NAME)
}

/** `--db PATH` beats `AFTERSALE_DB`, which beats the user-data folder. */
export function resolveDbPath(options: { flag?: string; env?: NodeJS.ProcessEnv; userData?: string }): string {
  const env = options.env ?? process.env
  const chosen = options.flag ?? env.AFTERSALE_DB
  if (chosen) return path.resolve(chosen)
  return path.join(options.userData ?? userDataDir(env), DATABASE_FILE)
}
