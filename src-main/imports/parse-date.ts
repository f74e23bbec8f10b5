import { excelSerialToWallTime, isExcelSerialDate } from './excel-damage'
import { offsetWallTimeToUtcMs, wallTimeToUtcMs, type WallTime } from './time-zones'

/**
 * How one column writes its dates. Each column gets its own spec instead of
 * one global guess, because a single file mixes `12/31/22` and `12/26/2021`
 * (Etsy), and `03/04/2025` means different days in different exports.
 *
 * - `iso`: `2025-12-07 19:08:25 +0000`, `2026-01-05T10:00:00+00:00`, `2025-12-07 19:08`, `2025-12-07`
 * - `mdy`: `12/31/22`, `12/26/2021`, `7/25/2018 21:06`
 * - `dmy`: `31/12/2022`, `31.12.2022 21:06`
 * - `ebay`: `Sep-18-26`, `26-May-26`, `10-Dez-25`, `Sep-30-26 23:45:00`, `Nov-05-2022 00:00:00 AM PDT`
 * - `month-name`: `Dec 5, 2022`, `July 3, 2025`
 *
 * A value without a zone or offset is a wall time in the shop's zone. Every
 * spec also reads an Excel serial number (`45384.3478`), flagged as such.
 */
export type DateSpec = 'iso' | 'mdy' | 'dmy' | 'ebay' | 'month-name'

export const DATE_SPEC_EXAMPLES: Record<DateSpec, string> = {
  iso: '2025-12-07 19:08:25 +0000',
  mdy: '12/31/2025',
  dmy: '31/12/2025',
  ebay: 'Sep-18-25',
  'month-name': 'Dec 5, 2025',
}

export interface DateReading {
  /** ISO-8601 UTC. */
  iso: string
  /** The cell held an Excel serial number: the file was re-saved by Excel. */
  excelSerial: boolean
}

const TIME = String.raw`(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:\s*([AaPp])\.?[Mm]\.?)?)?`
const ISO = new RegExp(String.raw`^(\d{4})-(\d{1,2})-(\d{1,2})${TIME}\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?$`, 'i')
const MDY = new RegExp(String.raw`^(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})${TIME}$`)
const DMY = new RegExp(String.raw`^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4}|\d{2})${TIME}$`)
const EBAY_MONTH_FIRST = new RegExp(String.raw`^(\p{L}{3,4})\.?-(\d{1,2})-(\d{4}|\d{2})${TIME}(?:\s+([A-Z]{3,4}))?$`, 'u')
const EBAY_DAY_FIRST = new RegExp(String.raw`^(\d{1,2})-(\p{L}{3,4})\.?-(\d{4}|\d{2})${TIME}(?:\s+([A-Z]{3,4}))?$`, 'u')
const MONTH_NAME = new RegExp(String.raw`^(\p{L}{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})${TIME}$`, 'u')

/** English names plus the German abbreviations eBay.de writes (`10-Dez-25`). */
const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11,
  dec: 12, december: 12, mär: 3, mrz: 3, mai: 5, okt: 10, dez: 12,
}

/** The US abbreviations eBay appends to report dates, as offsets in minutes. */
const ZONE_ABBREVIATIONS: Readonly<Record<string, number>> = {
  UTC: 0, GMT: 0, BST: 60, CET: 60, CEST: 120, PST: -480, PDT: -420, MST: -420, MDT: -360,
  CST: -360, CDT: -300, EST: -300, EDT: -240, AEST: 600, AEDT: 660,
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
  return month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0)
}

/** Two-digit years are this century: every platform here exports from after 2000. */
function fullYear(digits: string): number {
  const year = Number(digits)
  return digits.length === 2 ? 2000 + year : year
}

