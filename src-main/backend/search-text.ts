/** Letters that Unicode does not decompose into a base letter plus an accent, so NFD alone leaves them. */
const UNDECOMPOSED: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', ð: 'd', æ: 'ae', œ: 'oe', ß: 'ss', þ: 'th', ı: 'i', ħ: 'h', ŧ: 't' }
const UNDECOMPOSED_PATTERN = new RegExp(`[${Object.keys(UNDECOMPOSED).join('')}]`, 'g')

/**
 * Lower-case, accent-free text for LIKE search that behaves the same on
 * SQLite and PostgreSQL ("Zoë" is found by "zoe").
 */
export function toSearchText(...parts: ReadonlyArray<string | null | undefined>): string {
  return parts
    .filter((p): p is string => typeof p === 'string' && p.length > 0)
    .join(' ')
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(UNDECOMPOSED_PATTERN, (letter) => UNDECOMPOSED[letter] ?? letter)
    .replace(/\s+/g, ' ')
    .trim()
}

/** A LIKE pattern for "contains", with the user's own % and _ taken literally (escape character `\`). */
export function containsPattern(query: string): string {
  return `%${toSearchText(query).replace(/[\\%_]/g, (c) => `\\${c}`)}%`
}

/**
 * A contains-search has no index to seek in, only the narrow (search_text, id)
 * index to scan, and walking a list's sort order while testing every row is
 * quick only when matches are many (a page fills early): searching for one
 * order number that way reads the whole table. So a list first collects a
 * search's matches in one scan of that index, and when there are at most this
 * many it counts and sorts just those; with more, the walk fills a page fast.
 */
export const FEW_MATCHES = 5_000
