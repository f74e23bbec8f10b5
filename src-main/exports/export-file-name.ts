import { toSearchText } from '../backend/search-text'

/** "orders-2026-06-15.csv", "customers-at-risk-2026-06-15.csv": what the list is, and the shop's day it was taken. */
export function exportFileName(table: 'orders' | 'customers', shopDate: string, segment?: string): string {
  const slug = segment === undefined ? '' : toSearchText(segment).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '')
  return `${[table, slug, shopDate].filter(Boolean).join('-')}.csv`
}
