import fs from 'node:fs'
import path from 'node:path'

/** Removes a shop file and everything SQLite and Aftersale keep beside it (log, shared memory, marker, backups before a migration). */
export function removeShopFiles(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '.aftersale-marker.json']) fs.rmSync(file + suffix, { force: true })
  if (!fs.existsSync(path.dirname(file))) return
  for (const f of fs.readdirSync(path.dirname(file))) if (f.startsWith(`${path.basename(file)}.before-`)) fs.rmSync(path.join(path.dirname(file), f))
}
