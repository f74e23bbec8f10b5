import type { ImportProblem, ImportWarning } from './import-record'

/**
 * What an import did (or, in a preview, would do), per entity. `unchanged`
 * means already in the shop exactly so; `skipped` means it could not be
 * applied (a refund or return for an order the shop doesn't have).
 */
export interface EntityCounts {
  created: number
  updated: number
  unchanged: number
  skipped: number
}

export const ENTITIES = ['customers', 'orders', 'lines', 'products', 'refunds', 'returns'] as const
export type Entity = (typeof ENTITIES)[number]

/** A new customer whose name equals a customer the shop already had under another identity: listed, never merged. */
export interface PossibleDuplicate {
  customerId: string
  name: string
  email: string | null
  existingCustomerId: string
  existingEmail: string | null
}

export interface ImportSummary {
  rowsRead: number
  counts: Record<Entity, EntityCounts>
  warningCount: number
  /** The first MAX_LISTED_WARNINGS; warningCount says how many there were. */
  warnings: ImportWarning[]
  possibleDuplicateCount: number
  possibleDuplicates: PossibleDuplicate[]
}

/** Enough to act on, bounded so a messy million-row file can't bloat the history. */
export const MAX_LISTED_WARNINGS = 1000
export const MAX_LISTED_DUPLICATES = 200

export function emptyCounts(): Record<Entity, EntityCounts> {
  return Object.fromEntries(ENTITIES.map((entity) => [entity, { created: 0, updated: 0, unchanged: 0, skipped: 0 }])) as Record<Entity, EntityCounts>
}

/** Which file, as the reader saw it: shown beside every outcome. */
export interface FileFacts {
  fileName: string
  /** The format the reader used (a preset id such as "shopify-orders"), or null for a generic mapping. */
  format: string | null
  source: string | null
  label: string
  contentHash: string
  bytes: number
}

export type ImportOutcome =
  | { status: 'imported'; batchId: string; importedAt: string; file: FileFacts; summary: ImportSummary }
  | { status: 'previewed'; file: FileFacts; summary: ImportSummary }
  | { status: 'already_imported'; batchId: string; importedAt: string; file: FileFacts; message: string }
  | { status: 'rejected'; file: FileFacts; message: string; problems: ImportProblem[] }
