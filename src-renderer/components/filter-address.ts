import type { ZodType } from 'zod'

/**
 * A table's filters travel in its screen's address as plain, readable search
 * parameters (`?channels=shopify,etsy&cancelled=no&min=1000`), beside its
 * search and sort, so back and forward return to them and a link can be kept.
 * What the address holds is checked with the list procedure's own schema.
 */

/** One filter field's parameters in the address. `undefined` from `read`: the value cannot be read. */
export interface FieldCodec<V> {
  params: readonly string[]
  read(get: (param: string) => string | null): V | undefined
  write(value: V): Array<[string, string]>
}

export type FieldCodecs<F> = { [K in keyof F]-?: FieldCodec<NonNullable<F[K]>> }

export interface FilterAddress<F> {
  /** The filters in `params` ({} when there are none); `unreadable` when some were edited into something the schema refuses. */
  read(params: URLSearchParams): { filters: F; unreadable: boolean }
  /** `params` with these filters in place of any it had. */
  write(params: URLSearchParams, filters: F): URLSearchParams
}

function single<V>(param: string, parse: (text: string) => V | undefined, format: (value: V) => string): FieldCodec<V> {
  return {
    params: [param],
    read: (get) => {
      const text = get(param)
      return text === null ? undefined : parse(text)
    },
    write: (value) => [[param, format(value)]],
  }
}

export const textParam = (param: string) => single<string>(param, (text) => text, (value) => value)

export const intParam = (param: string) =>
  single<number>(
    param,
    (text) => (/^-?\d+$/.test(text) ? Number(text) : undefined),
    (value) => String(value),
  )

/** "yes" / "no": a flag filter is either one or absent. */
export const flagParam = (param: string) =>
  single<boolean>(
    param,
    (text) => (text === 'yes' ? true : text === 'no' ? false : undefined),
    (value) => (value ? 'yes' : 'no'),
  )

/** A comma-separated choice among known values. */
export const listParam = <T extends string>(param: string, allowed: readonly T[]) =>
  single<T[]>(
    param,
    (text) => {
      const values = text.split(',')
      return values.every((value): value is T => allowed.includes(value as T)) ? values : undefined
    },
    (values) => values.join(','),
  )

export const oneOfParam = <T extends string>(param: string, allowed: readonly T[]) =>
  single<T>(param, (text) => (allowed.includes(text as T) ? (text as T) : undefined), (value) => value)

export function filterAddress<F extends object>(schema: ZodType<F>, fields: FieldCodecs<F>): FilterAddress<F> {
  const codecs = Object.entries(fields) as Array<[string, FieldCodec<unknown>]>
  return {
    read(params) {
      const found: Record<string, unknown> = {}
      let unreadable = false
      for (const [key, codec] of codecs) {
        if (!codec.params.some((param) => params.has(param))) continue
        const value = codec.read((param) => params.get(param))
        if (value === undefined) unreadable = true
        else found[key] = value
      }
      if (Object.keys(found).length === 0) return { filters: {} as F, unreadable }
      const parsed = schema.safeParse(found)
      return parsed.success ? { filters: parsed.data, unreadable } : { filters: {} as F, unreadable: true }
    },
    write(params, filters) {
      const next = new URLSearchParams(params)
      for (const [key, codec] of codecs) {
        for (const param of codec.params) next.delete(param)
        const value = (filters as Record<string, unknown>)[key]
        if (value === undefined || (Array.isArray(value) && value.length === 0)) continue
        for (const [param, text] of codec.write(value)) next.set(param, text)
      }
      return next
    },
  }
}
