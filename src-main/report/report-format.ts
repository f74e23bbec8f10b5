import type { Share } from '../dashboard/metrics.rules'

/**
 * How the printed report writes its figures. One fixed locale, so a PDF reads
 * the same whichever computer printed it; instants in the shop's time zone,
 * never the computer's. Money is integer minor units beside its currency, and
 * the currency's own number of decimals decides the unit (1999 USD is $19.99,
 * 1999 JPY is ¥1,999).
 */

const LOCALE = 'en-US'
/** What stands where a figure cannot be known, such as a share of nothing. */
export const NOTHING = '–'

const formats = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>()

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let format = formats.get(key)
  if (format === undefined) {
    format = make()
    formats.set(key, format)
  }
  return format as T
}

function currencyFormat(currency: string): Intl.NumberFormat | null {
  try {
    return cached(`money:${currency}`, () => new Intl.NumberFormat(LOCALE, { style: 'currency', currency }))
  } catch {
    return null
  }
}

export function formatMoney(minor: number, currency: string): string {
  const format = currencyFormat(currency)
  if (!format) return `${formatCount(minor)} ${currency} (minor units)`
  return format.format(minor / 10 ** (format.resolvedOptions().maximumFractionDigits ?? 2))
}

export function formatCount(value: number): string {
  return cached('count', () => new Intl.NumberFormat(LOCALE)).format(value)
}

/** 1 -> "1 order", 1200 -> "1,200 orders" */
export function pluralize(count: number, one: string, many: string): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`
}

/** 0.6063 -> "60.6%"; an unknown share (nothing to divide by) -> "–". */
export function formatShare(share: Share): string {
  return share === null ? NOTHING : cached('share', () => new Intl.NumberFormat(LOCALE, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 })).format(share)
}

/** A cohort cell: whole percent, small enough for a dense table. */
export function formatWholeShare(share: Share): string {
  return share === null ? NOTHING : cached('whole-share', () => new Intl.NumberFormat(LOCALE, { style: 'percent', maximumFractionDigits: 0 })).format(share)
}

/** NPS from -100 to 100, whole points. */
export function formatScore(score: number | null): string {
  return score === null ? NOTHING : cached('score', () => new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 })).format(score)
}

/** +0.253 -> "+25.3%": a relative change, signed so a fall is never mistaken for a rise. */
export function formatRelativeChange(change: number | null): string {
  return change === null ? NOTHING : cached('change', () => new Intl.NumberFormat(LOCALE, { style: 'percent', signDisplay: 'exceptZero', minimumFractionDigits: 1, maximumFractionDigits: 1 })).format(change)
}

/** +2.04 -> "+2.0 pts": the change of a share or a score, in points. */
export function formatPointChange(points: number | null): string {
  return points === null ? NOTHING : `${cached('points', () => new Intl.NumberFormat(LOCALE, { signDisplay: 'exceptZero', minimumFractionDigits: 1, maximumFractionDigits: 1 })).format(points)} pts`
}

/** A calendar month stays a calendar month: formatted as UTC so no zone can move it into its neighbour. */
function monthDate(month: string): Date {
  return new Date(`${month}-01T00:00:00.000Z`)
}

/** 2026-04 -> "April 2026" */
export function formatMonth(month: string): string {
  return cached('month', () => new Intl.DateTimeFormat(LOCALE, { month: 'long', year: 'numeric', timeZone: 'UTC' })).format(monthDate(month))
}

/** 2026-04 -> "Apr 2026", for table headers and chart axes. */
export function formatShortMonth(month: string): string {
  return cached('short-month', () => new Intl.DateTimeFormat(LOCALE, { month: 'short', year: 'numeric', timeZone: 'UTC' })).format(monthDate(month))
}

/** 2026-04-30 -> "Apr 30, 2026": a shop-local calendar date. */
export function formatDay(date: string): string {
  return cached('day', () => new Intl.DateTimeFormat(LOCALE, { dateStyle: 'medium', timeZone: 'UTC' })).format(new Date(`${date}T00:00:00.000Z`))
}

/** An instant as the date it was in the shop. */
export function formatDateIn(isoUtc: string, timeZone: string): string {
  return cached(`date:${timeZone}`, () => new Intl.DateTimeFormat(LOCALE, { dateStyle: 'medium', timeZone })).format(new Date(isoUtc))
}

/** An instant as the shop's wall clock showed it, with the zone named so a reader elsewhere is not misled. */
export function formatDateTimeIn(isoUtc: string, timeZone: string): string {
  const format = cached(`date-time:${timeZone}`, () => new Intl.DateTimeFormat(LOCALE, { dateStyle: 'medium', timeStyle: 'short', timeZone }))
  return `${format.format(new Date(isoUtc))} (${timeZone})`
}
