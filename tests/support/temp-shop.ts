import path from 'node:path'
import { fixedClock } from '../../src-main/backend/clock'
import { createBackend, type Backend, type BackendOptions } from '../../src-main/backend/create-backend'
import { silentLog } from '../../src-main/backend/log'
import { makeTempDir } from './temp-dir'

export const TEST_NOW = '2026-06-15T12:00:00.000Z'

/** A real backend on a real SQLite file in a temp folder, with a pinned clock and no log noise. */
export async function openTempShop(options: Partial<BackendOptions> = {}): Promise<{ backend: Backend; dbPath: string; dir: string; close(): Promise<void> }> {
  const temp = makeTempDir()
  const dbPath = options.dbPath ?? path.join(temp.dir, 'shop.db')
  const backend = await createBackend({ clock: fixedClock(TEST_NOW), log: silentLog, ...options, dbPath })
  return {
    backend,
    dbPath,
    dir: temp.dir,
    close: async () => {
      await backend.close()
      temp.cleanup()
    },
  }
}
