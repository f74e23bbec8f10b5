import type { Kysely } from 'kysely'
import type { Database } from '../db/database'

export interface AuditEntry {
  action: string
  entity: string
  entityId: string
  /** Ids and counts only: the log outlives erasures, so it must never hold personal data. */
  detail: Record<string, unknown>
}

/** Records one thing done to personal data, inside the transaction that did it. */
export async function writeAudit(db: Kysely<Database>, entry: AuditEntry, ids: { id: string; at: string }): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      id: ids.id,
      action: entry.action,
      entity: entry.entity,
      entity_id: entry.entityId,
      detail_json: JSON.stringify(entry.detail),
      created_at: ids.at,
    })
    .execute()
}