function wallTime(year: number, month: number, day: number, time: ReadonlyArray<string | undefined>): WallTime | null {
  const [hourText, minuteText, secondText, fractionText, meridiem] = time
  let hour = hourText === undefined ? 0 : Number(hourText)
  const minute = minuteText === undefined ? 0 : Number(minuteText)
  const second = secondText === undefined ? 0 : Number(secondText)
  const millisecond = fractionText === undefined ? 0 : Number(fractionText.slice(0, 3).padEnd(3, '0'))
  if (meridiem !== undefined) {
    const pm = meridiem.toLowerCase() === 'p'
    // eBay writes "23:59:59 PM": an hour past 12 is already on the 24-hour clock.
    if (hour === 12) hour = pm ? 12 : 0
    else if (pm && hour < 12) hour += 12
  }
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null
  if (hour > 23 || minute > 59 || second > 59) return null
  return { year, month, day, hour, minute, second, millisecond }
}

function offsetMinutes(zone: string): number {
  if (/^(Z|UTC|GMT)$/i.test(zone)) return 0
  const sign = zone.startsWith('-') ? -1 : 1
  const digits = zone.slice(1).replace(':', '')
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)))
}

const TWO_DIGITS = Array.from({ length: 100 }, (_, value) => String(value).padStart(2, '0'))

/**
 * `new Date(ms).toISOString()` without the Date: it costs twice as much and a
 * million-row export has millions of dates. Days to civil date after Howard
 * Hinnant's `civil_from_days`; years 0–9999 only, which is all an export has.
 */
export function isoFromEpochMs(ms: number): string {
  const days = Math.floor(ms / 86_400_000)
  let rest = ms - days * 86_400_000
  const hour = Math.floor(rest / 3_600_000)
  rest -= hour * 3_600_000
  const minute = Math.floor(rest / 60_000)
  rest -= minute * 60_000
  const second = Math.floor(rest / 1000)
  const millisecond = rest - second * 1000
  const shifted = days + 719_468
  const era = Math.floor(shifted / 146_097)
  const dayOfEra = shifted - era * 146_097
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365)
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100))
  const marchMonth = Math.floor((5 * dayOfYear + 2) / 153)
  const day = dayOfYear - Math.floor((153 * marchMonth + 2) / 5) + 1
  const month = marchMonth < 10 ? marchMonth + 3 : marchMonth - 9
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
  const millis = millisecond < 10 ? `00${millisecond}` : millisecond < 100 ? `0${millisecond}` : `${millisecond}`
  return `${year}-${TWO_DIGITS[month]}-${TWO_DIGITS[day]}T${TWO_DIGITS[hour]}:${TWO_DIGITS[minute]}:${TWO_DIGITS[second]}.${millis}Z`
}

const EARLIEST = Date.UTC(1000, 0, 1)
const LATEST = Date.UTC(10_000, 0, 1)

function toIso(ms: number): string | null {
  return ms >= EARLIEST && ms < LATEST ? isoFromEpochMs(ms) : null
}

function local(wall: WallTime | null, timeZone: string): string | null {
  return wall === null ? null : toIso(wallTimeToUtcMs(wall, timeZone))
}

function monthNumber(name: string): number | null {
  return MONTHS[name.toLowerCase()] ?? null
}

/** A run of ASCII digits as a number, or -1. */
function digitsAt(text: string, start: number, count: number): number {
  let value = 0
  for (let index = start; index < start + count; index++) {
    const digit = text.charCodeAt(index) - 48
    if (digit < 0 || digit > 9) return -1
    value = value * 10 + digit
  }
  return value
}

/**
 * `2025-12-07 19:08:25 +0000` (Shopify) and `2026-01-05T10:00:00+00:00`
 * (Amazon): the dates of big files, read by position instead of by regular
 * expression. Null for any other shape, which the general reader handles.
 */
