import { z } from 'zod'
import { currencyCode, shopDate } from '../backend/common-inputs'
import { SOURCES } from '../orders/orders.table'
import { RETURN_REASONS } from '../returns/returns.table'
import { startOfLocalDay, startOfLocalMonth } from '../time/zoned-time'
import type { InstantRange } from './metrics-sql'
import { addDays, addMonths, daysBefore, REPEAT_WINDOWS_DAYS } from './metrics.rules'

/**
 * A drill-down names the orders or customers behind one dashboard figure, in
 * the figure's own terms (shop-local dates, a cohort month, a product), so a
 * list shows exactly the rows that figure counted. It is an optional input of
 * `orders.list` and `customers.list`, and the renderer carries it in the
 * address of those screens. Pure: the renderer parses its address with it too.
 */

const shopMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Use a month written as YYYY-MM')

/** The dashboard's own filters, which every figure it shows was computed with. */
const filters = { source: z.enum(SOURCES).optional(), currency: currencyCode.optional() }

/** A span of whole shop-local days, both ends included, and the filters. */
const period = { from: shopDate, to: shopDate, ...filters }

const periodOrders = z.object({
  kind: z.literal('periodOrders'),
  ...period,
  /** Only the orders placed without a known customer, which customer figures leave out. */
  customer: z.literal('unknown').optional(),
})

const returnedOrders = z.object({ kind: z.literal('returnedOrders'), ...period, reason: z.enum(RETURN_REASONS).optional() })

const productOrders = z.object({
  kind: z.literal('productOrders'),
  ...period,
  /** As the metrics key products: `catalogue id`, else `sku:` and the SKU. */
  productKey: z.string().min(1).max(300),
  /** The product's name as the dashboard showed it, for the list to say what it is filtered by. */
  title: z.string().max(300).optional(),
})

const periodCustomers = z.object({ kind: z.literal('periodCustomers'), ...period })

const repeatCustomers = z.object({ kind: z.literal('repeatCustomers'), ...period })

/** Customers whose historic lifetime value in `currency` was measured at the end of `to`. */
const lifetimeCustomers = z.object({ kind: z.literal('lifetimeCustomers'), to: shopDate, source: filters.source, currency: currencyCode })

const cohort = z.object({
  kind: z.literal('cohort'),
  month: shopMonth,
  /** Months after the cohort's month (0 is that month itself); without it, every member. */
  offset: z.number().int().min(0).max(1200).optional(),
  ...filters,
})

const repeatWithin = z.object({
  kind: z.literal('repeatWithin'),
  ...period,
  days: z.literal(REPEAT_WINDOWS_DAYS),
  /** Eligible: first order in the period and long enough ago; repeated: of those, who ordered again within `days`. */
  group: z.enum(['eligible', 'repeated']),
})

/** Customers whose next order is expected in one of the figure's groups, as of the end of `to`. */
const expectedNextOrder = z.object({
  kind: z.literal('expectedNextOrder'),
  to: shopDate,
  ...filters,
  group: z.enum(['dueSoon', 'recentlyOverdue', 'longOverdue']),
})

const npsRespondents = z.object({ kind: z.literal('npsRespondents'), ...period, group: z.enum(['promoters', 'passives', 'detractors']).optional() })

const csatRespondents = z.object({ kind: z.literal('csatRespondents'), ...period, group: z.literal('satisfied').optional() })

const orderKinds = z.discriminatedUnion('kind', [periodOrders, returnedOrders, productOrders])
const customerKinds = z.discriminatedUnion('kind', [
  periodCustomers,
  repeatCustomers,
  lifetimeCustomers,
  cohort,
  repeatWithin,
  expectedNextOrder,
  npsRespondents,
  csatRespondents,
])

const DATES_IN_ORDER = { message: 'The first day of the period must be on or before its last day', path: ['from'] }

function datesInOrder(drilldown: object): boolean {
  return !('from' in drilldown && 'to' in drilldown) || String(drilldown.from) <= String(drilldown.to)
}

export const orderDrilldownSchema = orderKinds.refine(datesInOrder, DATES_IN_ORDER)
export const customerDrilldownSchema = customerKinds.refine(datesInOrder, DATES_IN_ORDER)

export type OrderDrilldown = z.infer<typeof orderKinds>
export type CustomerDrilldown = z.infer<typeof customerKinds>
export type Drilldown = OrderDrilldown | CustomerDrilldown
export type PeriodDrilldown = Extract<Drilldown, { from: string }>

/** Every field name any drill-down can carry, for a list screen to tell its own address parameters from the drill-down's. */
export const DRILLDOWN_FIELDS: readonly string[] = [
  ...new Set([...orderKinds.options, ...customerKinds.options].flatMap((option) => Object.keys(option.shape))),
]

const ORDER_KINDS: ReadonlySet<string> = new Set(orderKinds.options.map((option) => option.shape.kind.value))

export function isOrderDrilldown(drilldown: Drilldown): drilldown is OrderDrilldown {
  return ORDER_KINDS.has(drilldown.kind)
}

/** The instants a span of shop-local days covers, exactly as the metrics bound their periods. */
export function periodInstants({ from, to }: { from: string; to: string }, timeZone: string): InstantRange {
  return { startsAt: startOfLocalDay(from, timeZone).toISOString(), endsBefore: startOfLocalDay(addDays(to, 1), timeZone).toISOString() }
}

/** The instants a shop-local month covers, exactly as the metrics bucket orders into months. */
export function monthInstants(month: string, timeZone: string): InstantRange {
  return { startsAt: startOfLocalMonth(month, timeZone).toISOString(), endsBefore: startOfLocalMonth(addMonths(month, 1), timeZone).toISOString() }
}

/** The latest first order that had the whole `days` before the period ended, as `repeatWithin.firstOrderBy` states it. */
export function repeatWindowCutoff(to: string, days: number, timeZone: string): string {
  return daysBefore(new Date(periodInstants({ from: to, to }, timeZone).endsBefore), days).toISOString()
}
