import { z } from 'zod'
import { currencyCode } from '../backend/common-inputs'
import { customerFiltersSchema } from '../customers/customer-filters'
import { CUSTOMER_SORTS, type CustomerSort } from '../customers/customers.repo'
import { orderFiltersSchema } from '../orders/order-filters'
import { ORDER_SORTS, type OrderSort } from '../orders/orders.repo'
import type { ViewScreen } from './saved-views.table'

/**
 * What a saved view remembers of a table: the search, sort, filters and the
 * chosen columns. Each screen's schema is made of the very schemas its list
 * procedure takes, so a view always opens as a valid list query.
 */
const orderSorts = Object.keys(ORDER_SORTS) as [OrderSort, ...OrderSort[]]
const customerSorts = Object.keys(CUSTOMER_SORTS) as [CustomerSort, ...CustomerSort[]]

export const VIEW_NAME_MAX = 80
export const viewName = z
  .string()
  .trim()
  .min(1, 'Give the view a name')
  .max(VIEW_NAME_MAX, `Keep the name to ${VIEW_NAME_MAX} characters or fewer`)

/** Names are told apart regardless of case ("Lapsed" is "lapsed"), but not of accents. */
export function sameViewName(a: string, b: string): boolean {
  return a.trim().localeCompare(b.trim(), 'en', { sensitivity: 'accent' }) === 0
}

const common = {
  search: z.string().trim().max(200).default(''),
  direction: z.enum(['asc', 'desc']).default('desc'),
  /** Column ids in the order shown; empty means the screen's default columns. */
  columns: z.array(z.string().trim().min(1).max(60)).max(40, 'A view keeps at most 40 columns').default([]),
}

export const orderViewStateSchema = z.object({
  ...common,
  sort: z.enum(orderSorts).default('placedAt'),
  filters: orderFiltersSchema.default({}),
})

export const customerViewStateSchema = z.object({
  ...common,
  sort: z.enum(customerSorts).default('lastOrderAt'),
  filters: customerFiltersSchema.default({}),
  /** The currency the `spent` sort compares; the shop's main currency when left out. */
  spendCurrency: currencyCode.optional(),
})

export type OrderViewState = z.infer<typeof orderViewStateSchema>
export type CustomerViewState = z.infer<typeof customerViewStateSchema>

export type SavedView =
  | { id: string; screen: 'orders'; name: string; state: OrderViewState; createdAt: string; updatedAt: string }
  | { id: string; screen: 'customers'; name: string; state: CustomerViewState; createdAt: string; updatedAt: string }

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function without(fields: Record<string, unknown>, keys: ReadonlySet<string>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).filter(([key]) => !keys.has(key)))
}

/**
 * The fields of `raw` that `schema` still accepts: each field alone first,
 * then, while a rule across fields fails (an amount without its currency),
 * the fields the rule names, or when it names an absent one, the one field
 * whose removal leaves the fewest failures.
 */
function keepAccepted<Shape extends z.ZodRawShape>(schema: z.ZodObject<Shape>, raw: unknown): z.infer<z.ZodObject<Shape>> {
  const fields = isRecord(raw) ? raw : {}
  let kept = Object.fromEntries(
    Object.entries(fields).filter(([key, value]) => {
      const field = Object.hasOwn(schema.shape, key) ? schema.shape[key] : undefined
      return field !== undefined && z.safeParse(field, value).success
    }),
  )
  const failures = (candidate: Record<string, unknown>) => schema.safeParse(candidate).error?.issues ?? []
  for (;;) {
    const result = schema.safeParse(kept)
    if (result.success) return result.data
    const named = new Set(result.error.issues.map((issue) => String(issue.path[0])).filter((key) => key in kept))
    if (named.size > 0) {
      kept = without(kept, named)
      continue
    }
    const [fewest] = Object.keys(kept)
      .map((key) => ({ key, left: failures(without(kept, new Set([key]))).length }))
      .sort((a, b) => a.left - b.left)
    // With every field dropped only the defaults remain, and those always pass (or it is a bug worth its error).
    if (!fewest) return schema.parse({})
    kept = without(kept, new Set([fewest.key]))
  }
}

/**
 * The state of a stored view, as this version of the app understands it.
 *
 * Views outlive app versions: a later release may rename a sort, drop a
 * filter or tighten a limit, and a view saved by an older one then no longer
 * validates. Failing the read would hide every view (and every segment) of the
 * screen over one stale field; instead each field that no longer validates is
 * dropped on its own, falling back to its default, so the view still opens
 * with everything else it remembered. Unknown fields are ignored the same way.
 */
export function readViewState(screen: 'orders', stateJson: string): OrderViewState
export function readViewState(screen: 'customers', stateJson: string): CustomerViewState
export function readViewState(screen: ViewScreen, stateJson: string): OrderViewState | CustomerViewState {
  let raw: unknown
  try {
    raw = JSON.parse(stateJson)
  } catch {
    raw = {}
  }
  const fields = isRecord(raw) ? raw : {}
  return screen === 'orders'
    ? keepAccepted(orderViewStateSchema, { ...fields, filters: keepAccepted(orderFiltersSchema, fields.filters) })
    : keepAccepted(customerViewStateSchema, { ...fields, filters: keepAccepted(customerFiltersSchema, fields.filters) })
}
