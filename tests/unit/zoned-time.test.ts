import { describe, expect, it } from 'vitest'
import { localDateOf, localMonthOf, startOfLocalDay, startOfLocalMonth } from '../../src-main/time/zoned-time'

const HOUR_MS = 3_600_000

function hoursInDay(date: string, next: string, zone: string): number {
  return (startOfLocalDay(next, zone).getTime() - startOfLocalDay(date, zone).getTime()) / HOUR_MS
}

describe('the start of a shop-local day as a UTC instant', () => {
  it('follows New York across the spring change (2026-03-08 has 23 hours)', () => {
    expect(startOfLocalDay('2026-03-08', 'America/New_York').toISOString()).toBe('2026-03-08T05:00:00.000Z')
    expect(startOfLocalDay('2026-03-09', 'America/New_York').toISOString()).toBe('2026-03-09T04:00:00.000Z')
    expect(hoursInDay('2026-03-08', '2026-03-09', 'America/New_York')).toBe(23)
  })

  it('follows New York across the autumn change (2026-11-01 has 25 hours)', () => {
    expect(startOfLocalDay('2026-11-01', 'America/New_York').toISOString()).toBe('2026-11-01T04:00:00.000Z')
    expect(hoursInDay('2026-11-01', '2026-11-02', 'America/New_York')).toBe(25)
  })

  it('follows London into summer time on 2026-03-29', () => {
    expect(startOfLocalDay('2026-03-29', 'Europe/London').toISOString()).toBe('2026-03-29T00:00:00.000Z')
    expect(startOfLocalDay('2026-03-30', 'Europe/London').toISOString()).toBe('2026-03-29T23:00:00.000Z')
  })

  it('starts a day whose midnight is skipped at the moment the clocks jump (Santiago, 2026-09-06 at 01:00)', () => {
    const start = startOfLocalDay('2026-09-06', 'America/Santiago')
    expect(start.toISOString()).toBe('2026-09-06T04:00:00.000Z')
    expect(localDateOf(new Date(start.getTime() - 1), 'America/Santiago')).toBe('2026-09-05')
  })

  it('starts a day whose midnight happens twice at the first of them (Havana, 2026-11-01)', () => {
    const start = startOfLocalDay('2026-11-01', 'America/Havana')
    expect(localDateOf(start, 'America/Havana')).toBe('2026-11-01')
    expect(localDateOf(new Date(start.getTime() - 1), 'America/Havana')).toBe('2026-10-31')
  })

  it('handles zones ahead of UTC and half-hour offsets', () => {
    expect(startOfLocalDay('2026-01-01', 'Asia/Kolkata').toISOString()).toBe('2025-12-31T18:30:00.000Z')
    expect(startOfLocalMonth('2026-02', 'Asia/Tokyo').toISOString()).toBe('2026-01-31T15:00:00.000Z')
    expect(startOfLocalDay('2026-07-01', 'UTC').toISOString()).toBe('2026-07-01T00:00:00.000Z')
  })

  it('refuses text that is not a date or a month', () => {
    expect(() => startOfLocalDay('1 March', 'UTC')).toThrow(RangeError)
    expect(() => startOfLocalMonth('2026-3', 'UTC')).toThrow(RangeError)
  })
})

describe('the shop-local date and month of an instant', () => {
  it('puts an order at 23:30 on 31 January in New York (04:30 UTC on 1 February) in January', () => {
    const placed = new Date('2026-02-01T04:30:00.000Z')
    expect(localDateOf(placed, 'America/New_York')).toBe('2026-01-31')
    expect(localMonthOf(placed, 'America/New_York')).toBe('2026-01')
    expect(localMonthOf(placed, 'UTC')).toBe('2026-02')
  })

  it('starts a month at local midnight of its first day', () => {
    expect(startOfLocalMonth('2026-02', 'America/New_York').toISOString()).toBe('2026-02-01T05:00:00.000Z')
    expect(startOfLocalMonth('2026-04', 'America/New_York').toISOString()).toBe('2026-04-01T04:00:00.000Z')
  })
})
