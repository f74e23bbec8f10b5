/**
 * ISO 3166 alpha-2 codes for the country names exports write (`United States`).
 * Names are matched in English, as Etsy and eBay.com write them; built once from Intl's region names.
 */
let codesByName: ReadonlyMap<string, string> | null = null

/** Names platforms use that differ from Intl's English names. */
const ALIASES: Readonly<Record<string, string>> = {
  usa: 'US',
  'united states of america': 'US',
  uk: 'GB',
  'great britain': 'GB',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  'northern ireland': 'GB',
  'south korea': 'KR',
  'korea, republic of': 'KR',
  russia: 'RU',
  'russian federation': 'RU',
  'czech republic': 'CZ',
  'hong kong sar china': 'HK',
  'viet nam': 'VN',
  turkey: 'TR',
}

function buildCodesByName(): ReadonlyMap<string, string> {
  const names = new Intl.DisplayNames('en', { type: 'region' })
  const map = new Map<string, string>()
  const A = 'A'.charCodeAt(0)
  for (let first = 0; first < 26; first++) {
    for (let second = 0; second < 26; second++) {
      const code = String.fromCharCode(A + first, A + second)
      // Retired codes (DD, UK, YU) canonicalise to the current one and would shadow it.
      if (Intl.getCanonicalLocales(`und-${code}`)[0] !== `und-${code}`) continue
      const name = names.of(code)
      if (name !== undefined && name !== code) map.set(name.toLowerCase(), code)
    }
  }
  for (const [alias, code] of Object.entries(ALIASES)) map.set(alias, code)
  return map
}

function lookUp(text: string): string | null {
  if (/^[A-Za-z]{2}$/.test(text)) return Intl.getCanonicalLocales(`und-${text.toUpperCase()}`)[0]?.slice(4) ?? null
  codesByName ??= buildCodesByName()
  return codesByName.get(text.toLowerCase()) ?? null
}

/** A file repeats a handful of countries on every row. */
const answers = new Map<string, string | null>()

/** `US`, `us`, `United States` -> `US`; null when the text names no country. */
export function countryCode(value: string | null): string | null {
  if (value === null) return null
  const text = value.trim()
  let answer = answers.get(text)
  if (answer === undefined) {
    answer = lookUp(text)
    if (answers.size < 10_000) answers.set(text, answer)
  }
  return answer
}
