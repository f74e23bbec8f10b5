import type { FormatId } from './formats/format'

/** A chosen file as pairing sees it: its name, and the format its header shows (null when unknown or unreadable). */
export interface PairableFile<T> {
  file: T
  name: string
  format: FormatId | null
}

/** One import: a file, and the companion file read with it. */
export interface PlannedImport<T> {
  file: T
  companion?: T
}

/** EtsySoldOrders2025.csv and EtsySoldOrderItems2025.csv share the stem "2025.csv". */
function etsyStem(name: string): string {
  return name.replace(/EtsySoldOrder(Item)?s/i, '').toLowerCase()
}

/**
 * Etsy exports orders and their items as two files; chosen together (on the
 * command line, or dropped on the Import screen at once) they are imported
 * as one, one batch and one undo: the orders file, with the items file as
 * its companion. Files of the same year pair up; a lone orders file and a
 * lone items file pair whatever their names. Every other file is imported
 * on its own, in the order given.
 */
export function pairEtsyFiles<T>(files: ReadonlyArray<PairableFile<T>>): Array<PlannedImport<T>> {
  const orders = files.filter((f) => f.format === 'etsy-orders')
  const items = files.filter((f) => f.format === 'etsy-items')
  const partner = new Map<PairableFile<T>, PairableFile<T>>()
  for (const orderFile of orders) {
    const match = items.find((i) => etsyStem(i.name) === etsyStem(orderFile.name) && ![...partner.values()].includes(i))
    if (match) partner.set(orderFile, match)
  }
  const [onlyOrders] = orders
  const [onlyItems] = items
  if (orders.length === 1 && items.length === 1 && partner.size === 0 && onlyOrders && onlyItems) partner.set(onlyOrders, onlyItems)
  const paired = new Set(partner.values())
  return files
    .filter((f) => !paired.has(f))
    .map((f) => {
      const companion = partner.get(f)
      return companion ? { file: f.file, companion: companion.file } : { file: f.file }
    })
}
