import { createORPCClient, ORPCError } from '@orpc/client'
import { RPCLink } from '@orpc/client/fetch'
import http from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiClient } from '../../src-main/backend/router'
import { startLoopbackServer, type LoopbackServer } from '../../src-main/server/loopback-server'
import { addCustomer, addOrder } from '../support/builders'
import { makeTempDir } from '../support/temp-dir'
import { openTempShop } from '../support/temp-shop'

let shop: Awaited<ReturnType<typeof openTempShop>>
let server: LoopbackServer
let renderer: ReturnType<typeof makeTempDir>

function clientWith(token: string): ApiClient {
  return createORPCClient(new RPCLink({ url: `http://127.0.0.1:${server.port}/rpc`, headers: { authorization: `Bearer ${token}` } }))
}

/** A raw request, so the Host and Origin headers can be forged the way a hostile page or DNS rebinding would. */
function rawRequest(options: { path: string; headers?: Record<string, string>; method?: string; body?: string }): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: server.port, path: options.path, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        let body = ''
        res.on('data', (chunk: Buffer) => (body += chunk.toString()))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }))
      },
    )
    req.on('error', reject)
    req.end(options.body)
  })
}

async function failure(promise: Promise<unknown>): Promise<ORPCError<string, unknown>> {
  try {
    await promise
  } catch (error) {
    if (error instanceof ORPCError) return error
    throw error
  }
  throw new Error('expected the call to fail')
}

beforeAll(async () => {
  shop = await openTempShop()
  renderer = makeTempDir()
  const { writeFileSync } = await import('node:fs')
  writeFileSync(`${renderer.dir}/index.html`, '<!doctype html><title>Aftersale</title>')
  server = await startLoopbackServer({ backend: shop.backend, rendererDir: renderer.dir })
  const customer = await addCustomer(shop.backend.context.db, { first_name: 'Zoë', last_name: 'Brontë', email: 'zoe@example.com' })
  await addOrder(shop.backend.context.db, { order_number: '#1001', customer_id: customer.id })
})

afterAll(async () => {
  await server.close()
  await shop.close()
  renderer.cleanup()
})

describe('the loopback HTTP transport', () => {
  it('listens on 127.0.0.1 only and prints an address that carries the token', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${server.token}`)
    expect(server.token.length).toBeGreaterThanOrEqual(32)
  })

  it('answers a call that carries the token', async () => {
    const status = await clientWith(server.token).shop.status({})
    expect(status.dbPath).toBe(shop.dbPath)
    expect(status.isEmpty).toBe(false)
  })

  it('refuses an API request without the token, or with a wrong one', async () => {
    const missing = await rawRequest({ path: '/rpc/shop/status', method: 'POST', headers: { 'content-type': 'application/json', host: `127.0.0.1:${server.port}` }, body: '{}' })
    expect(missing.status).toBe(401)
    expect(JSON.parse(missing.body)).toMatchObject({ code: 'UNAUTHORIZED' })
    const wrong = await failure(clientWith('not-the-token').shop.status({}))
    expect(wrong.status).toBe(401)
  })

  it('refuses a request addressed to another host name (DNS rebinding)', async () => {
    const response = await rawRequest({ path: '/', headers: { host: `evil.example:${server.port}` } })
    expect(response.status).toBe(421)
  })

  it('refuses a request from another web page’s origin even with the token', async () => {
    const response = await rawRequest({
      path: '/rpc/shop/status',
      method: 'POST',
      headers: { host: `127.0.0.1:${server.port}`, origin: 'http://evil.example', authorization: `Bearer ${server.token}`, 'content-type': 'application/json' },
      body: '{}',
    })
    expect(response.status).toBe(403)
  })

  it('rejects an invalid input by its schema with a message that names the field', async () => {
    const error = await failure(clientWith(server.token).orders.list({ page: -1, pageSize: 5000 } as never))
    expect(error.code).toBe('INVALID_INPUT')
    expect(error.message).toContain('page')
    expect(error.message).toContain('pageSize')
  })

  it('carries a typed, user-facing failure with its code', async () => {
    const error = await failure(clientWith(server.token).orders.get({ id: 'no-such-order' }))
    expect(error.code).toBe('NOT_FOUND')
    expect(error.message).toMatch(/no longer in this shop/)
  })

  it('serves the renderer with a strict content security policy', async () => {
    const response = await rawRequest({ path: '/', headers: { host: `127.0.0.1:${server.port}` } })
    expect(response.status).toBe(200)
    expect(response.headers['content-security-policy']).toContain("script-src 'self'")
    expect(response.headers['x-content-type-options']).toBe('nosniff')
  })

  it('never serves a file outside the renderer folder', async () => {
    const response = await rawRequest({ path: '/..%2f..%2fetc%2fpasswd', headers: { host: `127.0.0.1:${server.port}` } })
    expect(response.body).not.toContain('root:')
  })
})
