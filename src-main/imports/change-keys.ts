/**
 * The tables an import writes, with the columns that find one row again.
 * Shared by the change log (which stores keys) and undo (which uses them).
 */
export const KEY_COLUMNS = {
  customers: ['id'],
  customer_identities: ['source', 'external_id'],
  customer_tags: ['customer_id', 'tag'],
  customer_addresses: ['id'],
  products: ['id'],
  orders: ['id'],
  order_lines: ['id'],
  order_tags: ['order_id', 'tag'],
  returns: ['id'],
} as const

export type ChangedTable = keyof typeof KEY_COLUMNS

export function isChangedTable(name: string): name is ChangedTable {
  return Object.hasOwn(KEY_COLUMNS, name)
}

/** A single-column key is stored as is (so it joins to the table); a composite one as a JSON array. */
export function rowKey(values: readonly string[]): string {
  return values.length === 1 ? values[0]! : JSON.stringify(values)
}

export function keyValues(table: ChangedTable, key: string): string[] {
  return KEY_COLUMNS[table].length === 1 ? [key] : (JSON.parse(key) as string[])
}
