import { amazonOrders } from './amazon-orders'
import { amazonReturns } from './amazon-returns'
import { ebayOrders } from './ebay-orders'
import { ebayTransactions } from './ebay-transactions'
import { etsyItems } from './etsy-items'
import { etsyOrders } from './etsy-orders'
import type { ExportFormat, FormatId } from './format'
import { generic } from './generic'
import { shopifyCustomers } from './shopify-customers'
import { shopifyOrders } from './shopify-orders'
import { squareItems } from './square-items'
import { woocommerceAnalytics } from './woocommerce-analytics'
import { woocommerceOrders } from './woocommerce-orders'

export const FORMATS: readonly ExportFormat[] = [
  shopifyOrders,
  shopifyCustomers,
  woocommerceAnalytics,
  woocommerceOrders,
  etsyOrders,
  etsyItems,
  amazonOrders,
  amazonReturns,
  ebayOrders,
  ebayTransactions,
  squareItems,
  generic,
]

const byId = new Map(FORMATS.map((format) => [format.id, format]))

export function formatById(id: FormatId): ExportFormat {
  const format = byId.get(id)
  if (format === undefined) throw new Error(`No export format ${id}`)
  return format
}

/** How many signature columns of the format the header has in full (0 when no signature matches). */
function signatureStrength(format: ExportFormat, header: readonly string[]): number {
  const names = new Set(header)
  let best = 0
  for (const signature of format.signatures) if (signature.every((name) => names.has(name))) best = Math.max(best, signature.length)
  return best
}

export function matchesFormat(format: ExportFormat, header: readonly string[]): boolean {
  return signatureStrength(format, header) > 0
}

/** The format whose signature the header carries; the most specific signature wins. */
export function detectFormat(header: readonly string[]): ExportFormat | null {
  let found: ExportFormat | null = null
  let strength = 0
  for (const format of FORMATS) {
    const candidate = signatureStrength(format, header)
    if (candidate > strength) [found, strength] = [format, candidate]
  }
  return found
}

/**
 * The format whose signature the header mostly has (at least three columns
 * and 60 %): a renamed or deleted column should be reported by name, not as
 * an unknown file.
 */
export function closestFormat(header: readonly string[]): ExportFormat | null {
  const names = new Set(header)
  let found: ExportFormat | null = null
  let bestShare = 0
  for (const format of FORMATS) {
    for (const signature of format.signatures) {
      const present = signature.filter((name) => names.has(name)).length
      const share = present / signature.length
      if (present >= 3 && share >= 0.6 && share > bestShare) [found, bestShare] = [format, share]
    }
  }
  return found
}
