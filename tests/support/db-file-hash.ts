import { createHash } from 'node:crypto'
import fs from 'node:fs'
import BetterSqlite3 from 'better-sqlite3'

/** The database file's bytes once the WAL is folded in: equal hashes mean nothing at all was written. */
export function dbFileHash(dbPath: string): string {
  const reader = new BetterSqlite3(dbPath)
  try {
    const [result] = reader.pragma('wal_checkpoint(TRUNCATE)') as Array<{ busy: number }>
    if (result?.busy !== 0) throw new Error(`${dbPath} could not be checkpointed: a reader or writer held it`)
  } finally {
    reader.close()
  }
  return createHash('sha256').update(fs.readFileSync(dbPath)).digest('hex')
}
