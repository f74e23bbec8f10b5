import crypto from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { RPCHandler } from '@orpc/server/node'
import type { Backend } from '../backend/create-backend'
import { errorInterceptor } from '../backend/error-interceptor'
import { appRouter } from '../backend/router'
import { CONTENT_SECURITY_POLICY } from '../security/content-security-policy'

export interface LoopbackServer {
  /** The address to open, token included (it is read once by the page and removed from the address bar). */
  url: string
  port: number
  token: string
  close(): Promise<void>
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
}

const SECURITY_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && crypto.timingSafeEqual(a, b)
}

function refuse(res: http.ServerResponse, status: number, code: string, message: string): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...SECURITY_HEADERS })
  res.end(JSON.stringify({ code, message }))
}

function serveStatic(rendererDir: string, urlPath: string, res: http.ServerResponse): void {
  const decoded = decodeURIComponent(urlPath)
  const candidate = path.resolve(rendererDir, `.${decoded}`)
  const inside = candidate.startsWith(rendererDir + path.sep)
  const file = inside && fs.existsSync(candidate) && fs.statSync(candidate).isFile() ? candidate : path.join(rendererDir, 'index.html')
  if (!fs.existsSync(file)) {
    refuse(res, 503, 'NOT_BUILT', 'The app has not been built yet. Run `npm run build` (npm run serve does it for you).')
    return
  }
  res.writeHead(200, {
    'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
    'cache-control': file.endsWith('index.html') ? 'no-store' : 'public, max-age=31536000, immutable',
    ...SECURITY_HEADERS,
  })
  fs.createReadStream(file).pipe(res)
}

/**
 * The browser-mode transport: the real backend on 127.0.0.1 only. Guards, in
 * order: Host (against DNS rebinding), Origin (against other local pages),
 * then the per-run bearer token for every API call.
 */
export async function startLoopbackServer(options: { backend: Backend; rendererDir: string; port?: number; token?: string }): Promise<LoopbackServer> {
  const token = options.token ?? crypto.randomBytes(24).toString('base64url')
  const rendererDir = path.resolve(options.rendererDir)
  const handler = new RPCHandler(appRouter, { clientInterceptors: [errorInterceptor(options.backend.context.log)] })
  let allowedHosts: Set<string> = new Set()

  const server = http.createServer(async (req, res) => {
    try {
      const host = req.headers.host ?? ''
      if (!allowedHosts.has(host)) return refuse(res, 421, 'WRONG_HOST', 'Aftersale only answers on its own loopback address.')
      const origin = req.headers.origin
      if (origin !== undefined && !allowedHosts.has(origin.replace(/^http:\/\//, ''))) {
        return refuse(res, 403, 'WRONG_ORIGIN', 'Requests from other web pages are refused.')
      }
      const url = new URL(req.url ?? '/', `http://${host}`)
      if (url.pathname.startsWith('/rpc/')) {
        const auth = req.headers.authorization ?? ''
        if (!auth.startsWith('Bearer ') || !sameSecret(auth.slice('Bearer '.length), token)) {
          return refuse(res, 401, 'UNAUTHORIZED', 'This request did not carry the access token of this Aftersale session. Open the address printed by `npm run serve`.')
        }
        const { matched } = await handler.handle(req, res, { prefix: '/rpc', context: options.backend.context })
        if (!matched) refuse(res, 404, 'NOT_FOUND', `No such procedure: ${url.pathname.slice('/rpc/'.length)}`)
        return
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'METHOD_NOT_ALLOWED', 'Only GET is served here.')
      serveStatic(rendererDir, url.pathname, res)
    } catch (error) {
      options.backend.context.log.error('Loopback server failure', error)
      if (!res.headersSent) refuse(res, 500, 'INTERNAL', 'Something went wrong inside Aftersale.')
      else res.destroy()
    }
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
  })
  const address = server.address()
  if (address === null || typeof address === 'string') throw new Error('The loopback server did not get a TCP port.')
  const port = address.port
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`])

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
