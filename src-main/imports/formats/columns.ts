/** A column found (or not) in a file's header; index -1 when the file has no such column. */
export interface Column {
  name: string
  index: number
}

/** The first of several names a column goes by (headers drift between versions and sites). */
export function findColumn(header: readonly string[], ...names: string[]): Column {
  for (const name of names) {
    const index = header.indexOf(name)
    if (index !== -1) return { name, index }
  }
  return { name: names[0] ?? '', index: -1 }
}

export function hasColumn(column: Column): boolean {
  return column.index !== -1
}

/** Finds every named column at once: `columns(header, { total: ['Total'], ... })`. */
export function findColumns<K extends string>(header: readonly string[], names: Readonly<Record<K, readonly string[]>>): Record<K, Column> {
  const found = {} as Record<K, Column>
  for (const key of Object.keys(names) as K[]) found[key] = findColumn(header, ...names[key])
  return found
}
