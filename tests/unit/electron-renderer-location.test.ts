import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { isOwnRendererUrl, isTrustedSenderFrame, resolveRendererLocation, type RendererLocation } from '../../src-main/electron/renderer-location'

const mainDir = path.resolve('/app/out/main')
const built = resolveRendererLocation({ isPackaged: true, devServerUrl: undefined, mainDir })
const indexHtml = path.resolve('/app/out/renderer/index.html')
const ownFileUrl = pathToFileURL(indexHtml).href
const devServer: RendererLocation = { kind: 'dev-server', url: 'http://localhost:5173/' }

describe('where the window loads its page from', () => {
  it('loads the built index.html beside the main bundle', () => {
    expect(built).toEqual({ kind: 'file', indexHtml })
  })

  it('uses the dev server only in an unpackaged app', () => {
    expect(resolveRendererLocation({ isPackaged: false, devServerUrl: 'http://localhost:5173/', mainDir })).toEqual(devServer)
    expect(resolveRendererLocation({ isPackaged: true, devServerUrl: 'https://evil.example/', mainDir })).toEqual(built)
  })
})

describe('which frames may use the desktop IPC', () => {
  it('accepts our own top-level page, on any route', () => {
    expect(isTrustedSenderFrame({ url: ownFileUrl, parent: null }, built)).toBe(true)
    expect(isTrustedSenderFrame({ url: `${ownFileUrl}#/orders/42`, parent: null }, built)).toBe(true)
    expect(isTrustedSenderFrame({ url: 'http://localhost:5173/customers', parent: null }, devServer)).toBe(true)
  })

  it('rejects subframes, even of our own page', () => {
    expect(isTrustedSenderFrame({ url: ownFileUrl, parent: {} }, built)).toBe(false)
  })

  it('rejects a missing frame (destroyed or navigated away)', () => {
    expect(isTrustedSenderFrame(null, built)).toBe(false)
    expect(isTrustedSenderFrame(undefined, built)).toBe(false)
  })

  it('rejects other files, remote pages and other schemes', () => {
    for (const url of [
      pathToFileURL(path.resolve('/app/out/renderer/other.html')).href,
      pathToFileURL(path.resolve('/tmp/index.html')).href,
      'file://evil-host/app/out/renderer/index.html',
      'https://example.com/index.html',
      'http://localhost:5173/',
      'about:blank',
      'data:text/html,hi',
      'not a url',
      '',
    ]) {
      expect(isOwnRendererUrl(url, built), url).toBe(false)
    }
  })

  it('rejects other origins than the dev server in development', () => {
    for (const url of ['http://localhost:5174/', 'http://127.0.0.1:5173/', 'https://localhost:5173/', ownFileUrl, 'about:blank']) {
      expect(isOwnRendererUrl(url, devServer), url).toBe(false)
    }
  })
})
