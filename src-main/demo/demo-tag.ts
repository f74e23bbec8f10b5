/**
 * Everything unique that a demo writes carries its tag ("7", or "7.2" for a
 * forced second load of seed 7), so demos never clash with each other or with
 * the shop's own orders, RMAs and templates.
 */
export function demoTag(seed: number, copy: number): string {
  return copy === 0 ? String(seed) : `${seed}.${copy + 1}`
}

/** Reserved for documentation (RFC 2606): demo mail can never reach a real person, and real customers never use them. */
export const DEMO_EMAIL_DOMAINS = ['example.com', 'example.org', 'example.net'] as const

export interface DemoMarkers {
  externalIdPrefix: string
  rmaPrefix: string
  nameSuffix: string
}

export function demoMarkers(tag: string): DemoMarkers {
  return { externalIdPrefix: `demo-${tag}-`, rmaPrefix: `RMA-${tag}-`, nameSuffix: ` (demo ${tag})` }
}

/** A platform id (order or buyer) of this demo. */
export function demoExternalId(tag: string, sequence: number): string {
  return `${demoMarkers(tag).externalIdPrefix}${String(sequence).padStart(5, '0')}`
}

export function rmaNumber(tag: string, sequence: number): string {
  return `${demoMarkers(tag).rmaPrefix}${String(sequence).padStart(4, '0')}`
}

export function demoName(name: string, tag: string): string {
  return `${name}${demoMarkers(tag).nameSuffix}`
}
