import type { CustomerAddressesTable, CustomerIdentitiesTable, CustomersTable, CustomerTagsTable, MarketingConsent } from '../customers/customers.table'
import type { Source } from '../orders/orders.table'
import { toSearchText } from '../backend/search-text'
import { DAY, HOUR, iso, sampleBusyTime } from './demo-calendar'
import type { MakeId } from './demo-ids'
import type { DemoOrder } from './demo-orders.rules'
import type { DemoAddress, DemoName, PeopleFactory } from './demo-people.rules'
import { COUNTRIES, type Country } from './demo-places'
import type { Random } from './demo-random'
import { demoExternalId } from './demo-tag'
import { CUSTOMER_NOTES, WHOLESALE_NOTE } from './demo-text'

export type Segment = 'retail' | 'wholesale' | 'subscriber'

/** The shop's history: when it moved off WooCommerce and when it started selling on Amazon. */
export interface ShopTimeline {
  start: number
  now: number
  wooCommerceMigration: number
  amazonLaunch: number
}

export interface PlannedCustomer {
  id: string
  /** Position in the demo, for platform customer ids that stay stable per seed. */
  index: number
  country: Country
  name: DemoName
  email: string | null
  phone: string | null
  address: DemoAddress
  company: string | null
  segment: Segment
  homeSource: Source
  firstSeenAt: number
  orderTimes: number[]
}

const COUNTRY_WEIGHTS = COUNTRIES.map((c) => [c, c.share] as const)
/** Wholesale accounts are boutiques near the shop's two warehouses. */
const WHOLESALE_COUNTRY_WEIGHTS = COUNTRY_WEIGHTS.filter(([c]) => c.code === 'US' || c.code === 'GB')
/** A few newsletter sign-ups who never ordered, and a handful of shops buying wholesale. */
const SEGMENTS = [['retail', 952], ['wholesale', 8], ['subscriber', 40]] as const
const HOME_SOURCES = [['shopify', 66], ['etsy', 13], ['ebay', 6], ['woocommerce', 7], ['square', 8]] as const

/** Most buyers buy once; the rest follow a geometric tail up to 15 orders, as in most small shops' cohorts. */
function plannedOrderCount(random: Random, segment: Segment): number {
  if (segment === 'subscriber') return 0
  if (segment === 'wholesale') return Math.min(14, 3 + random.geometric(0.22))
  return random.chance(0.55) ? 1 : Math.min(15, 2 + random.geometric(0.25))
}

/** Frequent buyers come back sooner: about a year spread over their orders, weeks to months apart. */
function orderTimesFrom(random: Random, first: number, planned: number, segment: Segment, timeline: ShopTimeline): number[] {
  const times: number[] = []
  const medianGapDays = segment === 'wholesale' ? 70 : Math.min(180, Math.max(21, 360 / planned))
  let at = first
  for (let i = 0; i < planned; i++) {
    if (at > timeline.now - HOUR) break
    times.push(at)
    const gapDays = Math.max(6, random.logNormal(medianGapDays, 0.6))
    at += Math.floor(gapDays * DAY + random.between(-6, 6) * HOUR)
  }
  return times
}

function homeSourceFor(random: Random, country: Country, firstSeenAt: number, timeline: ShopTimeline): Source {
  const source: Source = random.weighted(HOME_SOURCES)
  // Market stalls are in the shop's home country; WooCommerce ended with the move to Shopify.
  if (source === 'square' && country.code !== 'US') return 'shopify'
  if (source === 'woocommerce' && firstSeenAt >= timeline.wooCommerceMigration) return 'shopify'
  return source
}

export function planCustomers(random: Random, people: PeopleFactory, makeId: MakeId, timeline: ShopTimeline): PlannedCustomer[] {
  const count = random.int(1990, 2060)
  const customers: PlannedCustomer[] = []
  for (let index = 0; index < count; index++) {
    const segment: Segment = random.weighted(SEGMENTS)
    const country = random.weighted(segment === 'wholesale' ? WHOLESALE_COUNTRY_WEIGHTS : COUNTRY_WEIGHTS)
    const latestStart = segment === 'wholesale' ? timeline.now - 150 * DAY : timeline.now - HOUR
    const firstSeenAt = sampleBusyTime(random, timeline.start, latestStart, timeline.start, timeline.now)
    const homeSource = segment === 'retail' ? homeSourceFor(random, country, firstSeenAt, timeline) : 'shopify'
    const name = people.name(country)
    // eBay relays mail through its own masked addresses, which shops often leave out of their records.
    const hidesEmail = homeSource === 'ebay' && random.chance(0.4)
    const email = hidesEmail ? null : people.email(name)
    const phone = segment === 'wholesale' || random.chance(homeSource === 'square' ? 0.8 : 0.6) ? people.phone(country) : null
    customers.push({
      id: makeId(firstSeenAt),
      index,
      country,
      name,
      email,
      phone,
      address: people.address(country),
      company: segment === 'wholesale' ? people.wholesaleBuyer() : null,
      segment,
      homeSource,
      firstSeenAt,
      orderTimes: orderTimesFrom(random, firstSeenAt, plannedOrderCount(random, segment), segment, timeline),
    })
  }
  return customers
}

interface Consent {
  marketing_consent: MarketingConsent
  consent_source: string | null
  consent_at: string | null
  unsubscribed_at: string | null
}

