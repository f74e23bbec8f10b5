import { z } from 'zod'

/** Input fields many procedures share, each with the message a shop owner sees when it is wrong. */

function isCalendarDate(date: string): boolean {
  const parsed = new Date(`${date}T00:00:00Z`)
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date
}

/** A shop-local calendar day. */
export const shopDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date written as YYYY-MM-DD')
  .refine(isCalendarDate, 'That date does not exist on the calendar')

export const currencyCode = z.string().regex(/^[A-Z]{3}$/, 'Use a three-letter currency code in capitals, such as USD')
