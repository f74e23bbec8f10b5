/**
 * The arithmetic of the retention dashboard, free of SQL and of time zones:
 * shares, medians, survey scores, and calendar periods as plain dates.
 */

const DAY_MS = 86_400_000

/** A share between 0 and 1; null rather than NaN when there is nothing to divide by. */
export type Share = number | null

export function share(part: number, whole: number): Share {
  return whole > 0 ? part / whole : null
}

/** Average of whole minor units, rounded to a whole minor unit; null for nothing. */
export function averageMinor(totalMinor: number, count: number): number | null {
  return count > 0 ? Math.round(totalMinor / count) : null
}

/** The median of a list; callers that let SQL pick the middle one or two values pass just those. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

export const NPS_PROMOTER_MIN = 9
export const NPS_DETRACTOR_MAX = 6
export const CSAT_SATISFIED_MIN = 4

export interface NpsCounts {
  promoters: number
  passives: number
  detractors: number
}

/** Net Promoter Score from -100 to 100: promoters' share minus detractors' share, in points. */
export function npsScore(counts: NpsCounts): number | null {
  const responses = counts.promoters + counts.passives + counts.detractors
  return responses > 0 ? ((counts.promoters - counts.detractors) / responses) * 100 : null
}

/** Customer satisfaction: the share of answers of 4 or 5 on the 1-5 scale. */
export function csatScore(satisfied: number, responses: number): Share {
  return share(satisfied, responses)
}

// Calendar arithmetic on YYYY-MM-DD and YYYY-MM strings. Done in UTC because a
// calendar date has no time zone; zones only matter when a date becomes an instant.

function dateToUtcMs(date: string): number {
  return Date.parse(`${date}T00:00:00.000Z`)
}

function utcMsToDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10)
}

export function addDays(date: string, days: number): string {
  return utcMsToDate(dateToUtcMs(date) + days * DAY_MS)
}

/** Number of calendar days from `from` to `to`, both included. */
export function daysInclusive(from: string, to: string): number {
  return Math.round((dateToUtcMs(to) - dateToUtcMs(from)) / DAY_MS) + 1
}

export function addMonths(month: string, months: number): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number]
  const index = year * 12 + (monthNumber - 1) + months
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`
}

/** Whole calendar months from `from` to `to` (0 for the same month; negative when `to` is earlier). */
export function monthsBetween(from: string, to: string): number {
  const [fromYear, fromMonth] = from.split('-').map(Number) as [number, number]
  const [toYear, toMonth] = to.split('-').map(Number) as [number, number]
  return (toYear - fromYear) * 12 + (toMonth - fromMonth)
}

/** Every month from `first` to `last`, both included. */
export function monthRange(first: string, last: string): string[] {
  return Array.from({ length: Math.max(0, monthsBetween(first, last) + 1) }, (_, i) => addMonths(first, i))
}

/** A span of whole shop-local days, both ends included. */
export interface DateRange {
  from: string
  to: string
}

export const DEFAULT_PERIOD_DAYS = 365

/** The period asked for, with the defaults filled in: the last 365 days up to today. */
export function resolvePeriod(asked: Partial<DateRange>, today: string): DateRange {
  const to = asked.to ?? today
  const from = asked.from ?? addDays(to, -(DEFAULT_PERIOD_DAYS - 1))
  return { from, to }
}

/** The period of equal length that ends the day before `period` starts. */
export function previousPeriod(period: DateRange): DateRange {
  const to = addDays(period.from, -1)
  return { from: addDays(to, -(daysInclusive(period.from, period.to) - 1)), to }
}

export const MAX_COHORTS = 24

/** The cohort months shown for a period: the months it touches, the latest 24 at most. */
export function cohortMonths(period: DateRange): string[] {
  const months = monthRange(period.from.slice(0, 7), period.to.slice(0, 7))
  return months.slice(-MAX_COHORTS)
}

/** Days after a first order within which a second one counts as a quick repeat, and CLV is measured. */
export const REPEAT_WINDOWS_DAYS = [30, 90, 180, 365] as const
export type RepeatWindowDays = (typeof REPEAT_WINDOWS_DAYS)[number]

/** The instant `days` whole days (of 24 hours) before `instant`. */
export function daysBefore(instant: Date, days: number): Date {
  return new Date(instant.getTime() - days * DAY_MS)
}

/** Products need this many units sold in the period before their return rate is ranked: 1 of 1 returned says little. */
export const MIN_UNITS_FOR_RETURN_RANKING = 10
export const TOP_PRODUCTS = 10
export const LATEST_COMMENTS = 10

/** How soon after the period an expected next order counts as due, and how late before it is no longer "recent". */
export const DUE_SOON_DAYS = 30
export const RECENTLY_OVERDUE_DAYS = 90
