import type { MenuItemConstructorOptions, Session } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { silentLog, type Log } from '../../src-main/backend/log'
import { CONTENT_SECURITY_POLICY } from '../../src-main/security/content-security-policy'
import { dbFlagFrom } from '../../src-main/electron/command-line'
import { enforceContentSecurityPolicy } from '../../src-main/electron/csp'
import { applicationMenuTemplate } from '../../src-main/electron/menu'
import { denyAllPermissions } from '../../src-main/electron/permissions'
import { checkForUpdatesOnce, type UpdateChecker } from '../../src-main/electron/updater'

function roles(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ])
}

describe('the application menu', () => {
  it('offers reload and the developer tools only in an unpackaged app', () => {
    const packaged = roles(applicationMenuTemplate({ isPackaged: true, platform: 'linux' }))
    expect(packaged).not.toEqual(expect.arrayContaining(['reload']))
    expect(packaged).not.toContain('forceReload')
    expect(packaged).not.toContain('toggleDevTools')
    expect(roles(applicationMenuTemplate({ isPackaged: false, platform: 'linux' }))).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']))
  })

  it('has quit, the standard edit commands, zoom, the window menu and about', () => {
    expect(roles(applicationMenuTemplate({ isPackaged: true, platform: 'win32' }))).toEqual(
      expect.arrayContaining(['quit', 'editMenu', 'zoomIn', 'zoomOut', 'resetZoom', 'windowMenu', 'about']),
    )
    expect(roles(applicationMenuTemplate({ isPackaged: true, platform: 'darwin' }))).toEqual(expect.arrayContaining(['appMenu', 'close']))
  })
})

describe('the --db flag on the Electron command line', () => {
  it('is read among Chromium switches, in both spellings', () => {
    expect(dbFlagFrom(['/usr/bin/electron', '.', '--no-sandbox', '--db', '/tmp/shop.db'])).toBe('/tmp/shop.db')
    expect(dbFlagFrom(['Aftersale', '--db=/tmp/shop.db'])).toBe('/tmp/shop.db')
  })

  it('is absent when not given or given without a value', () => {
    expect(dbFlagFrom(['Aftersale'])).toBeUndefined()
    expect(dbFlagFrom(['Aftersale', '--db'])).toBeUndefined()
    expect(dbFlagFrom(['Aftersale', '--db', '--inspect'])).toBeUndefined()
  })
})

describe('the session guards', () => {
  it('adds the content security policy to every response', () => {
    let listener: ((details: { responseHeaders?: Record<string, string[]> }, callback: (response: unknown) => void) => void) | undefined
    const session = { webRequest: { onHeadersReceived: (given: typeof listener) => (listener = given) } } as unknown as Session
    enforceContentSecurityPolicy(session)
    const callback = vi.fn()
    listener?.({ responseHeaders: { 'Content-Type': ['text/html'] } }, callback)
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'Content-Type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    })
  })

  it('denies every permission request and check', () => {
    const handlers: Record<string, (...args: unknown[]) => unknown> = {}
    const session = {
      setPermissionRequestHandler: (handler: (...args: unknown[]) => unknown) => (handlers.request = handler),
      setPermissionCheckHandler: (handler: (...args: unknown[]) => unknown) => (handlers.check = handler),
      setDevicePermissionHandler: (handler: (...args: unknown[]) => unknown) => (handlers.device = handler),
    } as unknown as Session
    denyAllPermissions(session)
    const callback = vi.fn()
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) handlers.request?.({}, permission, callback, {})
    expect(callback.mock.calls).toEqual(Array.from({ length: 5 }, () => [false]))
    expect(handlers.check?.({}, 'media', 'file://', {})).toBe(false)
    expect(handlers.device?.({ deviceType: 'usb' })).toBe(false)
  })
})

function fakeUpdater(check: () => Promise<null>): UpdateChecker & { checks: number } {
  const updater = {
    checks: 0,
    logger: null,
    on: () => updater,
    checkForUpdatesAndNotify: async () => {
      updater.checks += 1
      return check()
    },
  }
  return updater as unknown as UpdateChecker & { checks: number }
}

function recordingLog(): Log & { errors: string[] } {
  const errors: string[] = []
  return { info: () => {}, error: (message) => errors.push(message), errors }
}

describe('checking for updates', () => {
  it('checks once in an installed app whose owner left the setting on', async () => {
    const updater = fakeUpdater(async () => null)
    await checkForUpdatesOnce({ isPackaged: true, readCheckForUpdates: async () => true, updater: () => updater, log: silentLog })
    expect(updater.checks).toBe(1)
  })

  it('never checks from an unpackaged app or when the setting is off', async () => {
    const updater = fakeUpdater(async () => null)
    await checkForUpdatesOnce({ isPackaged: false, readCheckForUpdates: async () => true, updater: () => updater, log: silentLog })
    await checkForUpdatesOnce({ isPackaged: true, readCheckForUpdates: async () => false, updater: () => updater, log: silentLog })
    expect(updater.checks).toBe(0)
  })

  it('logs and swallows a failed check or an unreadable setting', async () => {
    const log = recordingLog()
    const offline = fakeUpdater(() => Promise.reject(new Error('net::ERR_INTERNET_DISCONNECTED')))
    await expect(checkForUpdatesOnce({ isPackaged: true, readCheckForUpdates: async () => true, updater: () => offline, log })).resolves.toBeUndefined()
    await expect(
      checkForUpdatesOnce({ isPackaged: true, readCheckForUpdates: () => Promise.reject(new Error('locked')), updater: () => offline, log }),
    ).resolves.toBeUndefined()
    expect(log.errors).toEqual(['The update check failed', 'The update check failed'])
  })
})
