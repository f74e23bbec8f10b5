import { toSearchText } from '../backend/search-text'
import type { OrdersTable } from './orders.table'

/** What order search matches: number, buyer, tracking number and the SKUs of its lines (each once, in line order). */
export function orderSearchText(
  row: Pick<OrdersTable, 'order_number' | 'buyer_name' | 'buyer_email' | 'tracking_number'>,
  skus: Iterable<string | null>,
): string {
  return toSearchText(row.order_number, row.buyer_name, row.buyer_email, row.tracking_number, ...new Set(skus))
}
