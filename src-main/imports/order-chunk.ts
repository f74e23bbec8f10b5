import type { OrderLinesTable, OrdersTable, OrderTagsTable, Source } from '../orders/orders.table'
import type { BatchState } from './batch-state'
import type { ImportedOrder } from './import-record'
import { mergeLine, mergeOrder, newLineRow, newOrderRow } from './order-merge.rules'
import type { ProductCatalogue } from './product-catalogue'

interface OrderWork {
  row: OrdersTable
  /** The order as the shop had it before this batch; null when this batch created it. */
  before: OrdersTable | null
  inserted: boolean
  dirty: boolean
  /** By line number; a known line keeps its id so returns that point at it stay valid. */
  lines: Map<number, OrderLinesTable>
  linesBefore: Map<number, OrderLinesTable>
  changedLines: Set<number>
  newLines: Set<number>
  tags: Set<string>
}

function orderKey(source: Source, externalId: string): string {
  return `${source}\u0000${externalId}`
}

/**
 * Creates or updates the orders of one chunk: identity is (source, the
 * platform's order id), lines are matched by their position in the order.
 */
export class OrderChunk {
  private readonly work = new Map<string, OrderWork>()
  private readonly known = new Map<string, OrdersTable>()
  private readonly knownLines = new Map<string, OrderLinesTable[]>()

  constructor(
    private readonly state: BatchState,
    private readonly products: ProductCatalogue,
  ) {}

  load(orders: readonly ImportedOrder[]): void {
    const keys = new Map<string, readonly [Source, string]>()
    for (const order of orders) keys.set(orderKey(order.source, order.externalId), [order.source, order.externalId])
    const rows = this.state.writes.ordersByExternalId([...keys.values()])
    for (const row of rows) this.known.set(orderKey(row.source, row.external_id), row)
    const lines = this.state.writes.linesOfOrders(rows.map((r) => r.id))
    for (const line of lines) {
      const list = this.knownLines.get(line.order_id)
      if (list) list.push(line)
      else this.knownLines.set(line.order_id, [line])
    }
    this.products.ensure(orders.flatMap((o) => o.lines))
  }

  apply(order: ImportedOrder, customerId: string | null): void {
    const key = orderKey(order.source, order.externalId)
    const existing = this.work.get(key)
    if (existing) {
      this.merge(existing, order, customerId)
      return
    }
    const known = this.known.get(key)
    if (known) {
      const lines = new Map((this.knownLines.get(known.id) ?? []).map((l) => [l.line_no, l]))
      const work: OrderWork = {
        row: known,
        before: this.state.isOwn(known) ? null : known,
        inserted: false,
        dirty: false,
        lines,
        linesBefore: new Map(lines),
        changedLines: new Set(),
        newLines: new Set(),
        tags: new Set(),
      }
      this.work.set(key, work)
      this.merge(work, order, customerId)
      return
    }
    const row = newOrderRow(order, customerId, { id: this.state.ids.next(), batchId: this.state.batchId, now: this.state.now })
    const lines = new Map(
      order.lines.map((line, index) => [
        index + 1,
        newLineRow(line, { id: this.state.ids.next(), orderId: row.id, lineNo: index + 1, productId: this.products.idOf(line.sku) }),
      ]),
    )
    this.work.set(key, {
      row,
      before: null,
      inserted: true,
      dirty: false,
      lines,
      linesBefore: new Map(),
      changedLines: new Set(),
      newLines: new Set(lines.keys()),
      tags: new Set(order.tags.map((t) => t.trim()).filter((t) => t !== '')),
    })
  }

