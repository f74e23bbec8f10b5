import type { InstantRange, MonthBounds, OrderFilters } from './metrics-sql'
import { groupBy, type OrderFacts } from './order-facts.repo'

/** The order facts seen through the dashboard's source and currency filters. */
export interface FactsView {
  facts: OrderFacts
  /** 1 for an order from the filtered source and in the filtered currency, counted or not (all orders without filters). */
  attributed: Uint8Array
  /** 1 for a counted order that is attributed. */
  matches: Uint8Array
  /** Whether a source or currency filter is set. */
  filtered: boolean
  /** The matching orders of customer c are `customerOrders[customerStart[c] .. customerStart[c + 1] - 1]`. */
  customerStart: Int32Array
  customerOrders: Int32Array
}

export const DAY_MS = 86_400_000

export function viewOf(facts: OrderFacts, filters: OrderFilters): FactsView {
  const source = filters.source === undefined ? -1 : facts.sources.indexOf(filters.source)
  const currency = filters.currency === undefined ? -1 : facts.currencies.indexOf(filters.currency)
  // A filter naming a source or currency with no orders matches nothing.
  const none = (filters.source !== undefined && source < 0) || (filters.currency !== undefined && currency < 0)
  const attributed = new Uint8Array(facts.orders)
  const matches = new Uint8Array(facts.orders)
  const customerOf = new Int32Array(facts.orders).fill(-1)
  if (!none) {
    for (let o = 0; o < facts.orders; o++) {
      if ((source >= 0 && facts.sourceOf[o] !== source) || (currency >= 0 && facts.currencyOf[o] !== currency)) continue
      attributed[o] = 1
      if (facts.counted[o] !== 1) continue
      matches[o] = 1
      customerOf[o] = facts.customerOf[o]!
    }
  }
  const byCustomer = groupBy(customerOf, facts.customers)
  return {
    facts,
    attributed,
    matches,
    filtered: filters.source !== undefined || filters.currency !== undefined,
    customerStart: byCustomer.start,
    customerOrders: byCustomer.members,
  }
}

/** A half-open range of instants as epoch milliseconds. */
export interface MsRange {
  from: number
  before: number
}

export function msRange(range: InstantRange): MsRange {
  return { from: Date.parse(range.startsAt), before: Date.parse(range.endsBefore) }
}

export function within(instant: number, range: MsRange): boolean {
  return instant >= range.from && instant < range.before
}

/** Calls `visit` for each matching order placed in `range`, in index order. */
export function forEachOrderIn({ facts, matches }: FactsView, range: MsRange, visit: (order: number) => void): void {
  for (let o = 0; o < facts.orders; o++) {
    if (matches[o] === 1 && within(facts.placedAt[o]!, range)) visit(o)
  }
}

/**
 * Calls `visit` with each customer that has matching orders: their order
 * indexes are `orders[first .. end - 1]`.
 */
export function forEachCustomer(view: FactsView, visit: (orders: Int32Array, first: number, end: number) => void): void {
  const { customerStart, customerOrders } = view
  for (let c = 0; c < customerStart.length - 1; c++) {
    if (customerStart[c + 1]! > customerStart[c]!) visit(customerOrders, customerStart[c]!, customerStart[c + 1]!)
  }
}

/** Finds an instant's shop-local month among `months` (-1 outside them all). */
export function monthFinder(months: readonly MonthBounds[]): (instant: number) => number {
  const starts = months.map((m) => Date.parse(m.startsAt))
  const end = months.length > 0 ? Date.parse(months[months.length - 1]!.endsBefore) : -Infinity
  return (instant) => {
    if (instant < (starts[0] ?? Infinity) || instant >= end) return -1
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (starts[middle]! <= instant) low = middle
      else high = middle - 1
    }
    return low
  }
}

/** Orders text by its UTF-16 code units, as SQLite's binary collation orders ASCII codes. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
