const monthLabels = new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric', timeZone: 'UTC' })

/** 2026-04 -> "April 2026". A calendar month has no zone: formatted as UTC so none can move it into its neighbour. */
export function monthLabel(month: string): string {
  return monthLabels.format(new Date(`${month}-01T00:00:00.000Z`))
}
