import { z } from 'zod'
import { AppError } from '../backend/errors'
import { procedure } from '../backend/procedure'
import { SOURCES } from '../orders/orders.table'
import { readSettings } from '../settings/settings.repo'
import { localDateOf } from '../time/zoned-time'
import { addDays, daysInclusive, resolvePeriod } from './metrics.rules'
import { orderFactsOf } from './order-facts-cache'
import { readDashboardMetrics } from './read-dashboard-metrics'

/** Long enough for "everything since we opened", short enough that the month lists stay small. */
const MAX_PERIOD_DAYS = 20 * 366

const shopDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date written as YYYY-MM-DD')
  .refine((date) => addDays(date, 0) === date, 'That date does not exist on the calendar')

export const metricsInput = z
  .object({
    from: shopDate.optional(),
    to: shopDate.optional(),
    source: z.enum(SOURCES).optional(),
    currency: z
      .string()
      .regex(/^[A-Za-z]{3}$/, 'Use a three-letter currency code such as USD or EUR')
      .transform((code) => code.toUpperCase())
      .optional(),
  })
  .refine(({ from, to }) => from === undefined || to === undefined || from <= to, {
    message: 'The first day of the period must be on or before its last day',
    path: ['from'],
  })

export const dashboardProcedures = {
  /** Every retention figure for a period of shop-local days (default: the last 365 days) and the period before it. */
  metrics: procedure.input(metricsInput).handler(async ({ input, context }) => {
    const { timeZone } = await readSettings(context.db)
    const now = context.clock.now()
    const period = resolvePeriod(input, localDateOf(now, timeZone))
    if (period.from > period.to) {
      throw new AppError('INVALID_INPUT', `The period would start on ${period.from}, after its last day ${period.to}. Choose a first day on or before the last.`)
    }
    if (daysInclusive(period.from, period.to) > MAX_PERIOD_DAYS) {
      throw new AppError('INVALID_INPUT', 'Choose a period of at most 20 years.')
    }
    const facts = await orderFactsOf(context.db, context.dbPath)
    return readDashboardMetrics(context.db, facts, { period, filters: { source: input.source, currency: input.currency }, now, timeZone })
  }),
}
