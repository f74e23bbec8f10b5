import { compareText, forEachOrderIn, type FactsView, type MsRange } from './facts-view.rules'

export interface SalesByCurrency {
  currency: string
  orders: number
  netMinor: number
  ordersWithoutCustomer: number
}

/** Counted orders placed in the range and their net revenue, per currency (sorted by currency). */
export function salesIn(view: FactsView, range: MsRange): SalesByCurrency[] {
  const { facts } = view
  const sales = facts.currencies.map((currency) => ({ currency, orders: 0, netMinor: 0, ordersWithoutCustomer: 0 }))
  forEachOrderIn(view, range, (o) => {
    const s = sales[facts.currencyOf[o]!]!
    s.orders++
    s.netMinor += facts.netMinor[o]!
    if (facts.customerOf[o] === -1) s.ordersWithoutCustomer++
  })
  return sales.filter((s) => s.orders > 0).sort((a, b) => compareText(a.currency, b.currency))
}

export interface ProductSales {
  currency: string
  productKey: string | null
  soldUnits: number
  revenueMinor: number
  orders: number
}

/** Units and line revenue (after line discounts) per product and currency, from counted orders placed in the range. */
export function productSalesIn(view: FactsView, range: MsRange): ProductSales[] {
  const { facts } = view
  const groups = new Map<number, ProductSales & { lastOrder: number }>()
  const products = facts.productKeys.length + 1
  forEachOrderIn(view, range, (o) => {
    const currency = facts.currencyOf[o]!
    for (let l = facts.lineStart[o]!; l < facts.lineStart[o + 1]!; l++) {
      const product = facts.lineProduct[l]!
      const key = currency * products + product + 1
      let group = groups.get(key)
      if (!group) {
        group = { currency: facts.currencies[currency]!, productKey: facts.productKeys[product] ?? null, soldUnits: 0, revenueMinor: 0, orders: 0, lastOrder: -1 }
        groups.set(key, group)
      }
      group.soldUnits += facts.lineQuantity[l]!
      group.revenueMinor += facts.lineRevenueMinor[l]!
      // An order's lines sit together, so a product's order count goes up once per order.
      if (group.lastOrder !== o) {
        group.orders++
        group.lastOrder = o
      }
    }
  })
  return [...groups.values()].map(({ lastOrder: _, ...sales }) => sales)
}

/** Units sold in counted orders placed in the range, all products together. */
export function soldUnitsIn(view: FactsView, range: MsRange): number {
  const { facts } = view
  let units = 0
  forEachOrderIn(view, range, (o) => {
    for (let l = facts.lineStart[o]!; l < facts.lineStart[o + 1]!; l++) units += facts.lineQuantity[l]!
  })
  return units
}
