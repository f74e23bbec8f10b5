import { createORPCClient } from '@orpc/client'
import { RPCLink } from '@orpc/client/fetch'
import { afterEach, describe, expect, it } from 'vitest'
import type { ApiClient } from '../../src-main/backend/router'
import { startLoopbackServer, type LoopbackServer } from '../../src-main/server/loopback-server'
import { makeTempDir } from '../support/temp-dir'
import { openTempShop } from '../support/temp-shop'

let cleanups: Array<() => Promise<void> | void> = []
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup()
  cleanups = []
})

async function servedShop(): Promise<{ client: ApiClient; shop: Awaited<ReturnType<typeof openTempShop>> }> {
  const shop = await openTempShop()
  const renderer = makeTempDir()
  const server: LoopbackServer = await startLoopbackServer({ backend: shop.backend, rendererDir: renderer.dir })
  cleanups.push(() => shop.close(), () => renderer.cleanup(), () => server.close())
  const client: ApiClient = createORPCClient(
    new RPCLink({ url: `http://127.0.0.1:${server.port}/rpc`, headers: { authorization: `Bearer ${server.token}` } }),
  )
  return { client, shop }
}

describe('long jobs over the loopback transport', () => {
  it('streams progress and then the result of loading the demo shop', async () => {
    const { client } = await servedShop()
    const phases = new Set<string>()
    let result: { seed: number; created: Record<string, number> } | undefined
    for await (const event of await client.demo.load({ seed: 3 })) {
      if (event.kind === 'progress') phases.add(event.phase)
      else result = event.result
    }
    expect(phases.size).toBeGreaterThan(1)
    expect(result?.seed).toBe(3)
    expect((await client.shop.status({})).isEmpty).toBe(false)
  })

  it('rolls everything back when the caller cancels half-way', async () => {
    const { client, shop } = await servedShop()
    const controller = new AbortController()
    const events = await client.demo.load({ seed: 3 }, { signal: controller.signal })
    await expect(
      (async () => {
        for await (const event of events) if (event.kind === 'progress' && event.done > 0) controller.abort()
      })(),
    ).rejects.toThrow()
    // The server learns of the abort when the connection closes; wait until the job has rolled back.
    let stats = await shop.backend.client.shop.stats({})
    for (let i = 0; i < 50 && (stats.tables.orders > 0 || stats.tables.customers > 0); i++) {
      await new Promise((r) => setTimeout(r, 100))
      stats = await shop.backend.client.shop.stats({})
    }
    expect((await client.shop.status({})).isEmpty).toBe(true)
    expect(stats.tables.orders + stats.tables.customers + stats.tables.order_lines).toBe(0)
  })
})
