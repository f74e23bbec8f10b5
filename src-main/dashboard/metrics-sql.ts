import { sql, type Expression, type RawBuilder, type SqlBool } from 'kysely'
import type { Source } from '../orders/orders.table'

/**
 * SQL fragments the dashboard's order facts, its drill-downs and the customer
 * figures share, so that "counted order", "net revenue" and "the filters" mean
 * one thing everywhere.
 */

export interface OrderFilters {
  source?: Source | undefined
  currency?: string | undefined
}

/** A half-open span of instants, ISO-8601 UTC: `startsAt` included, `endsBefore` not. */
export interface InstantRange {
  startsAt: string
  endsBefore: string
}

/** A shop-local month and the UTC instants that bound it. */
export interface MonthBounds extends InstantRange {
  month: string
}

function column(alias: string, name: string) {
  return sql.ref(`${alias}.${name}`)
}

/**
 * Not cancelled and not voided, written exactly as the partial indexes of
 * migration 0002 state it (literals, not parameters), so SQLite can use them.
 */
export function isCountedOrder(alias = 'orders'): RawBuilder<SqlBool> {
  return sql<SqlBool>`${column(alias, 'cancelled_at')} is null and ${column(alias, 'financial_status')} <> 'voided'`
}

/** Orders from the filtered source and in the filtered currency (all orders when no filter is set). */
export function matchesFilters(filters: OrderFilters, alias = 'orders'): RawBuilder<SqlBool> {
  const conditions = [
    ...(filters.source ? [sql<SqlBool>`${column(alias, 'source')} = ${filters.source}`] : []),
    ...(filters.currency ? [sql<SqlBool>`${column(alias, 'currency')} = ${filters.currency}`] : []),
  ]
  return conditions.length > 0 ? sql<SqlBool>`${sql.join(conditions, sql` and `)}` : sql<SqlBool>`1 = 1`
}

/** Counted orders that also match the dashboard's source and currency filters. */
export function countedOrderMatching(filters: OrderFilters, alias = 'orders'): RawBuilder<SqlBool> {
  return sql<SqlBool>`${isCountedOrder(alias)} and ${matchesFilters(filters, alias)}`
}

/**
 * Whether the order a row points to meets `condition`. The order is found by
 * its key alone and the condition is checked on that one row: written as a
 * join with the condition in the where clause, SQLite (which has no table
 * statistics here) may instead walk a whole currency's range of the currency
 * index for every row, which on a big shop takes minutes.
 */
export function orderMeets(orderId: Expression<unknown> | RawBuilder<unknown>, condition: (alias: string) => RawBuilder<SqlBool>): RawBuilder<SqlBool> {
  return sql<SqlBool>`(select case when ${condition('pointed')} then 1 else 0 end from orders pointed where pointed.id = ${orderId}) = 1`
}

/** An order's net revenue: subtotal (lines after line discounts) minus order discount minus refunds, never below zero. */
export function orderNetMinor(alias = 'orders'): RawBuilder<number> {
  const net = sql`${column(alias, 'subtotal_minor')} - ${column(alias, 'discount_minor')} - ${column(alias, 'refunded_minor')}`
  return sql<number>`case when ${net} > 0 then ${net} else 0 end`
}

export function inRange(instant: Expression<unknown> | RawBuilder<unknown>, range: InstantRange): RawBuilder<SqlBool> {
  return sql<SqlBool>`${instant} >= ${range.startsAt} and ${instant} < ${range.endsBefore}`
}

export function countWhen(condition: RawBuilder<SqlBool>): RawBuilder<number> {
  return sql<number>`sum(case when ${condition} then 1 else 0 end)`
}

/**
 * An instant as a (fractional) day number: differences are days, and a day
 * number plus N days compares with another. julianday() is SQLite's and the one
 * function here PostgreSQL lacks, so a port defines julianday(text) there
 * rather than every query learning two spellings.
 */
export function dayNumberOf(instant: Expression<unknown> | RawBuilder<unknown>): RawBuilder<number> {
  return sql<number>`julianday(${instant})`
}

export function daysBetween(earlier: Expression<unknown> | RawBuilder<unknown>, later: Expression<unknown> | RawBuilder<unknown>): RawBuilder<number> {
  return sql<number>`(${dayNumberOf(later)} - ${dayNumberOf(earlier)})`
}

/** SQLite returns numbers, PostgreSQL returns bigint sums as strings; figures leave the repos as numbers. */
export function toNumber(value: unknown): number {
  return value === null || value === undefined ? 0 : Number(value)
}
