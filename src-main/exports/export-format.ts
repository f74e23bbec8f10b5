import { currencyExponent } from '../imports/parse-money'
import { localDateTimeOf } from '../time/zoned-time'

/** How figures are written in an export: plain, locale-free values a spreadsheet reads as numbers and dates. */

/** Minor units as a decimal in the currency's own unit: 1250 USD is "12.50", 1250 JPY is "1250", -300 EUR is "-3.00". */
export function decimalAmount(minor: number, currency: string): string {
  // A code Intl does not know keeps the usual two decimals rather than failing the export.
  const exponent = currencyExponent(currency) ?? 2
  const digits = String(Math.abs(minor)).padStart(exponent + 1, '0')
  const sign = minor < 0 ? '-' : ''
  if (exponent === 0) return `${sign}${digits}`
  return `${sign}${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`
}

/** An instant as the shop's wall clock shows it, YYYY-MM-DD HH:mm; blank for none. */
export function shopTime(iso: string | null, timeZone: string): string | null {
  return iso === null ? null : localDateTimeOf(new Date(iso), timeZone)
}
