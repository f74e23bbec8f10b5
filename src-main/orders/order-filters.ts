import { sql, type RawBuilder, type SqlBool } from 'kysely'
import { z } from 'zod'
import { currencyCode, shopDate } from '../backend/common-inputs'
import { containsPattern } from '../backend/search-text'
import { periodInstants } from '../dashboard/drilldown.rules'
import { FINANCIAL_STATUSES, FULFILLMENT_STATUSES, SOURCES } from './orders.table'

/**
 * The orders table's filters: one schema for the screen, saved views, the
 * export and the CLI, and one translation into SQL, so an export holds
 * exactly the orders the screen lists.
 */
const tagOrSku = z.string().trim().min(1).max(100)

export const orderFiltersSchema = z
  .object({
    /** Shop-local days, both ends included. */
    placedFrom: shopDate.optional(),
    placedTo: shopDate.optional(),
    sources: z.array(z.enum(SOURCES)).max(SOURCES.length).optional(),
    financialStatuses: z.array(z.enum(FINANCIAL_STATUSES)).max(FINANCIAL_STATUSES.length).optional(),
    fulfillmentStatuses: z.array(z.enum(FULFILLMENT_STATUSES)).max(FULFILLMENT_STATUSES.length).optional(),
    /** true: only cancelled orders; false: none of them. */
    cancelled: z.boolean().optional(),
    /** true: only orders with money refunded; false: none of them. */
    refunded: z.boolean().optional(),
    currency: currencyCode.optional(),
    /** Order total in minor units of `currency`, both ends included. */
    minTotalMinor: z.number().int().min(0).optional(),
    maxTotalMinor: z.number().int().min(0).optional(),
    hasReturn: z.boolean().optional(),
    hasClaim: z.boolean().optional(),
    sku: tagOrSku.optional(),
    tag: tagOrSku.optional(),
  })
  .refine((f) => !(f.placedFrom && f.placedTo) || f.placedFrom <= f.placedTo, {
    message: 'The first day must not be after the last day',
    path: ['placedTo'],
  })
  .refine((f) => (f.minTotalMinor === undefined && f.maxTotalMinor === undefined) || f.currency !== undefined, {
    message: 'Choose a currency to filter by amount: amounts in different currencies cannot be compared',
    path: ['currency'],
  })
  .refine((f) => f.minTotalMinor === undefined || f.maxTotalMinor === undefined || f.minTotalMinor <= f.maxTotalMinor, {
    message: 'The smallest amount must not be above the largest',
    path: ['maxTotalMinor'],
  })

export type OrderFilters = z.infer<typeof orderFiltersSchema>

const ref = (column: string) => sql.ref(`orders.${column}`)

function inList(column: string, values: readonly string[] | undefined): RawBuilder<SqlBool>[] {
  if (!values || values.length === 0) return []
  return [sql<SqlBool>`${ref(column)} in (${sql.join(values)})`]
}

function flag(value: boolean | undefined, condition: RawBuilder<SqlBool>): RawBuilder<SqlBool>[] {
  if (value === undefined) return []
  return [value ? condition : sql<SqlBool>`not (${condition})`]
}

/** The conditions of `filters` and of a search on the `orders` table, joined with `and` (true when there are none). */
export function orderConditions(filters: OrderFilters | undefined, search: string, timeZone: string): RawBuilder<SqlBool> {
  const f = filters ?? {}
  const conditions: RawBuilder<SqlBool>[] = []
  if (search) conditions.push(sql<SqlBool>`${ref('search_text')} like ${containsPattern(search)} escape '\\'`)
  if (f.placedFrom) conditions.push(sql<SqlBool>`${ref('placed_at')} >= ${periodInstants({ from: f.placedFrom, to: f.placedFrom }, timeZone).startsAt}`)
  if (f.placedTo) conditions.push(sql<SqlBool>`${ref('placed_at')} < ${periodInstants({ from: f.placedTo, to: f.placedTo }, timeZone).endsBefore}`)
  conditions.push(...inList('source', f.sources), ...inList('financial_status', f.financialStatuses), ...inList('fulfillment_status', f.fulfillmentStatuses))
  conditions.push(...flag(f.cancelled, sql<SqlBool>`${ref('cancelled_at')} is not null`))
  conditions.push(...flag(f.refunded, sql<SqlBool>`${ref('refunded_minor')} > 0`))
  if (f.currency) conditions.push(sql<SqlBool>`${ref('currency')} = ${f.currency}`)
  if (f.minTotalMinor !== undefined) conditions.push(sql<SqlBool>`${ref('total_minor')} >= ${f.minTotalMinor}`)
  if (f.maxTotalMinor !== undefined) conditions.push(sql<SqlBool>`${ref('total_minor')} <= ${f.maxTotalMinor}`)
  // `id in (…)` lets SQLite start from the small indexed side (returns, claims, one SKU, one tag) instead of probing for every order.
  conditions.push(...flag(f.hasReturn, sql<SqlBool>`${ref('id')} in (select order_id from returns)`))
  conditions.push(...flag(f.hasClaim, sql<SqlBool>`${ref('id')} in (select order_id from claims where order_id is not null)`))
  if (f.sku) conditions.push(sql<SqlBool>`${ref('id')} in (select order_id from order_lines where sku = ${f.sku})`)
  if (f.tag) conditions.push(sql<SqlBool>`${ref('id')} in (select order_id from order_tags where tag = ${f.tag})`)
  return conditions.length > 0 ? sql<SqlBool>`(${sql.join(conditions, sql` and `)})` : sql<SqlBool>`1 = 1`
}
