/** What the shop can type on a customer's record, and how it is tidied before saving. */

/** Room for years of notes about one customer; the limit only stops a paste of a whole file. */
export const MAX_NOTE_LENGTH = 20_000
export const MAX_TAG_LENGTH = 50
export const MAX_TAGS = 50

/**
 * Tags as saved: trimmed, inner spaces collapsed, blanks dropped, and the
 * same tag typed twice in another case kept once, as first written (filters
 * match tags exactly, so "VIP" and "vip" side by side would split a segment).
 */
export function cleanTags(tags: readonly string[]): string[] {
  const seen = new Set<string>()
  const out: string[] = []
  for (const raw of tags) {
    const tag = raw.trim().replace(/\s+/g, ' ')
    const key = tag.toLocaleLowerCase()
    if (tag === '' || seen.has(key)) continue
    seen.add(key)
    out.push(tag)
  }
  return out
}

export function sortTags(tags: readonly string[]): string[] {
  return [...tags].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base' }) || (a < b ? -1 : a > b ? 1 : 0))
}

/**
 * The updated_at a change writes: now, but always after the version it
 * replaces, so two saves within one millisecond (or under a stopped clock)
 * still read as two versions and a stale save is caught as a conflict.
 */
export function nextVersion(now: string, previous: string): string {
  const previousMs = Date.parse(previous)
  return Number.isNaN(previousMs) || Date.parse(now) > previousMs ? now : new Date(previousMs + 1).toISOString()
}
