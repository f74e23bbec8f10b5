import { describe, expect, it } from 'vitest'
import { isoFromEpochMs, parseDate, parseDateAndTime } from '../../src-main/imports/parse-date'
import { ianaZoneFor, wallTimeToUtcMs } from '../../src-main/imports/time-zones'

const iso = (raw: string, spec: Parameters<typeof parseDate>[1], zone = 'UTC') => parseDate(raw, spec, zone)?.iso ?? null

describe('reading dates per column', () => {
  it('reads Shopify and Amazon dates with their own offsets', () => {
    expect(iso('2025-12-07 19:08:25 +0000', 'iso')).toBe('2025-12-07T19:08:25.000Z')
    expect(iso('2026-04-05 21:06:21 +0400', 'iso')).toBe('2026-04-05T17:06:21.000Z')
    expect(iso('2025-12-06 10:37:33 -0500', 'iso')).toBe('2025-12-06T15:37:33.000Z')
    expect(iso('2026-01-05T10:00:00+00:00', 'iso')).toBe('2026-01-05T10:00:00.000Z')
    expect(iso('2026-01-06T23:30:00+01:00', 'iso')).toBe('2026-01-06T22:30:00.000Z')
    expect(iso('2026-01-06T23:30:00.250Z', 'iso')).toBe('2026-01-06T23:30:00.250Z')
  })

  it('reads a date without a zone as a wall time in the shop zone', () => {
    expect(iso('2026-01-14 09:12:45', 'iso', 'Asia/Dhaka')).toBe('2026-01-14T03:12:45.000Z')
    expect(iso('2026-01-14', 'iso', 'America/New_York')).toBe('2026-01-14T05:00:00.000Z')
  })

  it('reads US month-first dates with two- and four-digit years (Etsy mixes them in one file)', () => {
    expect(iso('12/31/22', 'mdy')).toBe('2022-12-31T00:00:00.000Z')
    expect(iso('12/26/2021', 'mdy')).toBe('2021-12-26T00:00:00.000Z')
    expect(iso('7/25/2018 21:06', 'mdy')).toBe('2018-07-25T21:06:00.000Z')
    expect(iso('7/25/2018 9:06 PM', 'mdy')).toBe('2018-07-25T21:06:00.000Z')
  })

  it('reads the same digits differently when the column is day-first', () => {
    expect(iso('03/04/2025', 'mdy')).toBe('2025-03-04T00:00:00.000Z')
    expect(iso('03/04/2025', 'dmy')).toBe('2025-04-03T00:00:00.000Z')
    expect(iso('31.12.2025 14:30', 'dmy')).toBe('2025-12-31T14:30:00.000Z')
  })

  it('reads eBay dates, US, Australian and German', () => {
    expect(iso('Sep-18-26', 'ebay')).toBe('2026-09-18T00:00:00.000Z')
    expect(iso('Jan-18-16', 'ebay')).toBe('2016-01-18T00:00:00.000Z')
    expect(iso('26-May-26', 'ebay')).toBe('2026-05-26T00:00:00.000Z')
    expect(iso('10-Dez-25', 'ebay')).toBe('2025-12-10T00:00:00.000Z')
    expect(iso('Sep-30-26 23:45:00', 'ebay', 'America/Los_Angeles')).toBe('2026-10-01T06:45:00.000Z')
    expect(iso('Dec-05-2022 23:59:59 PM PST', 'ebay')).toBe('2022-12-06T07:59:59.000Z')
  })

  it('reads month names (eBay payments, Etsy deposits)', () => {
    expect(iso('Dec 5, 2022', 'month-name')).toBe('2022-12-05T00:00:00.000Z')
    expect(iso('July 3, 2025', 'month-name')).toBe('2025-07-03T00:00:00.000Z')
  })

  it('reads Excel serial numbers and says so', () => {
    expect(parseDate('45998.7975115741', 'iso', 'UTC')).toEqual({ iso: '2025-12-07T19:08:25.000Z', excelSerial: true })
    // Day 45384 is 2 April 2024; its midnight in London (BST) is 23:00 UTC the day before.
    expect(parseDate('45384', 'mdy', 'Europe/London')?.iso).toBe('2024-04-01T23:00:00.000Z')
  })

  it.each([
    ['31/12/2025 10:00', 'iso'],
    ['2025-02-30', 'iso'],
    ['2025-13-01', 'iso'],
    ['13/01/2025', 'mdy'],
    ['Foo-18-26', 'ebay'],
    ['yesterday', 'month-name'],
    ['12345', 'iso'],
  ] as const)('refuses %j as %s', (raw, spec) => {
    expect(parseDate(raw, spec, 'UTC')).toBeNull()
  })

  it('accepts 29 February only in leap years', () => {
    expect(iso('2024-02-29', 'iso')).toBe('2024-02-29T00:00:00.000Z')
    expect(iso('2025-02-29', 'iso')).toBeNull()
  })

  it('formats instants exactly as Date#toISOString does', () => {
    for (let ms = Date.UTC(1999, 0, 1); ms < Date.UTC(2031, 0, 1); ms += 86_400_000 * 3 + 3_723_456) {
      expect(isoFromEpochMs(ms)).toBe(new Date(ms).toISOString())
    }
  })
})