function readOffsetDateTime(text: string): string | null {
  if (text.length !== 25 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58) return null
  const shopify = text.charCodeAt(10) === 32 && text.charCodeAt(19) === 32
  const iso = text.charCodeAt(10) === 84 && text.charCodeAt(22) === 58
  if (!shopify && !iso) return null
  const signAt = shopify ? 20 : 19
  const sign = text.charCodeAt(signAt)
  if (sign !== 43 && sign !== 45) return null
  const offsetHours = digitsAt(text, signAt + 1, 2)
  const offsetMinutes = digitsAt(text, 23, 2)
  const year = digitsAt(text, 0, 4)
  const month = digitsAt(text, 5, 2)
  const day = digitsAt(text, 8, 2)
  const hour = digitsAt(text, 11, 2)
  const minute = digitsAt(text, 14, 2)
  const second = digitsAt(text, 17, 2)
  if (Math.min(offsetHours, offsetMinutes, year, hour, minute, second) < 0) return null
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59) return null
  const offset = (sign === 45 ? -1 : 1) * (offsetHours * 60 + offsetMinutes)
  return toIso(Date.UTC(year, month - 1, day, hour, minute, second) - offset * 60_000)
}

function readIso(text: string, timeZone: string): string | null {
  const fast = readOffsetDateTime(text)
  if (fast !== null) return fast
  const match = ISO.exec(text)
  if (match === null) return null
  const wall = wallTime(Number(match[1]), Number(match[2]), Number(match[3]), match.slice(4, 9))
  if (wall === null) return null
  const zone = match[9]
  return zone === undefined ? local(wall, timeZone) : toIso(offsetWallTimeToUtcMs(wall, offsetMinutes(zone)))
}

function readNumeric(pattern: RegExp, text: string, timeZone: string, dayFirst: boolean): string | null {
  const match = pattern.exec(text)
  if (match === null) return null
  const first = Number(match[1])
  const second = Number(match[2])
  const [month, day] = dayFirst ? [second, first] : [first, second]
  return local(wallTime(fullYear(match[3] ?? ''), month, day, match.slice(4, 9)), timeZone)
}

function readEbay(text: string, timeZone: string): string | null {
  const monthFirst = EBAY_MONTH_FIRST.exec(text)
  const dayFirst = monthFirst === null ? EBAY_DAY_FIRST.exec(text) : null
  const match = monthFirst ?? dayFirst
  if (match === null) return null
  const month = monthNumber((monthFirst !== null ? match[1] : match[2]) ?? '')
  const day = Number(monthFirst !== null ? match[2] : match[1])
  if (month === null) return null
  const wall = wallTime(fullYear(match[3] ?? ''), month, day, match.slice(4, 9))
  const zone = match[9]
  if (wall === null) return null
  if (zone === undefined) return local(wall, timeZone)
  const offset = ZONE_ABBREVIATIONS[zone]
  return offset === undefined ? null : toIso(offsetWallTimeToUtcMs(wall, offset))
}

function readMonthName(text: string, timeZone: string): string | null {
  const match = MONTH_NAME.exec(text)
  if (match === null) return null
  const month = monthNumber(match[1] ?? '')
  if (month === null) return null
  return local(wallTime(Number(match[3]), month, Number(match[2]), match.slice(4, 9)), timeZone)
}

function readBySpec(text: string, spec: DateSpec, timeZone: string): string | null {
  switch (spec) {
    case 'iso':
      return readIso(text, timeZone)
    case 'mdy':
      return readNumeric(MDY, text, timeZone, false)
    case 'dmy':
      return readNumeric(DMY, text, timeZone, true)
    case 'ebay':
      return readEbay(text, timeZone)
    case 'month-name':
      return readMonthName(text, timeZone)
  }
}

/** Reads one cell; null when the value is not a date in the column's form. */
export function parseDate(raw: string, spec: DateSpec, timeZone: string): DateReading | null {
  const text = raw.trim()
  const iso = readBySpec(text, spec, timeZone)
  if (iso !== null) return { iso, excelSerial: false }
  if (!isExcelSerialDate(text)) return null
  const serialIso = local(excelSerialToWallTime(Number(text)), timeZone)
  return serialIso === null ? null : { iso: serialIso, excelSerial: true }
}

/** A date, a time and a zone in three columns (Square); the zone is a Rails or IANA name already resolved. */
export function parseDateAndTime(date: string, time: string, zone: string): string | null {
  return readIso(`${date.trim()} ${time.trim()}`, zone)
}
