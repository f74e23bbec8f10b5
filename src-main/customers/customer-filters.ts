import { sql, type RawBuilder, type SqlBool } from 'kysely'
import { z } from 'zod'
import { currencyCode } from '../backend/common-inputs'
import { containsPattern } from '../backend/search-text'
import { isCountedOrder, orderNetMinor } from '../dashboard/metrics-sql'
import { SOURCES } from '../orders/orders.table'
import { RFM_GROUPS } from './customers.table'

/**
 * The customers table's filters, which are also what a segment saves: one
 * schema for the screen, segments, the export and the CLI, and one
 * translation into SQL over `customers` joined with `customer_stats as stats`.
 *
 * Periods are relative ("within the last N days") so a saved segment keeps
 * meaning the same thing as time passes.
 */
const days = z.number().int().min(1).max(36_500)

export const customerFiltersSchema = z
  .object({
    consent: z.array(z.enum(['granted', 'denied', 'unknown'])).max(3).optional(),
    tag: z.string().trim().min(1).max(100).optional(),
    hasReturn: z.boolean().optional(),
    hasClaim: z.boolean().optional(),
    minOrders: z.number().int().min(0).optional(),
    maxOrders: z.number().int().min(0).optional(),
    /** Last counted order more than this many days ago (customers who never ordered are left out). */
    lastOrderOlderThanDays: days.optional(),
    /** Last counted order within this many days. */
    lastOrderWithinDays: days.optional(),
    /** Net revenue (as the dashboard counts it) of at least this much in one currency, over all time or within the last N days. */
    spent: z.object({ currency: currencyCode, minMinor: z.number().int().min(0), withinDays: days.optional() }).optional(),
    /** Bought at least once on this sales channel. */
    source: z.enum(SOURCES).optional(),
    rfmGroup: z.enum(RFM_GROUPS).optional(),
  })
  .refine((f) => f.minOrders === undefined || f.maxOrders === undefined || f.minOrders <= f.maxOrders, {
    message: 'The smallest number of orders must not be above the largest',
    path: ['maxOrders'],
  })

export type CustomerFilters = z.infer<typeof customerFiltersSchema>

const DAY_MS = 86_400_000

function flag(value: boolean | undefined, condition: RawBuilder<SqlBool>): RawBuilder<SqlBool>[] {
  if (value === undefined) return []
  return [value ? condition : sql<SqlBool>`not (${condition})`]
}

/** The conditions of `filters` and a search, over `customers` and `stats`, joined with `and` (true when there are none). */
export function customerConditions(filters: CustomerFilters | undefined, search: string, now: Date): RawBuilder<SqlBool> {
  const f = filters ?? {}
  const daysAgo = (n: number) => new Date(now.getTime() - n * DAY_MS).toISOString()
  const conditions: RawBuilder<SqlBool>[] = []
  if (search) conditions.push(sql<SqlBool>`customers.search_text like ${containsPattern(search)} escape '\\'`)
  if (f.consent && f.consent.length > 0) conditions.push(sql<SqlBool>`customers.marketing_consent in (${sql.join(f.consent)})`)
  if (f.tag) conditions.push(sql<SqlBool>`customers.id in (select customer_id from customer_tags where tag = ${f.tag})`)
  conditions.push(...flag(f.hasReturn, sql<SqlBool>`stats.return_count > 0`))
  conditions.push(...flag(f.hasClaim, sql<SqlBool>`stats.claim_count > 0`))
  if (f.minOrders !== undefined) conditions.push(sql<SqlBool>`stats.order_count >= ${f.minOrders}`)
  if (f.maxOrders !== undefined) conditions.push(sql<SqlBool>`stats.order_count <= ${f.maxOrders}`)
  if (f.lastOrderOlderThanDays !== undefined) conditions.push(sql<SqlBool>`stats.last_order_at < ${daysAgo(f.lastOrderOlderThanDays)}`)
  if (f.lastOrderWithinDays !== undefined) conditions.push(sql<SqlBool>`stats.last_order_at >= ${daysAgo(f.lastOrderWithinDays)}`)
  if (f.spent) {
    const { currency, minMinor, withinDays } = f.spent
    conditions.push(
      withinDays === undefined
        ? sql<SqlBool>`customers.id in (select customer_id from customer_spend where currency = ${currency} and net_minor >= ${minMinor})`
        : sql<SqlBool>`customers.id in (
            select customer_id from orders
            where customer_id is not null and ${isCountedOrder()} and currency = ${currency} and placed_at >= ${daysAgo(withinDays)}
            group by customer_id
            having sum(${orderNetMinor()}) >= ${minMinor})`,
    )
  }
  if (f.source) conditions.push(sql<SqlBool>`customers.id in (select customer_id from orders where source = ${f.source} and customer_id is not null)`)
  if (f.rfmGroup) conditions.push(sql<SqlBool>`stats.rfm_group = ${f.rfmGroup}`)
  return conditions.length > 0 ? sql<SqlBool>`(${sql.join(conditions, sql` and `)})` : sql<SqlBool>`1 = 1`
}
