import { createHash } from 'node:crypto'
import { genericMappingSchema, type GenericMapping } from './formats/generic-mapping'
import type { ImportDb } from './imports.table'

export interface ImportPreset {
  name: string
  headerSignature: string
  mapping: GenericMapping
  updatedAt: string
}

/** Two files with the same column names (in any case, trimmed, in order) get the same mapping offered. */
export function headerSignature(header: readonly string[]): string {
  return createHash('sha256')
    .update(header.map((h) => h.trim().toLowerCase()).join('\n'))
    .digest('hex')
}

export async function listPresets(db: ImportDb, filter: { headerSignature?: string } = {}): Promise<ImportPreset[]> {
  let query = db.selectFrom('import_presets').selectAll().orderBy('name')
  if (filter.headerSignature) query = query.where('header_signature', '=', filter.headerSignature)
  const rows = await query.execute()
  return rows.flatMap((row) => {
    // A preset saved by another version that this one can't read is left out rather than breaking the list.
    const mapping = genericMappingSchema.safeParse(JSON.parse(row.mapping_json))
    return mapping.success ? [{ name: row.name, headerSignature: row.header_signature, mapping: mapping.data, updatedAt: row.updated_at }] : []
  })
}

export async function savePreset(db: ImportDb, preset: { name: string; header: readonly string[]; mapping: GenericMapping }, now: string): Promise<ImportPreset> {
  const signature = headerSignature(preset.header)
  await db
    .insertInto('import_presets')
    .values({ name: preset.name, header_signature: signature, mapping_json: JSON.stringify(preset.mapping), created_at: now, updated_at: now })
    .onConflict((oc) =>
      oc.column('name').doUpdateSet((eb) => ({
        header_signature: eb.ref('excluded.header_signature'),
        mapping_json: eb.ref('excluded.mapping_json'),
        updated_at: eb.ref('excluded.updated_at'),
      })),
    )
    .execute()
  return { name: preset.name, headerSignature: signature, mapping: preset.mapping, updatedAt: now }
}

/** True when there was such a preset. */
export async function deletePreset(db: ImportDb, name: string): Promise<boolean> {
  const result = await db.deleteFrom('import_presets').where('name', '=', name).executeTakeFirst()
  return Number(result.numDeletedRows) > 0
}
