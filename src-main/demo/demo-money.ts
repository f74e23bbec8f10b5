import type { Source } from '../orders/orders.table'
import type { CatalogueItem } from './demo-catalogue'
import type { Carrier, CountryCode, Currency } from './demo-places'

/**
 * Price lists per currency, shipping and sales tax, in integer minor units.
 * UK and EU prices include VAT, so those orders carry no separate tax line,
 * exactly as shops selling there show them.
 */
const CURRENCY_PER_USD: Record<Currency, number> = { USD: 1, GBP: 0.8, EUR: 0.92 }

export function unitPrice(item: CatalogueItem, currency: Currency, wholesale: boolean): number {
  const retail = Math.round(item.priceUsd * CURRENCY_PER_USD[currency]) * 100
  return wholesale ? Math.round(retail / 2) : retail
}

const FREE_SHIPPING_FROM: Record<Currency, number> = { USD: 7500, GBP: 6000, EUR: 7000 }
const WHOLESALE_FREIGHT: Record<Currency, number> = { USD: 2500, GBP: 1800, EUR: 2200 }

const DOMESTIC_RATE: Record<Carrier, number> = { USPS: 695, UPS: 995, FedEx: 1295, 'Royal Mail': 395, DHL: 695 }
const INTERNATIONAL_RATE: Record<Currency, number> = { USD: 1895, GBP: 1295, EUR: 995 }

export function shippingFor(options: {
  source: Source
  currency: Currency
  country: CountryCode
  carrier: Carrier | null
  merchandiseMinor: number
  wholesale: boolean
}): number {
  const { source, currency, country, carrier, merchandiseMinor, wholesale } = options
  if (carrier === null) return 0
  if (wholesale) return WHOLESALE_FREIGHT[currency]
  // Etsy pushes sellers to free US shipping from $35; Amazon buyers mostly expect it.
  if (source === 'amazon') return merchandiseMinor >= 2500 ? 0 : 599
  if (source === 'etsy' && currency === 'USD') return merchandiseMinor >= 3500 ? 0 : 495
  if (merchandiseMinor >= FREE_SHIPPING_FROM[currency]) return 0
  const domestic = (currency === 'USD' && country === 'US') || (currency === 'GBP' && country === 'GB')
  return domestic ? DOMESTIC_RATE[carrier] : INTERNATIONAL_RATE[currency]
}

/** States where the shop itself collects sales tax (its home state and a few past the economic-nexus threshold). */
const NEXUS_STATE_RATES: Record<string, number> = { NY: 0.08875, CA: 0.0725, WA: 0.065, TX: 0.0625, IL: 0.0625 }
/** Marketplaces collect tax everywhere on the seller's behalf; one typical combined rate stands in for them. */
const MARKETPLACE_RATE = 0.07
const MARKET_STALL_RATE = 0.08875

export function salesTaxRate(source: Source, country: CountryCode, region: string | null, wholesale: boolean): number {
  if (country !== 'US' || wholesale) return 0
  if (source === 'square') return MARKET_STALL_RATE
  if (source === 'etsy' || source === 'ebay' || source === 'amazon') return NEXUS_STATE_RATES[region ?? ''] ?? MARKETPLACE_RATE
  return NEXUS_STATE_RATES[region ?? ''] ?? 0
}
