/** One thing done to personal data (an erasure, a merge, its undo): what, to which record, when. */
export interface AuditLogTable {
  id: string
  action: string
  entity: string
  entity_id: string
  detail_json: string
  created_at: string
}
