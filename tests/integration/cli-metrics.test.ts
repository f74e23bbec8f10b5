import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addCustomer, addOrder } from '../support/builders'
import { aftersale } from '../support/run-cli'
import { openTempShop } from '../support/temp-shop'

let shop: Awaited<ReturnType<typeof openTempShop>>

beforeAll(async () => {
  shop = await openTempShop()
  const db = shop.backend.context.db
  await shop.backend.client.settings.update({ timeZone: 'Europe/London' })
  const ann = await addCustomer(db, { email: 'ann@example.com' })
  await addOrder(db, { customer_id: ann.id, placed_at: '2026-02-10T10:00:00.000Z' }, [{ quantity: 2, unit_price_minor: 1500 }])
  await addOrder(db, { customer_id: ann.id, placed_at: '2026-03-10T10:00:00.000Z', currency: 'EUR', refunded_minor: 500 }, [{ quantity: 1, unit_price_minor: 2000 }])
  await addOrder(db, { source: 'amazon', placed_at: '2026-03-20T10:00:00.000Z' }, [{ quantity: 1, unit_price_minor: 1000 }])
})

afterAll(() => shop.close())

describe('aftersale metrics', () => {
  it('prints every figure as exactly one JSON document', async () => {
    const run = await aftersale('metrics', '--db', shop.dbPath, '--from', '2026-01-01', '--to', '2026-03-31', '--json')
    expect(run.code, run.stderr).toBe(0)
    const metrics = JSON.parse(run.stdout) as {
      period: { from: string; to: string }
      timeZone: string
      excluded: { current: { ordersWithoutCustomer: number } }
      kpis: { orders: { current: number }; customers: { current: number }; netRevenue: { current: unknown[] } }
      cohorts: { rows: unknown[] }
    }
    expect(metrics.period).toMatchObject({ from: '2026-01-01', to: '2026-03-31' })
    expect(metrics.timeZone).toBe('Europe/London')
    expect(metrics.kpis.orders.current).toBe(3)
    expect(metrics.kpis.customers.current).toBe(1)
    expect(metrics.excluded.current.ordersWithoutCustomer).toBe(1)
    expect(metrics.kpis.netRevenue.current).toEqual([
      { currency: 'EUR', netMinor: 1500, orders: 1 },
      { currency: 'USD', netMinor: 4000, orders: 2 },
    ])
    expect(metrics.cohorts.rows.length).toBeGreaterThan(0)
  })

  it('applies the source and currency filters', async () => {
    const run = await aftersale('metrics', '--db', shop.dbPath, '--from', '2026-01-01', '--to', '2026-03-31', '--currency', 'EUR', '--json')
    expect(run.code, run.stderr).toBe(0)
    const metrics = JSON.parse(run.stdout) as { filters: { currency: string }; kpis: { orders: { current: number } } }
    expect(metrics.filters.currency).toBe('EUR')
    expect(metrics.kpis.orders.current).toBe(1)
  })

  it('prints a readable summary without --json', async () => {
    const run = await aftersale('metrics', '--db', shop.dbPath, '--from', '2026-01-01', '--to', '2026-03-31')
    expect(run.code, run.stderr).toBe(0)
    expect(run.stdout).toContain('Retention 2026-01-01 to 2026-03-31 (Europe/London)')
    expect(run.stdout).toContain('Net revenue')
    expect(run.stdout).toMatch(/€15\.00/)
    expect(run.stdout).toMatch(/\$40\.00/)
  })

  it('names a refused value and exits 1, printing the error as JSON', async () => {
    const run = await aftersale('metrics', '--db', shop.dbPath, '--from', '2026-04-01', '--to', '2026-03-01', '--json')
    expect(run.code).toBe(1)
    expect(JSON.parse(run.stdout)).toMatchObject({ error: { code: 'INVALID_INPUT' } })
    expect(run.stderr).toContain('on or before its last day')
  })
})
