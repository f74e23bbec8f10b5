/**
 * Display formatting for the whole UI. Money travels as integer minor units
 * plus a currency code; instants as ISO-8601 UTC, shown in the shop's time zone.
 * Formatters are cached because tables format hundreds of cells per render.
 */

const numberFormats = new Map<string, Intl.NumberFormat>()
const dateFormats = new Map<string, Intl.DateTimeFormat>()

function cached<T>(cache: Map<string, T>, key: string, make: () => T): T {
  let value = cache.get(key)
  if (value === undefined) {
    value = make()
    cache.set(key, value)
  }
  return value
}

function currencyFormat(currency: string): Intl.NumberFormat | null {
  try {
    return cached(numberFormats, `currency:${currency}`, () => new Intl.NumberFormat(undefined, { style: 'currency', currency }))
  } catch {
    return null
  }
}

/** The currency's own number of decimals decides the unit: 1999 USD is $19.99, 1999 JPY is ¥1,999. */
export function formatMoney(minor: number, currency: string): string {
  const format = currencyFormat(currency)
  if (!format) return `${formatCount(minor)} ${currency} (minor units)`
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2
  return format.format(minor / 10 ** digits)
}

export function formatCount(value: number): string {
  return cached(numberFormats, 'count', () => new Intl.NumberFormat()).format(value)
}

export function pluralize(count: number, singular: string, plural: string): string {
  return `${formatCount(count)} ${count === 1 ? singular : plural}`
}

export type DateTimeStyle = 'date' | 'time' | 'dateTime' | 'full'

const DATE_STYLES: Record<DateTimeStyle, Intl.DateTimeFormatOptions> = {
  date: { dateStyle: 'medium' },
  time: { timeStyle: 'short' },
  dateTime: { dateStyle: 'medium', timeStyle: 'short' },
  full: { dateStyle: 'full', timeStyle: 'long' },
}

export function formatDateTime(isoUtc: string, timeZone: string, style: DateTimeStyle): string {
  const date = new Date(isoUtc)
  if (Number.isNaN(date.getTime())) return isoUtc
  return cached(dateFormats, `${style}:${timeZone}`, () => new Intl.DateTimeFormat(undefined, { ...DATE_STYLES[style], timeZone })).format(date)
}

/** "shopify" -> "Shopify", "waiting_on_customer" -> "Waiting on customer". */
export function humanize(value: string): string {
  const words = value.replaceAll('_', ' ')
  return words.charAt(0).toUpperCase() + words.slice(1)
}
