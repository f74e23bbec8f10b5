/** Bits per expected key: with PROBES probes, about one false "maybe" in 500. */
const BITS_PER_KEY = 16
const PROBES = 4
const MIN_BITS = 1 << 16

/**
 * The keys a batch gave to rows of a table that was empty when it began: a
 * key it never gave cannot be in the table, so looking it up can be
 * skipped. Kept as a Bloom filter, a few bits per key whatever the keys'
 * length; a false "maybe" costs only the lookup that would have been done
 * anyway, and more keys than expected only make those more frequent.
 */
export class FreshKeys {
  private readonly bits: Uint32Array | null
  private readonly mask: number

  /** `tableHadRows`: every key may already be there, and nothing is skipped. */
  constructor(tableHadRows: boolean, expectedKeys: number) {
    let size = MIN_BITS
    while (size < expectedKeys * BITS_PER_KEY && size < 1 << 30) size *= 2
    this.bits = tableHadRows ? null : new Uint32Array(size / 32)
    this.mask = size - 1
  }

  add(key: string): void {
    if (this.bits === null) return
    const [h1, h2] = hashes(key)
    for (let i = 0; i < PROBES; i++) {
      const bit = (h1 + i * h2) & this.mask
      this.bits[bit >>> 5]! |= 1 << (bit & 31)
    }
  }

  /** False only for a key no row of the table can have. */
  mayHave(key: string): boolean {
    if (this.bits === null) return true
    const [h1, h2] = hashes(key)
    for (let i = 0; i < PROBES; i++) {
      const bit = (h1 + i * h2) & this.mask
      if ((this.bits[bit >>> 5]! & (1 << (bit & 31))) === 0) return false
    }
    return true
  }
}

/** Two 32-bit FNV-1a hashes with different seeds, for double hashing; the second is odd so probes spread over every bit. */
function hashes(key: string): [number, number] {
  let a = 0x811c9dc5
  let b = 0x9747b28c
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i)
    a = Math.imul(a ^ c, 0x01000193)
    b = Math.imul(b ^ c, 0x5bd1e995)
  }
  return [a >>> 0, (b | 1) >>> 0]
}
