/**
 * Amounts are typed in a currency's major units (12.50) and travel in its
 * minor units (1250); the currency's own number of decimals decides (JPY has
 * none), as formatMoney does when showing them.
 */
export function minorDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2
  } catch {
    return 2
  }
}

export function toMinor(major: number, currency: string): number {
  return Math.round(major * 10 ** minorDigits(currency))
}

export function toMajor(minor: number, currency: string): number {
  return minor / 10 ** minorDigits(currency)
}
