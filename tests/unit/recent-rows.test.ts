import { describe, expect, it } from 'vitest'
import { RecentRows } from '../../src-main/imports/recent-rows'

describe('the rows a batch wrote most recently', () => {
  it('gives back the latest row remembered for a key', () => {
    const rows = new RecentRows<{ name: string }>(4)
    rows.remember('a@example.com', { name: 'Ann' })
    rows.remember('b@example.com', { name: 'Bo' })
    rows.remember('a@example.com', { name: 'Ann Lee' })
    expect(rows.get('a@example.com')).toEqual({ name: 'Ann Lee' })
    expect(rows.get('c@example.com')).toBeUndefined()
  })

  it('forgets the rows not used for longest, keeping those asked for again', () => {
    const rows = new RecentRows<number>(4)
    rows.remember('k0', 0)
    rows.remember('k1', 1)
    expect(rows.get('k0')).toBe(0)
    rows.remember('k2', 2)
    rows.remember('k3', 3)
    expect(rows.get('k0')).toBe(0)
    expect(rows.get('k1')).toBeUndefined()
  })

  it('never holds more rows than its capacity', () => {
    const rows = new RecentRows<number>(100)
    for (let i = 0; i < 10_000; i++) rows.remember(`k${i}`, i)
    const held = Array.from({ length: 10_000 }, (_, i) => rows.get(`k${i}`)).filter((row) => row !== undefined)
    expect(held.length).toBeLessThanOrEqual(100)
    expect(held.length).toBeGreaterThanOrEqual(50)
  })
})
