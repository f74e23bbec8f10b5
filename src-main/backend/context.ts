import type { Db } from '../db/database'
import type { Clock } from './clock'
import type { IdSource } from './ids'
import type { Log } from './log'

/** Everything a procedure may use, injected so that tests pin time, ids and the database file. */
export interface Context {
  db: Db
  clock: Clock
  ids: IdSource
  log: Log
  dbPath: string
  databaseId: string
}
