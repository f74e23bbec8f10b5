import type { Db } from '../db/database'
import { readViewState, sameViewName, type CustomerViewState, type OrderViewState, type SavedView } from './saved-views.rules'
import type { SavedViewsTable, ViewScreen } from './saved-views.table'

function toSavedView(row: SavedViewsTable): SavedView {
  const common = { id: row.id, name: row.name, createdAt: row.created_at, updatedAt: row.updated_at }
  return row.screen === 'orders'
    ? { ...common, screen: 'orders', state: readViewState('orders', row.state_json) }
    : { ...common, screen: 'customers', state: readViewState('customers', row.state_json) }
}

/** The screen's views in alphabetical order. */
export async function listSavedViews(db: Db, screen: ViewScreen): Promise<SavedView[]> {
  const rows = await db.selectFrom('saved_views').selectAll().where('screen', '=', screen).execute()
  return rows.map(toSavedView).sort((a, b) => a.name.localeCompare(b.name))
}

/** A customers view's state, typed for the callers (segments, export) that only read customers views. */
export async function listCustomerViews(db: Db): Promise<Array<{ id: string; name: string; state: CustomerViewState }>> {
  const views = await listSavedViews(db, 'customers')
  return views.flatMap((view) => (view.screen === 'customers' ? [{ id: view.id, name: view.name, state: view.state }] : []))
}

/**
 * Saves under `name`, replacing the state of the screen's view of the same
 * name. Names match regardless of case, so "Lapsed" and "lapsed" never become
 * two views that a segment name could not tell apart.
 */
export async function saveView(
  db: Db,
  view: { screen: ViewScreen; name: string; state: OrderViewState | CustomerViewState },
  stamp: { id: string; now: Date },
): Promise<SavedView> {
  const at = stamp.now.toISOString()
  const stateJson = JSON.stringify(view.state)
  return db.transaction().execute(async (trx) => {
    // Compared in JS: SQL's lower() folds only ASCII on SQLite.
    const names = await trx.selectFrom('saved_views').select(['id', 'name']).where('screen', '=', view.screen).execute()
    const existing = names.find((other) => sameViewName(other.name, view.name))
    if (existing) {
      await trx.updateTable('saved_views').set({ name: view.name, state_json: stateJson, updated_at: at }).where('id', '=', existing.id).execute()
    } else {
      await trx
        .insertInto('saved_views')
        .values({ id: stamp.id, screen: view.screen, name: view.name, state_json: stateJson, created_at: at, updated_at: at })
        .onConflict((oc) => oc.columns(['screen', 'name']).doUpdateSet({ state_json: stateJson, updated_at: at }))
        .execute()
    }
    const saved = await trx
      .selectFrom('saved_views')
      .selectAll()
      .where('screen', '=', view.screen)
      .where('name', '=', view.name)
      .executeTakeFirstOrThrow()
    return toSavedView(saved)
  })
}

/** Whether a view was there to remove. */
export async function removeView(db: Db, id: string): Promise<boolean> {
  const result = await db.deleteFrom('saved_views').where('id', '=', id).executeTakeFirst()
  return Number(result.numDeletedRows) > 0
}
