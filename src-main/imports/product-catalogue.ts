import type { BatchState } from './batch-state'
import type { ImportedOrderLine } from './import-record'

// A shop has thousands of SKUs, not millions; past this the cache starts over rather than grow without bound.
const MAX_CACHED_SKUS = 100_000

/**
 * Products by SKU for the lines of an import: found, or created from the
 * line's title and vendor. An existing product is never overwritten; the
 * shop may have edited it.
 */
export class ProductCatalogue {
  private readonly ids = new Map<string, string>()
  // Products this batch created or already noted as relied on: every line points at one, so the change log is spared the repeats.
  private readonly noted = new Set<string>()

  constructor(private readonly state: BatchState) {}

  ensure(lines: readonly ImportedOrderLine[]): void {
    if (this.ids.size > MAX_CACHED_SKUS) this.ids.clear()
    const wanted = new Map<string, ImportedOrderLine>()
    for (const line of lines) if (line.sku !== null && !this.ids.has(line.sku) && !wanted.has(line.sku)) wanted.set(line.sku, line)
    if (wanted.size === 0) return
    const found = this.state.writes.productsBySku([...wanted.keys()])
    for (const product of found) {
      if (product.sku === null) continue
      this.ids.set(product.sku, product.id)
      wanted.delete(product.sku)
    }
    const { ids, now, changes, counts } = this.state
    const created = [...wanted.values()].map((line) => ({
      id: ids.next(),
      sku: line.sku,
      title: line.title,
      vendor: line.vendor,
      care_notes: '',
      created_at: now,
      updated_at: now,
    }))
    this.state.writes.insertProducts(created)
    for (const product of created) {
      this.ids.set(product.sku!, product.id)
      this.noted.add(product.id)
      changes.inserted('products', [product.id])
    }
    counts.products.created += created.length
    counts.products.unchanged += found.length
  }

  idOf(sku: string | null): string | null {
    return sku === null ? null : (this.ids.get(sku) ?? null)
  }

  /** Lines of this batch point at the product; if an earlier import created it, undoing that one must wait. */
  reference(productId: string): void {
    if (this.noted.has(productId)) return
    this.noted.add(productId)
    this.state.changes.referenced('products', [productId])
  }
}