const CONSENT_BY_SOURCE: Partial<Record<Source, { source: string; granted: number; denied: number }>> = {
  shopify: { source: 'shopify_checkout', granted: 42, denied: 38 },
  woocommerce: { source: 'woocommerce_checkout', granted: 35, denied: 35 },
  square: { source: 'square_receipt', granted: 30, denied: 0 },
  etsy: { source: 'etsy', granted: 15, denied: 0 },
}

function consentFor(random: Random, customer: PlannedCustomer, now: number): Consent {
  const unknown: Consent = { marketing_consent: 'unknown', consent_source: null, consent_at: null, unsubscribed_at: null }
  const rule =
    customer.segment === 'subscriber'
      ? { source: 'newsletter_form', granted: 100, denied: 0 }
      : customer.segment === 'wholesale'
        ? { source: 'wholesale_form', granted: 80, denied: 20 }
        : CONSENT_BY_SOURCE[customer.homeSource]
  if (!rule || customer.email === null) return unknown
  const answer = random.weighted([['granted', rule.granted], ['denied', rule.denied], ['unknown', 100 - rule.granted - rule.denied]] as const)
  if (answer === 'unknown') return unknown
  const givenAt = customer.firstSeenAt
  const unsubscribedAt = givenAt + Math.floor(random.between(20, 540) * DAY)
  if (answer === 'granted' && random.chance(0.1) && unsubscribedAt < now) {
    // Unsubscribing is itself a consent decision, recorded with its own source and time.
    return { marketing_consent: 'denied', consent_source: 'unsubscribe_link', consent_at: iso(unsubscribedAt), unsubscribed_at: iso(unsubscribedAt) }
  }
  return { marketing_consent: answer, consent_source: rule.source, consent_at: iso(givenAt), unsubscribed_at: null }
}

function tagsFor(customer: PlannedCustomer, consent: Consent, orders: readonly DemoOrder[], random: Random): string[] {
  const kept = orders.filter((o) => o.row.cancelled_at === null)
  // Summed across currencies on purpose: dollars, pounds and euros are close enough for a "big spender" rule of thumb.
  const netMajor = kept.reduce((sum, o) => sum + o.row.total_minor - o.row.refunded_minor, 0) / 100
  const tags: string[] = []
  if (customer.segment === 'wholesale') tags.push('wholesale')
  else if (kept.length >= 6 || netMajor >= 800) tags.push('vip')
  if (consent.marketing_consent === 'granted' && random.chance(0.8)) tags.push('newsletter')
  if (orders.some((o) => o.row.source === 'square')) tags.push('local')
  if (orders.some((o) => o.tags.includes('gift'))) tags.push('gift-buyer')
  if (orders.some((o) => o.row.source === 'etsy')) tags.push('etsy')
  return tags
}

/** Marketplaces know their buyers by their own ids; these let an import find the same person again. */
const IDENTIFIED_SOURCES: readonly Source[] = ['etsy', 'ebay', 'square']

export interface CustomerRows {
  customers: CustomersTable[]
  customer_identities: CustomerIdentitiesTable[]
  customer_tags: CustomerTagsTable[]
  customer_addresses: CustomerAddressesTable[]
}

export function customerRows(
  random: Random,
  makeId: MakeId,
  planned: readonly PlannedCustomer[],
  ordersByCustomer: ReadonlyMap<string, readonly DemoOrder[]>,
  tag: string,
  now: number,
): CustomerRows {
  const rows: CustomerRows = { customers: [], customer_identities: [], customer_tags: [], customer_addresses: [] }
  for (const customer of planned) {
    const orders = ordersByCustomer.get(customer.id) ?? []
    const consent = consentFor(random, customer, now)
    const createdAt = iso(customer.firstSeenAt)
    const lastActivity = Math.max(
      customer.firstSeenAt,
      ...orders.map((o) => Date.parse(o.row.placed_at)),
      consent.consent_at ? Date.parse(consent.consent_at) : 0,
    )
    const note = customer.segment === 'wholesale' ? WHOLESALE_NOTE : random.chance(0.03) ? random.pick(CUSTOMER_NOTES) : ''
    const { firstName, lastName } = customer.name
    rows.customers.push({
      id: customer.id,
      email: customer.email,
      first_name: firstName,
      last_name: lastName,
      phone: customer.phone,
      ...consent,
      note,
      search_text: toSearchText(firstName, lastName, customer.email, customer.phone),
      import_batch_id: null,
      created_at: createdAt,
      updated_at: iso(lastActivity),
      erased_at: null,
    })
    for (const source of IDENTIFIED_SOURCES) {
      if (orders.some((o) => o.row.source === source)) {
        rows.customer_identities.push({ customer_id: customer.id, source, external_id: demoExternalId(tag, customer.index + 1), created_at: createdAt })
      }
    }
    for (const customerTag of tagsFor(customer, consent, orders, random)) rows.customer_tags.push({ customer_id: customer.id, tag: customerTag })
    if (orders.some((o) => o.row.ship_line1 !== null)) {
      const { address } = customer
      rows.customer_addresses.push({
        id: makeId(customer.firstSeenAt),
        customer_id: customer.id,
        kind: 'default',
        name: `${firstName} ${lastName}`,
        company: customer.company,
        line1: address.line1,
        line2: address.line2,
        city: address.city,
        region: address.region,
        postal_code: address.postalCode,
        country_code: address.countryCode,
        phone: customer.phone,
        created_at: createdAt,
      })
    }
  }
  return rows
}
