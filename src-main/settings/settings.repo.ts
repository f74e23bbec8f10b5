import type { Db } from '../db/database'
import { defaultSettings, shopSettingsSchema, type ShopSettings } from './settings.rules'

const KEYS = Object.keys(shopSettingsSchema.shape) as (keyof ShopSettings)[]

export async function readSettings(db: Db): Promise<ShopSettings> {
  const rows = await db.selectFrom('settings').select(['key', 'value']).where('key', 'in', KEYS).execute()
  const stored = Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.value) as unknown]))
  // A value this build can't read falls back to its default rather than breaking the app.
  const merged = { ...defaultSettings(), ...stored }
  const parsed = shopSettingsSchema.safeParse(merged)
  return parsed.success ? parsed.data : defaultSettings()
}

export async function writeSettings(db: Db, changes: Partial<ShopSettings>, now: Date): Promise<void> {
  const entries = Object.entries(changes).filter(([, v]) => v !== undefined)
  if (entries.length === 0) return
  await db
    .insertInto('settings')
    .values(entries.map(([key, value]) => ({ key, value: JSON.stringify(value), updated_at: now.toISOString() })))
    .onConflict((oc) => oc.column('key').doUpdateSet((eb) => ({ value: eb.ref('excluded.value'), updated_at: eb.ref('excluded.updated_at') })))
    .execute()
}
