import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** Where the window's page comes from: the built file, or the electron-vite dev server while developing. */
export type RendererLocation = { kind: 'file'; indexHtml: string } | { kind: 'dev-server'; url: string }

/**
 * The dev-server address is honoured only in an unpackaged app: in a shipped
 * build an environment variable must not be able to point our window, and so
 * our preload and API, at some other page.
 */
export function resolveRendererLocation(options: { isPackaged: boolean; devServerUrl: string | undefined; mainDir: string }): RendererLocation {
  if (!options.isPackaged && options.devServerUrl) return { kind: 'dev-server', url: options.devServerUrl }
  return { kind: 'file', indexHtml: path.join(options.mainDir, '../renderer/index.html') }
}

function parse(candidate: string): URL | undefined {
  try {
    return new URL(candidate)
  } catch {
    return undefined
  }
}

/** Undefined for file URLs Node refuses to map to a path (encoded separators, say). */
function filePathOf(url: URL): string | undefined {
  try {
    return fileURLToPath(url)
  } catch {
    return undefined
  }
}

/** True for our own page: the built index.html itself (any route in its hash), or any page of the dev server's origin. */
export function isOwnRendererUrl(candidate: string, location: RendererLocation): boolean {
  const url = parse(candidate)
  if (url === undefined) return false
  if (location.kind === 'dev-server') {
    const devServer = parse(location.url)
    return devServer !== undefined && /^https?:$/.test(url.protocol) && url.origin === devServer.origin
  }
  if (url.protocol !== 'file:' || url.host !== '') return false
  const filePath = filePathOf(url)
  return filePath !== undefined && path.resolve(filePath) === path.resolve(location.indexHtml)
}

/** The part of Electron's WebFrameMain the sender check needs. */
export interface SenderFrame {
  readonly url: string
  readonly parent: unknown
}

/** IPC is accepted only from the top-level frame showing our page, never from a subframe or a page we navigated away to. */
export function isTrustedSenderFrame(frame: SenderFrame | null | undefined, location: RendererLocation): boolean {
  return frame !== null && frame !== undefined && frame.parent === null && isOwnRendererUrl(frame.url, location)
}
