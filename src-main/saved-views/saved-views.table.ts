export type ViewScreen = 'orders' | 'customers'

/** A named filter, sort and column choice of one table; a saved customers view is a segment. */
export interface SavedViewsTable {
  id: string
  screen: ViewScreen
  name: string
  /** The view's state, validated by the screen's schema (saved-views.rules.ts) on the way in and out. */
  state_json: string
  created_at: string
  updated_at: string
}
