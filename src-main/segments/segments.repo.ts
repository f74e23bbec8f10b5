import { AppError } from '../backend/errors'
import type { Db } from '../db/database'
import type { CustomerFilters } from '../customers/customer-filters'
import { countCustomers } from '../customers/customers.repo'
import type { RfmGroup } from '../customers/customers.table'
import { RFM_RULES } from '../customers/rfm.rules'
import { listCustomerViews } from '../saved-views/saved-views.repo'
import { customerViewStateSchema, sameViewName, type CustomerViewState } from '../saved-views/saved-views.rules'

/**
 * Segments are groups of customers to act on: the built-in RFM groups, and
 * every saved customers view. A saved segment is counted by countCustomers,
 * the customers list's own count, so a segment's count is the list's total.
 */
export interface BuiltInSegment {
  key: RfmGroup
  name: string
  explanation: string
  count: number
}

export interface SavedSegment {
  id: string
  name: string
  count: number
  filters: CustomerFilters
  search: string
}

/** A segment found by name: what the customers list would be opened with. */
export interface ResolvedSegment {
  name: string
  state: CustomerViewState
}

function listQuery(state: CustomerViewState, now: Date) {
  return { search: state.search, sort: state.sort, direction: state.direction, filters: state.filters, spendCurrency: null, now }
}

/**
 * Counted on customer_stats alone, from its rfm_group index: each row belongs
 * to exactly one customer (a foreign key that cascades), so this is the total
 * the customers list shows for the group, without joining 150,000 customers.
 */
async function rfmCounts(db: Db): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('customer_stats')
    .where('rfm_group', 'is not', null)
    .select((eb) => ['rfm_group as group', eb.fn.countAll<number>().as('n')])
    .groupBy('rfm_group')
    .execute()
  return new Map(rows.map((r) => [String(r.group), Number(r.n)]))
}

export async function listSegments(db: Db, now: Date): Promise<{ builtIn: BuiltInSegment[]; saved: SavedSegment[] }> {
  const counts = await rfmCounts(db)
  const builtIn = RFM_RULES.map((rule) => ({ key: rule.group, name: rule.label, explanation: rule.explanation, count: counts.get(rule.group) ?? 0 }))
  const saved: SavedSegment[] = []
  for (const view of await listCustomerViews(db)) {
    saved.push({ id: view.id, name: view.name, count: await countCustomers(db, listQuery(view.state, now)), filters: view.state.filters, search: view.state.search })
  }
  return { builtIn, saved }
}

/**
 * The segment called `name` (regardless of case): a saved customers view
 * first, as the shop owner named it, then an RFM group by label ("At risk")
 * or key ("at_risk").
 */
export async function resolveSegment(db: Db, name: string): Promise<ResolvedSegment> {
  const views = await listCustomerViews(db)
  const view = views.find((v) => sameViewName(v.name, name))
  if (view) return { name: view.name, state: view.state }
  const rule = RFM_RULES.find((r) => sameViewName(r.label, name) || sameViewName(r.group, name))
  if (rule) return { name: rule.label, state: customerViewStateSchema.parse({ filters: { rfmGroup: rule.group } }) }
  const known = [...RFM_RULES.map((r) => r.label), ...views.map((v) => v.name)]
  throw new AppError('NOT_FOUND', `No segment named "${name.trim()}". Segments: ${known.join(', ')}.`, { segments: known })
}
