import type { Kysely } from 'kysely'
import * as m0001 from './0001_initial'
import * as m0002 from './0002_metrics_indexes'
import * as m0003 from './0003_import_changes'
import * as m0004 from './0004_workspace'

export interface Migration {
  readonly name: string
  up(db: Kysely<Record<string, never>>): Promise<void>
}

/**
 * Static registry, in order. A test checks it lists exactly the NNNN_*.ts
 * files of this folder, so a migration can't be written and forgotten.
 */
export const migrations: readonly Migration[] = [
  { name: '0001_initial', up: m0001.up },
  { name: '0002_metrics_indexes', up: m0002.up },
  { name: '0003_import_changes', up: m0003.up },
  { name: '0004_workspace', up: m0004.up },
]
