import fs from 'node:fs'
import path from 'node:path'
import { AppError } from '../backend/errors'

/**
 * Outside the desktop app (CLI, browser mode) PDFs come from a Chromium-family
 * browser already on the computer, driven headless: the variable names one
 * explicitly, else the usual install places of Chromium, Chrome and Edge.
 */
export const CHROMIUM_VARIABLE = 'AFTERSALE_CHROMIUM'

export interface ChromiumLookup {
  env: Readonly<Record<string, string | undefined>>
  platform: NodeJS.Platform
  exists(file: string): boolean
}

const systemLookup: ChromiumLookup = { env: process.env, platform: process.platform, exists: (file) => fs.existsSync(file) }

export function chromiumCandidates(platform: NodeJS.Platform, env: ChromiumLookup['env']): string[] {
  if (platform === 'darwin') {
    const apps = ['Google Chrome.app/Contents/MacOS/Google Chrome', 'Chromium.app/Contents/MacOS/Chromium', 'Microsoft Edge.app/Contents/MacOS/Microsoft Edge']
    const folders = ['/Applications', ...(env.HOME ? [path.posix.join(env.HOME, 'Applications')] : [])]
    return folders.flatMap((folder) => apps.map((app) => path.posix.join(folder, app)))
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((root): root is string => Boolean(root))
    const programs = ['Google\\Chrome\\Application\\chrome.exe', 'Chromium\\Application\\chrome.exe', 'Microsoft\\Edge\\Application\\msedge.exe']
    return programs.flatMap((program) => roots.map((root) => path.win32.join(root, program)))
  }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium', '/usr/bin/microsoft-edge']
}

function installHint(platform: NodeJS.Platform): string {
  if (platform === 'linux') return 'Install Chromium (on Debian or Ubuntu: sudo apt install chromium)'
  return 'Install Google Chrome'
}

/** The browser to print with, or an error that says what to install or which variable to set. */
export function findChromium(lookup: ChromiumLookup = systemLookup): string {
  const chosen = lookup.env[CHROMIUM_VARIABLE]
  if (chosen) {
    if (lookup.exists(chosen)) return chosen
    throw new AppError('PDF_PRINTER_MISSING', `${CHROMIUM_VARIABLE} names ${chosen}, but there is no such file. Set it to the program file of Chromium or Google Chrome, or unset it to use one installed in the usual place.`, {
      variable: CHROMIUM_VARIABLE,
    })
  }
  const found = chromiumCandidates(lookup.platform, lookup.env).find((file) => lookup.exists(file))
  if (found) return found
  throw new AppError(
    'PDF_PRINTER_MISSING',
    `Making a PDF here needs Chromium or Google Chrome, and neither was found. ${installHint(lookup.platform)}, or set ${CHROMIUM_VARIABLE} to the browser's program file. (The desktop app needs neither.)`,
    { variable: CHROMIUM_VARIABLE },
  )
}
