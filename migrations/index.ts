import type { Kysely } from 'kysely'
import * as m0001 from './0001_initial'

export interface Migration {
  readonly name: string
  up(db: Kysely<Record<string, never>>): Promise<void>
}

/**
 * Static registry, in order. A test checks it lists exactly the NNNN_*.ts
 * files of this folder, so a migration can't be written and forgotten.
 */
export const migrations: readonly Migration[] = [{ name: '0001_initial', up: m0001.up }]
