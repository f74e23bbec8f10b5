/**
 * How far an IANA time zone's clocks are from UTC at any instant, read from
 * Intl (DST included) and remembered per quarter hour, and the way back from
 * a wall-clock reading to the instant. The dashboard, the reports, the
 * exports and the imports all turn instants and local times into each other
 * through this one module.
 */

const MINUTE_MS = 60_000
const DAY_MS = 86_400_000

// Zones change their offset only on a quarter hour, so one reading of Intl serves a whole quarter hour.
const QUARTER_HOUR_MS = 15 * MINUTE_MS
const MOST_REMEMBERED = 100_000

const formats = new Map<string, Intl.DateTimeFormat>()
const offsets = new Map<string, number>()

// Building a DateTimeFormat is far slower than using one; asking one costs about 20 µs, so a big import or export asks rarely.
function formatFor(zone: string): Intl.DateTimeFormat {
  let format = formats.get(zone)
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
    formats.set(zone, format)
  }
  return format
}

/** The zone's offset from UTC in milliseconds (east positive) at a UTC instant. */
export function offsetAt(utcMs: number, zone: string): number {
  const quarter = Math.floor(utcMs / QUARTER_HOUR_MS)
  const key = `${zone}@${quarter}`
  const remembered = offsets.get(key)
  if (remembered !== undefined) return remembered
  const at = quarter * QUARTER_HOUR_MS
  const fields: Record<string, number> = {}
  for (const part of formatFor(zone).formatToParts(at)) if (part.type !== 'literal') fields[part.type] = Number(part.value)
  const offset = Date.UTC(fields.year!, fields.month! - 1, fields.day!, fields.hour!, fields.minute!, fields.second!) - at
  if (offsets.size >= MOST_REMEMBERED) offsets.clear()
  offsets.set(key, offset)
  return offset
}

/** What a clock on the wall in `zone` shows at `utcMs`, written as if that reading were UTC. */
export function wallClockAt(utcMs: number, zone: string): number {
  return utcMs + offsetAt(utcMs, zone)
}

/**
 * The instant a wall-clock reading (written as if it were UTC) names in
 * `zone`, as Temporal's 'compatible' disambiguation has it: a reading the
 * clocks show twice (going back) is the earlier instant; one they skip
 * (jumping forward) moves forward by the jump, so a day that starts at a
 * skipped midnight starts when the clocks jump.
 */
export function instantOfWallClock(wallMs: number, zone: string): number {
  // No zone changes its offset twice within two days, so the offsets a day either side are the only candidates.
  const offsetBefore = offsetAt(wallMs - DAY_MS, zone)
  const offsetAfter = offsetAt(wallMs + DAY_MS, zone)
  const earlier = wallMs - offsetBefore
  if (offsetBefore === offsetAfter || offsetAt(earlier, zone) === offsetBefore) return earlier
  const later = wallMs - offsetAfter
  if (offsetAt(later, zone) === offsetAfter) return later
  return earlier
}
