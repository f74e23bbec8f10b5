import fs from 'node:fs'

/**
 * A missing or zero-length SQLite file opens as a valid empty database, so
 * "no tables" can't tell a first run from a shop whose file was lost. This
 * marker lives beside the database file, outside it, and remembers that a
 * shop was kept here.
 */
export interface FirstUseMarker {
  databaseId: string
  firstOpenedAt: string
}

export function markerPathFor(dbPath: string): string {
  return `${dbPath}.aftersale-marker.json`
}

export function readMarker(dbPath: string): FirstUseMarker | null {
  try {
    const parsed: unknown = JSON.parse(fs.readFileSync(markerPathFor(dbPath), 'utf8'))
    if (parsed && typeof parsed === 'object' && 'databaseId' in parsed && 'firstOpenedAt' in parsed) {
      const { databaseId, firstOpenedAt } = parsed as Record<string, unknown>
      if (typeof databaseId === 'string' && typeof firstOpenedAt === 'string') return { databaseId, firstOpenedAt }
    }
    return null
  } catch {
    return null
  }
}

export function writeMarker(dbPath: string, marker: FirstUseMarker): void {
  const note = 'Aftersale keeps this file to notice when the shop database beside it goes missing. Delete it only to start a new, empty shop at this path.'
  fs.writeFileSync(markerPathFor(dbPath), `${JSON.stringify({ ...marker, note }, null, 2)}\n`)
}
