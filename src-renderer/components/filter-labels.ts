/** One filter in force, in words (a chip above the list), and the filters without it. */
export interface FilterLabel<F> {
  key: string
  label: string
  without(filters: F): F
}

/** A label for the filter when it is set (`label` is its words, or nothing). */
export function labelled<F>(key: string, label: string | null | undefined | false | 0, without: (filters: F) => F): FilterLabel<F>[] {
  return label ? [{ key, label, without }] : []
}

export function omit<F extends object>(filters: F, ...keys: Array<keyof F>): F {
  const next = { ...filters }
  for (const key of keys) delete next[key]
  return next
}

/** A yes/no filter's words: `yes` when it asks for them, `no` when it leaves them out, nothing when unset. */
export function flagLabel(value: boolean | undefined, yes: string, no: string): string | null {
  return value === undefined ? null : value ? yes : no
}
