/**
 * Calendar dates and months of an IANA time zone, turned into the UTC
 * instants where they start. Instants in the database are UTC; the shop
 * thinks in its own days and months, whose length changes with DST.
 */
import { instantOfWallClock, wallClockAt } from './zone-offsets'

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/
const MONTH_PATTERN = /^\d{4}-\d{2}$/

function parseDate(date: string): [number, number, number] {
  const match = DATE_PATTERN.exec(date)
  if (!match) throw new RangeError(`Expected a date as YYYY-MM-DD, got "${date}"`)
  return [Number(match[1]), Number(match[2]), Number(match[3])]
}

/** The UTC instant at which `date` (YYYY-MM-DD) begins in `timeZone`. */
export function startOfLocalDay(date: string, timeZone: string): Date {
  const [year, month, day] = parseDate(date)
  return new Date(instantOfWallClock(Date.UTC(year, month - 1, day), timeZone))
}

/** The UTC instant at which `month` (YYYY-MM) begins in `timeZone`. */
export function startOfLocalMonth(month: string, timeZone: string): Date {
  if (!MONTH_PATTERN.test(month)) throw new RangeError(`Expected a month as YYYY-MM, got "${month}"`)
  return startOfLocalDay(`${month}-01`, timeZone)
}

/** The calendar date (YYYY-MM-DD) that `instant` falls on in `timeZone`. */
export function localDateOf(instant: Date, timeZone: string): string {
  return new Date(wallClockAt(instant.getTime(), timeZone)).toISOString().slice(0, 10)
}

/** The calendar month (YYYY-MM) that `instant` falls in, in `timeZone`. */
export function localMonthOf(instant: Date, timeZone: string): string {
  return localDateOf(instant, timeZone).slice(0, 7)
}

/** The wall-clock reading of `instant` in `timeZone`, as YYYY-MM-DD HH:mm (what exports write for a time). */
export function localDateTimeOf(instant: Date, timeZone: string): string {
  return new Date(wallClockAt(instant.getTime(), timeZone)).toISOString().slice(0, 16).replace('T', ' ')
}
