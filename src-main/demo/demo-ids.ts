import type { Random } from './demo-random'

export type MakeId = (atMs: number) => string

const BYTE_HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'))

function hex16(value: number): string {
  return `${BYTE_HEX[(value >>> 8) & 0xff]}${BYTE_HEX[value & 0xff]}`
}

function hex32(value: number): string {
  return `${hex16(value >>> 16)}${hex16(value)}`
}

/**
 * UUIDv7-shaped ids like the app's own (`context.ids`), but with the row's own
 * time as the prefix and seeded bits as the rest: the same seed gives the same
 * ids, and ids still sort roughly by time like real ones.
 */
export function createIdMaker(random: Random): MakeId {
  return (atMs) => {
    const ms = Math.max(0, Math.floor(atMs))
    const high = Math.floor(ms / 2 ** 32) & 0xffff
    const low = ms >>> 0
    const a = random.uint32()
    const b = random.uint32()
    const c = random.uint32()
    const versioned = 0x7000 | (a & 0x0fff)
    const variant = 0x8000 | ((a >>> 12) & 0x3fff)
    return `${hex16(high)}${hex16(low >>> 16)}-${hex16(low)}-${hex16(versioned)}-${hex16(variant)}-${hex32(b)}${hex16(c)}`
  }
}
