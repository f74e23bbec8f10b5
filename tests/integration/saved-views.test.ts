import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTempShop } from '../support/temp-shop'

let shop: Awaited<ReturnType<typeof openTempShop>>
beforeAll(async () => {
  shop = await openTempShop()
})
afterAll(() => shop.close())

describe('saved views', () => {
  it('saves a view and lists it back with everything it remembered', async () => {
    const state = {
      search: 'brontë',
      sort: 'total' as const,
      direction: 'asc' as const,
      filters: { placedFrom: '2026-01-01', sources: ['shopify' as const], currency: 'EUR', minTotalMinor: 5000 },
      columns: ['orderNumber', 'total'],
    }
    const saved = await shop.backend.client.savedViews.save({ screen: 'orders', name: '  Big EUR orders  ', state })
    expect(saved).toMatchObject({ screen: 'orders', name: 'Big EUR orders', state })

    const views = await shop.backend.client.savedViews.list({ screen: 'orders' })
    expect(views).toEqual([saved])
    expect(await shop.backend.client.savedViews.list({ screen: 'customers' })).toEqual([])
  })

  it('fills what a view leaves out with the list’s defaults', async () => {
    const saved = await shop.backend.client.savedViews.save({ screen: 'customers', name: 'Everyone', state: {} })
    expect(saved.state).toEqual({ search: '', sort: 'lastOrderAt', direction: 'desc', filters: {}, columns: [] })
  })

  it('replaces the view of the same name, whatever its case, instead of adding a second one', async () => {
    const first = await shop.backend.client.savedViews.save({ screen: 'customers', name: 'Lapsed', state: { filters: { lastOrderOlderThanDays: 90 } } })
    const second = await shop.backend.client.savedViews.save({ screen: 'customers', name: 'lapsed', state: { filters: { lastOrderOlderThanDays: 180 } } })
    expect(second.id).toBe(first.id)
    expect(second).toMatchObject({ name: 'lapsed', state: { filters: { lastOrderOlderThanDays: 180 } } })
    const names = (await shop.backend.client.savedViews.list({ screen: 'customers' })).map((v) => v.name)
    expect(names).toEqual(['Everyone', 'lapsed'])
  })

  it('keeps the same name apart on the two screens', async () => {
    await shop.backend.client.savedViews.save({ screen: 'orders', name: 'Everyone', state: {} })
    expect((await shop.backend.client.savedViews.list({ screen: 'orders' })).map((v) => v.name)).toContain('Everyone')
    expect((await shop.backend.client.savedViews.list({ screen: 'customers' })).map((v) => v.name)).toContain('Everyone')
  })

  it('refuses a state the list would refuse, and a name that is empty or too long', async () => {
    await expect(
      shop.backend.client.savedViews.save({ screen: 'orders', name: 'Bad', state: { filters: { minTotalMinor: 100 } } }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('Choose a currency') })
    await expect(shop.backend.client.savedViews.save({ screen: 'orders', name: '   ', state: {} })).rejects.toMatchObject({ code: 'INVALID_INPUT' })
    await expect(shop.backend.client.savedViews.save({ screen: 'orders', name: 'x'.repeat(81), state: {} })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    })
    await expect(
      shop.backend.client.savedViews.save({ screen: 'orders', name: 'Wide', state: { columns: Array.from({ length: 41 }, (_, i) => `c${i}`) } }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' })
  })

  it('removes a view, and says so when it was already gone', async () => {
    const view = await shop.backend.client.savedViews.save({ screen: 'orders', name: 'Short-lived', state: {} })
    expect(await shop.backend.client.savedViews.remove({ id: view.id })).toEqual({ id: view.id })
    expect((await shop.backend.client.savedViews.list({ screen: 'orders' })).map((v) => v.id)).not.toContain(view.id)
    await expect(shop.backend.client.savedViews.remove({ id: view.id })).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })

  it('repairs a view saved by another version field by field instead of failing the list', async () => {
    const db = shop.backend.context.db
    const stale = {
      search: 'zoe',
      sort: 'margin',
      direction: 'asc',
      columns: ['name', 'orders'],
      filters: { consent: ['granted'], minOrders: 'two', country: 'FR', spent: { minMinor: 1000 }, maxOrders: 5, tag: 'vip' },
      layout: 'compact',
    }
    const at = '2025-01-01T00:00:00.000Z'
    await db
      .insertInto('saved_views')
      .values([
        { id: 'old-1', screen: 'customers', name: 'From last year', state_json: JSON.stringify(stale), created_at: at, updated_at: at },
        { id: 'old-2', screen: 'customers', name: 'Broken', state_json: '{not json', created_at: at, updated_at: at },
        { id: 'old-4', screen: 'customers', name: 'Odd keys', state_json: '{"__proto__":{"search":"x"},"constructor":1,"search":"kept"}', created_at: at, updated_at: at },
      ])
      .execute()

    const views = await shop.backend.client.savedViews.list({ screen: 'customers' })
    expect(views.find((v) => v.id === 'old-1')?.state).toEqual({
      search: 'zoe',
      sort: 'lastOrderAt',
      direction: 'asc',
      columns: ['name', 'orders'],
      filters: { consent: ['granted'], maxOrders: 5, tag: 'vip' },
    })
    expect(views.find((v) => v.id === 'old-2')?.state).toEqual({ search: '', sort: 'lastOrderAt', direction: 'desc', columns: [], filters: {} })
    expect(views.find((v) => v.id === 'old-4')?.state).toEqual({ search: 'kept', sort: 'lastOrderAt', direction: 'desc', columns: [], filters: {} })
  })

  it('drops both sides of a rule across filters that no longer holds', async () => {
    const db = shop.backend.context.db
    const at = '2025-01-01T00:00:00.000Z'
    const stale = { filters: { minTotalMinor: 100, maxTotalMinor: 50, hasReturn: true } }
    await db.insertInto('saved_views').values({ id: 'old-3', screen: 'orders', name: 'Inverted', state_json: JSON.stringify(stale), created_at: at, updated_at: at }).execute()
    const view = (await shop.backend.client.savedViews.list({ screen: 'orders' })).find((v) => v.id === 'old-3')
    expect(view?.state.filters).toEqual({ hasReturn: true })
  })
})
