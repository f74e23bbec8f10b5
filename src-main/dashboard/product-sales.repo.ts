import { sql } from 'kysely'
import type { Db } from '../db/database'
import { countedOrderMatching, inRange, toNumber, type InstantRange, type OrderFilters } from './metrics-sql'

/**
 * A product is known by its catalogue id, else by its SKU; lines with neither
 * cannot be told apart reliably, so they count in totals but not in rankings.
 */
export const productKeyOfLine = sql<string | null>`coalesce(l.product_id, 'sku:' || l.sku)`

export interface ProductSales {
  currency: string
  productKey: string | null
  soldUnits: number
  revenueMinor: number
  orders: number
}

/** Units and line revenue (after line discounts) per product and currency, from counted orders placed in the range. */
export async function readProductSales(db: Db, range: InstantRange, filters: OrderFilters, currencies: readonly string[]): Promise<ProductSales[]> {
  if (currencies.length === 0) return []
  const rows = await db
    .selectFrom('orders')
    .innerJoin('order_lines as l', 'l.order_id', 'orders.id')
    .select((eb) => [
      'orders.currency',
      productKeyOfLine.as('productKey'),
      eb.fn.sum<number>('l.quantity').as('soldUnits'),
      eb.fn.sum<number>(sql`l.quantity * l.unit_price_minor - l.line_discount_minor`).as('revenueMinor'),
      eb.fn.count<number>('orders.id').distinct().as('orders'),
    ])
    .where(countedOrderMatching(filters))
    .where('orders.currency', 'in', currencies)
    .where(inRange(sql.ref('orders.placed_at'), range))
    .groupBy(['orders.currency', productKeyOfLine])
    .execute()
  return rows.map((r) => ({
    currency: r.currency,
    productKey: r.productKey,
    soldUnits: toNumber(r.soldUnits),
    revenueMinor: toNumber(r.revenueMinor),
    orders: toNumber(r.orders),
  }))
}

/** Units sold in counted orders placed in the range, all products together. */
export async function readSoldUnits(db: Db, range: InstantRange, filters: OrderFilters, currencies: readonly string[]): Promise<number> {
  if (currencies.length === 0) return 0
  const row = await db
    .selectFrom('orders')
    .innerJoin('order_lines as l', 'l.order_id', 'orders.id')
    .select((eb) => eb.fn.sum<number>('l.quantity').as('soldUnits'))
    .where(countedOrderMatching(filters))
    .where('orders.currency', 'in', currencies)
    .where(inRange(sql.ref('orders.placed_at'), range))
    .executeTakeFirst()
  return toNumber(row?.soldUnits)
}

export interface ProductLabel {
  productKey: string
  title: string
  sku: string | null
}

/** Names for a handful of product keys: the catalogue's title, else the title on a line with that SKU. */
export async function readProductLabels(db: Db, productKeys: readonly string[]): Promise<Map<string, ProductLabel>> {
  const ids = productKeys.filter((k) => !k.startsWith('sku:'))
  const skus = productKeys.filter((k) => k.startsWith('sku:')).map((k) => k.slice(4))
  const [products, lines] = await Promise.all([
    ids.length ? db.selectFrom('products').select(['id', 'title', 'sku']).where('id', 'in', ids).execute() : Promise.resolve([]),
    skus.length
      ? db
          .selectFrom('order_lines')
          .select((eb) => ['sku', eb.fn.min('title').as('title')])
          .where('sku', 'in', skus)
          .groupBy('sku')
          .execute()
      : Promise.resolve([]),
  ])
  const labels = new Map<string, ProductLabel>()
  for (const p of products) labels.set(p.id, { productKey: p.id, title: p.title, sku: p.sku })
  for (const l of lines) if (l.sku !== null) labels.set(`sku:${l.sku}`, { productKey: `sku:${l.sku}`, title: l.title, sku: l.sku })
  return labels
}
