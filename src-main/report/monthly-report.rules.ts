import { addDays, addMonths, monthRange, type DateRange, type Share } from '../dashboard/metrics.rules'

/**
 * Which days a monthly report covers and how its figures compare with the
 * month before. Months are the shop's own (YYYY-MM); nothing here knows about
 * time zones, which only matter once a date becomes an instant.
 */

export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/

/** How many months the trend parts of the report look back over, the report's month included. */
export const TREND_MONTHS = 12

/** Every day of `month`, both ends included. */
export function monthPeriod(month: string): DateRange {
  return { from: `${month}-01`, to: addDays(`${addMonths(month, 1)}-01`, -1) }
}

export function previousMonth(month: string): string {
  return addMonths(month, -1)
}

/** The twelve months ending with `month`: the window of the cohort table and the trend charts. */
export function trendPeriod(month: string): DateRange {
  return { from: monthPeriod(addMonths(month, -(TREND_MONTHS - 1))).from, to: monthPeriod(month).to }
}

/** The months offered go back this far at most, like the dashboard's longest period. */
export const MAX_MONTHS_OFFERED = 20 * 12

/**
 * The months a report can be made for, newest first: from the shop's first
 * order to its current month. The report opens on the last complete month,
 * or on the current one for a shop that has no complete month yet.
 */
export function offeredMonths(firstOrderMonth: string | null, currentMonth: string): { months: string[]; defaultMonth: string } {
  const oldest = addMonths(currentMonth, -(MAX_MONTHS_OFFERED - 1))
  const first = firstOrderMonth === null || firstOrderMonth > currentMonth ? currentMonth : firstOrderMonth
  const months = monthRange(first < oldest ? oldest : first, currentMonth).reverse()
  const lastComplete = previousMonth(currentMonth)
  return { months, defaultMonth: months.includes(lastComplete) ? lastComplete : currentMonth }
}

/**
 * Relative change of a count or an amount: +0.25 is 25% more. Null when the
 * month before had nothing, where any percentage would be meaningless.
 */
export function relativeChange(current: number | null, previous: number | null): number | null {
  return current === null || previous === null || previous <= 0 ? null : (current - previous) / previous
}

/** Change of a share in percentage points (0.62 after 0.60 is +2 points); null when either side is unknown. */
export function shareChangePoints(current: Share, previous: Share): number | null {
  return current === null || previous === null ? null : (current - previous) * 100
}

/** Change of a score that is already in points, such as NPS. */
export function scoreChange(current: number | null, previous: number | null): number | null {
  return current === null || previous === null ? null : current - previous
}

/**
 * The currencies a per-currency figure has in either month, each to get its
 * own line: amounts in different currencies are never combined.
 */
export function currenciesOf(...lists: ReadonlyArray<ReadonlyArray<{ currency: string }>>): string[] {
  return [...new Set(lists.flat().map((item) => item.currency))].sort()
}

/** "Lumen & Linen", 2026-04, EUR -> "lumen-linen-report-2026-04-eur.pdf": safe on every file system. */
export function reportFileName(shopName: string, month: string, filters: { source?: string | undefined; currency?: string | undefined }): string {
  const slug = (text: string) =>
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40)
      .replace(/-+$/, '')
  const narrowedTo = [filters.source, filters.currency].filter((part): part is string => Boolean(part)).map(slug)
  return `${[slug(shopName) || 'aftersale', 'report', month, ...narrowedTo].join('-')}.pdf`
}
