/**
 * Calendar dates and months of an IANA time zone, turned into the UTC
 * instants where they start, with Intl only. Instants in the database are UTC;
 * the shop thinks in its own days and months, whose length changes with DST.
 */

const MINUTE_MS = 60_000
const HOUR_MS = 60 * MINUTE_MS
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/
const MONTH_PATTERN = /^\d{4}-\d{2}$/

// Building a DateTimeFormat is far slower than using one, and a dashboard asks for dozens of boundaries.
const wallClockFormats = new Map<string, Intl.DateTimeFormat>()

function wallClockFormat(timeZone: string): Intl.DateTimeFormat {
  let format = wallClockFormats.get(timeZone)
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
    wallClockFormats.set(timeZone, format)
  }
  return format
}

/** What a clock on the wall in `timeZone` shows at `instantMs`, written as if that reading were UTC. */
function wallClockAt(instantMs: number, timeZone: string): number {
  const fields: Record<string, number> = {}
  for (const part of wallClockFormat(timeZone).formatToParts(new Date(instantMs))) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value)
  }
  return Date.UTC(fields.year!, fields.month! - 1, fields.day!, fields.hour!, fields.minute!, fields.second!)
}

function offsetAt(instantMs: number, timeZone: string): number {
  return wallClockAt(instantMs, timeZone) - Math.floor(instantMs / 1000) * 1000
}

/**
 * The first instant whose wall-clock reading is `wallMs` or later. A reading that
 * happens twice (clocks going back) resolves to the earlier instant; one that
 * never happens (clocks jumping forward over it) to the instant of the jump.
 */
function firstInstantShowing(wallMs: number, timeZone: string): number {
  // Zones change offset at most once in any two days, so the offsets a day before and after cover every candidate.
  const offsets = new Set([offsetAt(wallMs - 24 * HOUR_MS, timeZone), offsetAt(wallMs + 24 * HOUR_MS, timeZone)])
  const exact = [...offsets].map((offset) => wallMs - offset).filter((instant) => wallClockAt(instant, timeZone) === wallMs)
  if (exact.length > 0) return Math.min(...exact)

  let low = wallMs - Math.max(...offsets)
  let high = wallMs - Math.min(...offsets)
  while (high - low > MINUTE_MS) {
    const middle = low + Math.floor((high - low) / 2 / MINUTE_MS) * MINUTE_MS
    if (wallClockAt(middle, timeZone) >= wallMs) high = middle
    else low = middle
  }
  return high
}

function parseDate(date: string): [number, number, number] {
  const match = DATE_PATTERN.exec(date)
  if (!match) throw new RangeError(`Expected a date as YYYY-MM-DD, got "${date}"`)
  return [Number(match[1]), Number(match[2]), Number(match[3])]
}

/** The UTC instant at which `date` (YYYY-MM-DD) begins in `timeZone`. */
export function startOfLocalDay(date: string, timeZone: string): Date {
  const [year, month, day] = parseDate(date)
  return new Date(firstInstantShowing(Date.UTC(year, month - 1, day), timeZone))
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

// Per zone and UTC day: the offset when it is the same at both ends of the day, null when the clocks change within it.
const steadyOffsets = new Map<string, number | null>()

function steadyOffsetOn(day: number, timeZone: string): number | null {
  const key = `${timeZone} ${day}`
  let offset = steadyOffsets.get(key)
  if (offset === undefined) {
    const atStart = offsetAt(day * 24 * HOUR_MS, timeZone)
    offset = atStart === offsetAt((day + 1) * 24 * HOUR_MS, timeZone) ? atStart : null
    steadyOffsets.set(key, offset)
  }
  return offset
}

/**
 * The wall-clock reading of `instant` in `timeZone`, as YYYY-MM-DD HH:mm
 * (what exports write for a time). An export writes hundreds of thousands of
 * them and asking Intl costs about 20 µs each, so the offset is asked once
 * per UTC day and reused for the whole day unless the clocks change in it
 * (no zone changes them twice within a day).
 */
export function localDateTimeOf(instant: Date, timeZone: string): string {
  const instantMs = instant.getTime()
  const offset = steadyOffsetOn(Math.floor(instantMs / (24 * HOUR_MS)), timeZone)
  const wallMs = offset === null ? wallClockAt(instantMs, timeZone) : instantMs + offset
  return new Date(wallMs).toISOString().slice(0, 16).replace('T', ' ')
}
