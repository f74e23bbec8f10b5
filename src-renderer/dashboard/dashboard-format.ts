/**
 * How the dashboard writes its figures. Dates and months are the shop's own
 * calendar days (YYYY-MM-DD, YYYY-MM), not instants: they are formatted as
 * written, in UTC, so no time zone can move them to a neighbouring day.
 */

const shareFormat = new Intl.NumberFormat(undefined, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 })
const wholeShareFormat = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 0 })
const pointsFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1, signDisplay: 'exceptZero' })
const scoreFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0, signDisplay: 'negative' })
const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' })
const monthFormat = new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric', timeZone: 'UTC' })
const longMonthFormat = new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric', timeZone: 'UTC' })

/** A share from 0 to 1 as a percentage; null (nothing to divide) as a dash. `whole` for labels inside small chart cells. */
export function formatShare(share: number | null, { whole = false } = {}): string {
  if (share === null) return '–'
  return (whole ? wholeShareFormat : shareFormat).format(share)
}

/** A difference of shares or scores, in percentage points: "+2.1 pts". */
export function formatPoints(points: number): string {
  return `${pointsFormat.format(points)} pts`
}

/** An NPS from -100 to 100, as a whole number. */
export function formatScore(score: number | null): string {
  return score === null ? '–' : scoreFormat.format(score)
}

export function formatShopDate(date: string): string {
  return dateFormat.format(new Date(`${date}T00:00:00Z`))
}

export function formatDateRange(from: string, to: string): string {
  return `${formatShopDate(from)} – ${formatShopDate(to)}`
}

/** "Mar 2026" for axes and tables; `long` gives "March 2026" for sentences. */
export function formatMonth(month: string, style: 'short' | 'long' = 'short'): string {
  return (style === 'long' ? longMonthFormat : monthFormat).format(new Date(`${month}-01T00:00:00Z`))
}
