import type { ReturnReason } from '../returns/returns.table'
import { compareText, within, type FactsView, type MsRange } from './facts-view.rules'

/**
 * Returns are counted against the order they came from: a return belongs to
 * the period its order was placed in, so a period's rate compares like with
 * like and can't exceed 100%. Rejected returns sent nothing back and aren't in
 * the facts.
 */
export interface ReturnTotals {
  returnedUnits: number
  returnedOrders: number
}

export interface ReturnsByReason extends ReturnTotals {
  reason: ReturnReason
}

export interface ReturnsByProduct extends ReturnTotals {
  productKey: string
}

export interface ReturnFigures {
  totals: ReturnTotals
  byReason: ReturnsByReason[]
  /** Returned units per product, keyed like sales (catalogue id, else SKU). */
  byProduct: ReturnsByProduct[]
}

/** Every return figure of the orders placed in the range, in one pass over the returned items. */
export function returnsOfOrdersIn(view: FactsView, range: MsRange): ReturnFigures {
  const { facts, matches } = view
  const items = facts.returned
  const totals = new Tally()
  const byReason = new Map<number, Tally>()
  const byProduct = new Map<number, Tally>()
  for (let i = 0; i < items.count; i++) {
    const order = items.order[i]!
    if (matches[order] !== 1 || !within(facts.placedAt[order]!, range)) continue
    const quantity = items.quantity[i]!
    totals.add(order, quantity)
    tallyOf(byReason, items.reason[i]!).add(order, quantity)
    if (items.isLine[i] === 1 && items.product[i]! >= 0) tallyOf(byProduct, items.product[i]!).add(order, quantity)
  }
  return {
    totals: totals.figures(),
    byReason: [...byReason]
      .map(([reason, tally]) => ({ reason: items.reasons[reason]!, ...tally.figures() }))
      .sort((a, b) => compareText(a.reason, b.reason)),
    byProduct: [...byProduct].map(([product, tally]) => ({ productKey: facts.productKeys[product]!, ...tally.figures() })),
  }
}

class Tally {
  private units = 0
  private readonly orders = new Set<number>()

  add(order: number, units: number): void {
    this.units += units
    this.orders.add(order)
  }

  figures(): ReturnTotals {
    return { returnedUnits: this.units, returnedOrders: this.orders.size }
  }
}

function tallyOf(tallies: Map<number, Tally>, key: number): Tally {
  let tally = tallies.get(key)
  if (!tally) {
    tally = new Tally()
    tallies.set(key, tally)
  }
  return tally
}
