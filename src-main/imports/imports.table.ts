export type ImportBatchStatus = 'committed' | 'undone'

export interface ImportBatchesTable {
  id: string
  file_name: string
  source: string
  content_hash: string
  status: ImportBatchStatus
  rows_read: number
  summary_json: string
  warnings_json: string
  created_at: string
  undone_at: string | null
}