  /** Writes the chunk; `isOwnCustomer` tells which customers this batch created (no reference needed). */
  write(isOwnCustomer: (customerId: string) => boolean): void {
    const { writes, changes } = this.state
    const all = [...this.work.values()]
    writes.insertOrders(all.filter((w) => w.inserted).map((w) => w.row))
    for (const work of all) {
      if (work.inserted || work.dirty) {
        this.state.touchedCustomers.add(work.row.customer_id)
        this.state.touchedCustomers.add(work.before?.customer_id ?? null)
      }
      if (work.dirty) {
        if (work.before) changes.updated('orders', [work.row.id], work.before)
        writes.updateOrder(work.row)
      }
      for (const lineNo of work.changedLines) {
        if (work.before) changes.updated('order_lines', [work.lines.get(lineNo)!.id], work.linesBefore.get(lineNo)!)
        writes.updateLine(work.lines.get(lineNo)!)
      }
    }
    writes.insertLines(all.flatMap((w) => [...w.newLines].map((n) => w.lines.get(n)!)))
    const tags: OrderTagsTable[] = all.flatMap((w) => [...w.tags].map((tag) => ({ order_id: w.row.id, tag })))
    const newTags = writes.insertOrderTags(tags)

    const retagged = new Set(newTags.map((t) => t.order_id))
    for (const work of all) {
      if (work.before) {
        for (const lineNo of work.newLines) changes.inserted('order_lines', [work.lines.get(lineNo)!.id])
        const childrenChanged = work.newLines.size > 0 || work.changedLines.size > 0 || retagged.has(work.row.id)
        if (childrenChanged) changes.referenced('orders', [work.row.id])
      }
      this.count(work, retagged.has(work.row.id))
      this.referenceWhatItPointsAt(work, isOwnCustomer)
    }
    const byId = new Map(all.map((w) => [w.row.id, w]))
    for (const tag of newTags) if (byId.get(tag.order_id)?.before) changes.inserted('order_tags', [tag.order_id, tag.tag])
  }

  private count(work: OrderWork, retagged: boolean): void {
    const { counts } = this.state
    if (work.inserted) {
      counts.orders.created++
      counts.lines.created += work.lines.size
      return
    }
    if (!work.before) return
    const changed = work.dirty || work.newLines.size > 0 || work.changedLines.size > 0 || retagged
    counts.orders[changed ? 'updated' : 'unchanged']++
    counts.lines.created += work.newLines.size
    counts.lines.updated += work.changedLines.size
    counts.lines.unchanged += work.lines.size - work.newLines.size - work.changedLines.size
  }

  private merge(work: OrderWork, order: ImportedOrder, customerId: string | null): void {
    order.lines.forEach((line, index) => {
      const lineNo = index + 1
      const productId = this.products.idOf(line.sku)
      const current = work.lines.get(lineNo)
      if (!current) {
        work.lines.set(lineNo, newLineRow(line, { id: this.state.ids.next(), orderId: work.row.id, lineNo, productId }))
        work.newLines.add(lineNo)
        return
      }
      const next = mergeLine(current, line, productId)
      if (!next) return
      work.lines.set(lineNo, next)
      if (!work.newLines.has(lineNo)) work.changedLines.add(lineNo)
    })
    const skus = [...work.lines.entries()].sort(([a], [b]) => a - b).map(([, line]) => line.sku)
    const merged = mergeOrder(work.row, order, customerId, this.state.now, skus)
    if (merged) {
      work.row = merged
      work.dirty = work.dirty || !work.inserted
    }
    for (const tag of order.tags) if (tag.trim() !== '') work.tags.add(tag.trim())
  }

  /** Rows this batch's rows point at but did not create: undoing their import must wait for this one. */
  private referenceWhatItPointsAt(work: OrderWork, isOwnCustomer: (customerId: string) => boolean): void {
    const written = work.inserted || work.dirty || work.newLines.size > 0 || work.changedLines.size > 0
    if (!written) return
    const customerId = work.row.customer_id
    if (customerId !== null && !isOwnCustomer(customerId)) this.state.changes.referenced('customers', [customerId])
    for (const lineNo of [...work.newLines, ...work.changedLines]) {
      const productId = work.lines.get(lineNo)!.product_id
      if (productId !== null) this.products.reference(productId)
    }
  }
}
