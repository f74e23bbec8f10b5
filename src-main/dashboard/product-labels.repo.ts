import { sql } from 'kysely'
import type { Db } from '../db/database'

/**
 * A product is known by its catalogue id, else by its SKU; lines with neither
 * cannot be told apart reliably, so they count in totals but not in rankings.
 */
export const productKeyOfLine = sql<string | null>`coalesce(l.product_id, 'sku:' || l.sku)`

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
