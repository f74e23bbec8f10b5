import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { secureWebPreferences } from '../../src-main/electron/secure-web-preferences'
import {
  DEFAULT_WINDOW_SIZE,
  MINIMUM_WINDOW_SIZE,
  parseWindowState,
  readWindowState,
  restoreWindowBounds,
  writeWindowState,
  type WindowState,
} from '../../src-main/electron/window-state'

const laptop = { x: 0, y: 0, width: 1440, height: 900 }
const monitorOnTheRight = { x: 1440, y: 0, width: 2560, height: 1440 }

describe('the secure window preferences', () => {
  it('isolates the page from Node and from the preload', () => {
    const preferences = secureWebPreferences('/app/out/preload/index.cjs')
    expect(preferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    })
  })
})

describe('remembering the window size', () => {
  it('opens at the default size, centred, the first time', () => {
    expect(restoreWindowBounds(undefined, [laptop])).toEqual({ ...DEFAULT_WINDOW_SIZE, isMaximized: false })
  })

  it('goes back where it was when that place is still on a screen', () => {
    const saved: WindowState = { bounds: { x: 1600, y: 100, width: 1400, height: 900 }, isMaximized: true }
    expect(restoreWindowBounds(saved, [laptop, monitorOnTheRight])).toEqual({ x: 1600, y: 100, width: 1400, height: 900, isMaximized: true })
  })

  it('is centred when its monitor has been unplugged', () => {
    const saved: WindowState = { bounds: { x: 1600, y: 100, width: 1400, height: 800 }, isMaximized: false }
    expect(restoreWindowBounds(saved, [laptop])).toEqual({ width: 1400, height: 800, isMaximized: false })
  })

  it('shrinks to fit a smaller screen and never below the minimum a screen allows', () => {
    const saved: WindowState = { bounds: { x: 0, y: 0, width: 2400, height: 1400 }, isMaximized: false }
    expect(restoreWindowBounds(saved, [laptop])).toEqual({ width: 1440, height: 900, isMaximized: false })
    const tiny: WindowState = { bounds: { x: 10, y: 10, width: 200, height: 100 }, isMaximized: false }
    expect(restoreWindowBounds(tiny, [laptop])).toMatchObject({ width: MINIMUM_WINDOW_SIZE.width, height: MINIMUM_WINDOW_SIZE.height })
  })

  it('pulls a window hanging off the edge back onto its screen', () => {
    const saved: WindowState = { bounds: { x: 600, y: -50, width: 1000, height: 700 }, isMaximized: false }
    expect(restoreWindowBounds(saved, [laptop])).toEqual({ x: 440, y: 0, width: 1000, height: 700, isMaximized: false })
  })

  it('treats a damaged or foreign state file as no saved state', () => {
    for (const text of ['', '{', 'null', '[]', '{"bounds":{"x":0,"y":0,"width":-5,"height":10},"isMaximized":false}', '{"bounds":{"x":"0"},"isMaximized":1}']) {
      expect(parseWindowState(text), text).toBeUndefined()
    }
  })

  it('reads back what it wrote, and nothing from a missing file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aftersale-window-'))
    const file = path.join(dir, 'nested', 'window-state.json')
    expect(readWindowState(file)).toBeUndefined()
    const state: WindowState = { bounds: { x: 20, y: 30, width: 1200, height: 800 }, isMaximized: false }
    writeWindowState(file, state)
    expect(readWindowState(file)).toEqual(state)
    fs.rmSync(dir, { recursive: true, force: true })
  })
})
