/**
 * A small seeded PRNG (sfc32, seeded through splitmix32) with the draws the
 * demo needs. Math.random cannot be seeded, and "same seed, same shop" is
 * the promise of `aftersale demo --seed N`.
 */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number
  uint32(): number
  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number
  between(min: number, max: number): number
  chance(probability: number): boolean
  pick<T>(items: readonly T[]): T
  /** `count` characters drawn from `alphabet`: postcodes, tracking and receipt numbers. */
  characters(alphabet: string, count: number): string
  weighted<T>(entries: ReadonlyArray<readonly [T, number]>): T
  /** Positive, right-skewed: half the draws fall below `median`. */
  logNormal(median: number, sigma: number): number
  /** Failures before the first success: 0 most often, then a geometric tail. */
  geometric(successProbability: number): number
  /** A new independent stream, so adding draws to one part of the demo does not reshuffle the others. */
  fork(label: string): Random
}

function splitmix32(state: number): () => number {
  let s = state >>> 0
  return () => {
    s = (s + 0x9e3779b9) >>> 0
    let z = s
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b)
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35)
    return (z ^ (z >>> 16)) >>> 0
  }
}

function hashLabel(label: string, into: number): number {
  let h = into ^ 0x811c9dc5
  for (let i = 0; i < label.length; i++) h = Math.imul(h ^ label.charCodeAt(i), 0x01000193)
  return h >>> 0
}

export function createRandom(seed: number, label = 'demo'): Random {
  const init = splitmix32(hashLabel(label, seed))
  let a = init()
  let b = init()
  let c = init()
  let d = init()
  const uint32 = (): number => {
    const t = (((a + b) | 0) + d) | 0
    d = (d + 1) | 0
    a = b ^ (b >>> 9)
    b = (c + (c << 3)) | 0
    c = (c << 21) | (c >>> 11)
    c = (c + t) | 0
    return t >>> 0
  }
  const next = () => uint32() / 4294967296

  const random: Random = {
    next,
    uint32,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    between: (min, max) => min + next() * (max - min),
    chance: (probability) => next() < probability,
    pick: (items) => {
      if (items.length === 0) throw new Error('Cannot pick from an empty list')
      return items[Math.floor(next() * items.length)] as (typeof items)[number]
    },
    characters: (alphabet, count) => {
      let out = ''
      for (let i = 0; i < count; i++) out += alphabet.charAt(Math.floor(next() * alphabet.length))
      return out
    },
    weighted: (entries) => {
      const total = entries.reduce((sum, [, weight]) => sum + weight, 0)
      let roll = next() * total
      for (const [value, weight] of entries) {
        roll -= weight
        if (roll < 0) return value
      }
      const last = entries[entries.length - 1]
      if (!last) throw new Error('Cannot pick from an empty list')
      return last[0]
    },
    logNormal: (median, sigma) => {
      // Box-Muller; 1 - next() keeps the logarithm finite.
      const gaussian = Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next())
      return median * Math.exp(sigma * gaussian)
    },
    geometric: (successProbability) => Math.floor(Math.log(1 - next()) / Math.log(1 - successProbability)),
    fork: (forkLabel) => createRandom(uint32(), forkLabel),
  }
  return random
}