describe('time zones', () => {
  it('maps Rails zone names (Square) to IANA zones, and accepts IANA names', () => {
    expect(ianaZoneFor('Eastern Time (US & Canada)')).toBe('America/New_York')
    expect(ianaZoneFor('Pacific Time (US & Canada)')).toBe('America/Los_Angeles')
    expect(ianaZoneFor('Central Time (US & Canada)')).toBe('America/Chicago')
    expect(ianaZoneFor('Mountain Time (US & Canada)')).toBe('America/Denver')
    expect(ianaZoneFor('London')).toBe('Europe/London')
    expect(ianaZoneFor('Paris')).toBe('Europe/Paris')
    expect(ianaZoneFor('Europe/Berlin')).toBe('Europe/Berlin')
    expect(ianaZoneFor('Atlantis Time')).toBeNull()
  })

  it('converts wall times across daylight saving, choosing the earlier of a repeated hour', () => {
    const wall = (month: number, day: number, hour: number, minute = 0) => ({ year: 2026, month, day, hour, minute, second: 0, millisecond: 0 })
    const utc = (ms: number) => new Date(ms).toISOString()
    expect(utc(wallTimeToUtcMs(wall(1, 15, 12), 'America/New_York'))).toBe('2026-01-15T17:00:00.000Z')
    expect(utc(wallTimeToUtcMs(wall(7, 15, 12), 'America/New_York'))).toBe('2026-07-15T16:00:00.000Z')
    // 2026-11-01 01:30 happens twice in New York: the first (EDT) is taken.
    expect(utc(wallTimeToUtcMs(wall(11, 1, 1, 30), 'America/New_York'))).toBe('2026-11-01T05:30:00.000Z')
    // 2026-03-08 02:30 does not exist in New York: it moves forward to 03:30 EDT.
    expect(utc(wallTimeToUtcMs(wall(3, 8, 2, 30), 'America/New_York'))).toBe('2026-03-08T07:30:00.000Z')
    expect(utc(wallTimeToUtcMs(wall(3, 29, 12), 'Europe/London'))).toBe('2026-03-29T11:00:00.000Z')
  })

  it('reads a Square date, time and zone name', () => {
    expect(parseDateAndTime('2026-05-04', '08:15:00', 'America/New_York')).toBe('2026-05-04T12:15:00.000Z')
    expect(parseDateAndTime('2026-05-04', '8:15', 'America/Los_Angeles')).toBe('2026-05-04T15:15:00.000Z')
  })
})
