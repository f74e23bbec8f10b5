import { compareText, DAY_MS, forEachCustomer, monthFinder, within, type FactsView, type MsRange } from './facts-view.rules'
import type { MonthBounds } from './metrics-sql'

/**
 * Customers grouped by the shop-local month of their first counted order
 * (their cohort), and what they did afterwards.
 */
export interface CohortQuery {
  /** Customers whose first counted order falls in this range are members. */
  firstOrders: MsRange
  /** Every shop-local month an order of a member can fall in, with one more on each side. */
  months: readonly MonthBounds[]
}

interface Member {
  /** The member's matching orders are `orders[first .. end - 1]`. */
  orders: Int32Array
  first: number
  end: number
  firstAt: number
  /** The next counted order by time, ties included; NaN for a one-time customer. */
  secondAt: number
  cohort: number
}

/** Calls `visit` for each member of the cohorts `query` describes. */
function forEachMember(view: FactsView, query: CohortQuery, visit: (member: Member) => void): void {
  const { placedAt } = view.facts
  const monthOf = monthFinder(query.months)
  forEachCustomer(view, (orders, first, end) => {
    let firstAt = Infinity
    let secondAt = Infinity
    for (let k = first; k < end; k++) {
      const at = placedAt[orders[k]!]!
      if (at < firstAt) {
        secondAt = firstAt
        firstAt = at
      } else if (at < secondAt) {
        secondAt = at
      }
    }
    if (!within(firstAt, query.firstOrders)) return
    const cohort = monthOf(firstAt)
    if (cohort < 0) return
    visit({ orders, first, end, firstAt, secondAt: secondAt === Infinity ? Number.NaN : secondAt, cohort })
  })
}

export interface CohortActivity {
  cohort: string
  month: string
  activeCustomers: number
}

/** For each cohort and month, how many of its members placed a counted order in that month. */
export function cohortActivity(view: FactsView, query: CohortQuery): CohortActivity[] {
  const { placedAt } = view.facts
  const monthOf = monthFinder(query.months)
  const months = query.months.length
  const active = new Int32Array(months * months)
  const seenBy = new Int32Array(months).fill(-1)
  let member = 0
  forEachMember(view, query, ({ orders, first, end, cohort }) => {
    for (let k = first; k < end; k++) {
      const month = monthOf(placedAt[orders[k]!]!)
      if (month < 0 || seenBy[month] === member) continue
      seenBy[month] = member
      active[cohort * months + month]!++
    }
    member++
  })
  const rows: CohortActivity[] = []
  active.forEach((activeCustomers, cell) => {
    if (activeCustomers > 0) rows.push({ cohort: query.months[Math.floor(cell / months)]!.month, month: query.months[cell % months]!.month, activeCustomers })
  })
  return rows
}

export interface RepeatWindowCutoff {
  days: number
  /** Only customers whose first order is at or before this instant have had the whole window. */
  firstOrderBy: string
}

export interface RepeatWithinRow {
  cohort: string
  /** Whether these members' first order falls in the chosen period (the "overall" figure). */
  inPeriod: boolean
  customers: number
  windows: Array<{ days: number; eligibleCustomers: number; repeatCustomers: number }>
}

/** How many first-time customers placed a second counted order within N days of their first. */
export function repeatWithin(view: FactsView, query: CohortQuery & { period: MsRange; windows: readonly RepeatWindowCutoff[] }): RepeatWithinRow[] {
  const cutoffs = query.windows.map((w) => ({ days: w.days, firstOrderBy: Date.parse(w.firstOrderBy) }))
  const rows = new Map<number, RepeatWithinRow>()
  forEachMember(view, query, ({ firstAt, secondAt, cohort }) => {
    const inPeriod = within(firstAt, query.period)
    const key = cohort * 2 + (inPeriod ? 1 : 0)
    let row = rows.get(key)
    if (!row) {
      row = { cohort: query.months[cohort]!.month, inPeriod, customers: 0, windows: cutoffs.map(({ days }) => ({ days, eligibleCustomers: 0, repeatCustomers: 0 })) }
      rows.set(key, row)
    }
    row.customers++
    cutoffs.forEach((cutoff, i) => {
      if (firstAt > cutoff.firstOrderBy) return
      const window = row.windows[i]!
      window.eligibleCustomers++
      if ((secondAt - firstAt) / DAY_MS <= cutoff.days) window.repeatCustomers++
    })
  })
  return [...rows.values()].sort((a, b) => compareText(a.cohort, b.cohort) || Number(a.inPeriod) - Number(b.inPeriod))
}

export interface CohortValueRow {
  cohort: string
  currency: string
  /** Members who placed a counted order in this currency. */
  customers: number
  withinMinor: Array<{ days: number; netMinor: number }>
}

/** Net revenue of each cohort from orders placed within N days of each member's first order, per currency. */
export function cohortValue(view: FactsView, query: CohortQuery & { windowsDays: readonly number[] }): CohortValueRow[] {
  const { facts } = view
  const rows = new Map<number, CohortValueRow & { lastMember: number }>()
  let member = 0
  forEachMember(view, query, ({ orders, first, end, firstAt, cohort }) => {
    for (let k = first; k < end; k++) {
      const o = orders[k]!
      const currency = facts.currencyOf[o]!
      const key = cohort * facts.currencies.length + currency
      let row = rows.get(key)
      if (!row) {
        row = {
          cohort: query.months[cohort]!.month,
          currency: facts.currencies[currency]!,
          customers: 0,
          withinMinor: query.windowsDays.map((days) => ({ days, netMinor: 0 })),
          lastMember: -1,
        }
        rows.set(key, row)
      }
      if (row.lastMember !== member) {
        row.customers++
        row.lastMember = member
      }
      const daysAfter = (facts.placedAt[o]! - firstAt) / DAY_MS
      for (const window of row.withinMinor) if (daysAfter <= window.days) window.netMinor += facts.netMinor[o]!
    }
    member++
  })
  return [...rows.values()]
    .map(({ lastMember: _, ...row }) => row)
    .sort((a, b) => compareText(a.cohort, b.cohort) || compareText(a.currency, b.currency))
}
