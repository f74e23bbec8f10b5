import type { ProductsTable } from '../products/products.table'
import type { FinancialStatus, FulfillmentStatus, OrderLinesTable, OrdersTable, Source } from '../orders/orders.table'
import { orderSearchText } from '../orders/order-search-text'
import { shippingColumns } from '../orders/shipping-columns'
import { DAY, HOUR, iso, isBlackFridayWeekend, sampleBusyTime } from './demo-calendar'
import { CARE_NOTES, CATALOGUE, type CatalogueItem } from './demo-catalogue'
import type { PlannedCustomer, ShopTimeline } from './demo-customers.rules'
import type { MakeId } from './demo-ids'
import { salesTaxRate, shippingFor, unitPrice } from './demo-money'
import type { DemoAddress, PeopleFactory } from './demo-people.rules'
import { COUNTRIES, type Carrier, type Country, type Currency } from './demo-places'
import type { Random } from './demo-random'
import { demoExternalId } from './demo-tag'
import { ORDER_NOTES } from './demo-text'

export interface DemoProduct {
  item: CatalogueItem
  row: ProductsTable
  launchedAt: number
}

export interface DemoOrder {
  row: OrdersTable
  lines: OrderLinesTable[]
  tags: string[]
  wholesale: boolean
}

interface ShipTo {
  name: string | null
  company: string | null
  address: DemoAddress
  phone: string | null
}

export interface OrderPlan {
  customer: PlannedCustomer | null
  source: Source
  currency: Currency
  country: Country
  placedAt: number
  firstOrder: boolean
  gift: boolean
  /** Null for sales at the market stall, handed over on the spot. */
  shipTo: ShipTo | null
}

/** Most of the catalogue existed from day one; the rest launched along the way and sells only from its launch. */
export function buildProducts(random: Random, makeId: MakeId, timeline: ShopTimeline): DemoProduct[] {
  return CATALOGUE.map((item) => {
    const launchedAt = random.chance(0.8)
      ? timeline.start - random.int(10, 90) * DAY
      : Math.floor(random.between(timeline.start + 60 * DAY, timeline.now - 45 * DAY))
    const at = iso(launchedAt)
    return {
      item,
      launchedAt,
      row: { id: makeId(launchedAt), sku: item.sku, title: item.title, vendor: item.vendor, care_notes: CARE_NOTES[item.category], created_at: at, updated_at: at },
    }
  })
}

function sourceOfRepeatOrder(random: Random, customer: PlannedCustomer, at: number, timeline: ShopTimeline): Source {
  const home = customer.homeSource
  // Marketplace and market-stall buyers who come back often find the shop's own site; buyers from the old WooCommerce site, retired
  // in the shop's second year, moved with it to Shopify.
  if (home === 'woocommerce') return at >= timeline.wooCommerceMigration ? 'shopify' : 'woocommerce'
  if ((home === 'etsy' || home === 'ebay') && random.chance(0.25)) return 'shopify'
  if (home === 'square' && random.chance(0.4)) return 'shopify'
  if (home === 'shopify' && customer.country.code === 'US' && random.chance(0.04)) return 'square'
  return home
}

const AMAZON_MARKETS = COUNTRIES.filter((c) => c.code === 'US' || c.code === 'GB' || c.code === 'DE').map(
  (c) => [c, c.code === 'US' ? 78 : c.code === 'GB' ? 14 : 8] as const,
)

export function planOrders(random: Random, customers: readonly PlannedCustomer[], people: PeopleFactory, timeline: ShopTimeline): OrderPlan[] {
  const plans: OrderPlan[] = []
  for (const customer of customers) {
    const { country, name, address, phone, company } = customer
    customer.orderTimes.forEach((placedAt, i) => {
      const source = i === 0 ? customer.homeSource : sourceOfRepeatOrder(random, customer, placedAt, timeline)
      // Rarely, a buyer abroad pays in dollars (a marketplace listing priced in USD).
      const currency = country.currency !== 'USD' && i > 0 && random.chance(0.04) ? 'USD' : country.currency
      const gift = customer.segment === 'retail' && source !== 'square' && random.chance(0.04)
      const recipient = gift ? { name: people.name(country), address: people.address(country) } : null
      plans.push({
        customer,
        source,
        currency,
        country,
        placedAt,
        firstOrder: i === 0,
        gift,
        shipTo:
          source === 'square'
            ? null
            : recipient
              ? { name: `${recipient.name.firstName} ${recipient.name.lastName}`, company: null, address: recipient.address, phone: null }
              : { name: `${name.firstName} ${name.lastName}`, company, address, phone },
      })
    })
  }
  // Amazon exports carry no buyer, only where the parcel went: those orders stay without a customer.
  const amazonCount = Math.round(plans.length * 0.13)
  for (let i = 0; i < amazonCount; i++) {
    const country = random.weighted(AMAZON_MARKETS)
    plans.push({
      customer: null,
      source: 'amazon',
      currency: country.currency,
      country,
      placedAt: sampleBusyTime(random, timeline.amazonLaunch, timeline.now - HOUR, timeline.start, timeline.now),
      firstOrder: false,
      gift: false,
      shipTo: { name: null, company: null, address: people.address(country), phone: null },
    })
  }
  return plans
}

/** Distinct products on sale at `at`, best-sellers more often (a weighted draw without replacement). */
function pickProducts(random: Random, products: readonly DemoProduct[], at: number, count: number): DemoProduct[] {
  const chosen: DemoProduct[] = []
  while (chosen.length < count) {
    let total = 0
    for (const p of products) if (p.launchedAt <= at && !chosen.includes(p)) total += p.item.popularity
    if (total === 0) break
    let roll = random.next() * total
    for (const p of products) {
      if (p.launchedAt > at || chosen.includes(p)) continue
      roll -= p.item.popularity
      if (roll < 0) {
        chosen.push(p)
        break
      }
    }
  }
  return chosen
}

function orderDiscountRate(random: Random, plan: OrderPlan, wholesale: boolean): { rate: number; tag: string | null } {
  if (wholesale || plan.source === 'amazon' || plan.source === 'square') return { rate: 0, tag: null }
  if (isBlackFridayWeekend(plan.placedAt) && random.chance(0.65)) return { rate: 0.2, tag: 'bfcm' }
  if (plan.source === 'etsy' || plan.source === 'ebay') return { rate: random.chance(0.06) ? 0.1 : 0, tag: null }
  if (plan.firstOrder && random.chance(0.14)) return { rate: 0.1, tag: null }
  return { rate: random.chance(0.05) ? 0.15 : 0, tag: null }
}

const DIGITS = '0123456789'
const CAPITALS = 'ABCDEFGHJKLMNPRSTUVWXYZ'
const SQUARE_RECEIPT_CHARACTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789'

/** Each carrier's own tracking-number shape, so a number can be pasted into its website without looking odd. */
function trackingNumber(random: Random, carrier: Carrier): string {
  switch (carrier) {
    case 'USPS':
      return `9400${random.characters(DIGITS, 18)}`
    case 'UPS':
      return `1Z${random.characters(CAPITALS + DIGITS, 6)}03${random.characters(DIGITS, 8)}`
    case 'FedEx':
      return random.characters(DIGITS, 12)
    case 'DHL':
      return random.characters(DIGITS, 10)
    case 'Royal Mail':
      return `${random.characters(CAPITALS, 2)}${random.characters(DIGITS, 9)}GB`
  }
}

interface Fulfilment {
  fulfillment_status: FulfillmentStatus
  fulfilled_at: number | null
  delivered_at: number | null
  carrier: Carrier | null
}

/** Packed within a few days, delivered days later; the newest orders are still waiting, as in any live shop. */
function fulfil(random: Random, plan: OrderPlan, lineCount: number, wholesale: boolean, now: number): Fulfilment {
  if (plan.shipTo === null) return { fulfillment_status: 'fulfilled', fulfilled_at: plan.placedAt, delivered_at: null, carrier: null }
  const handlingDays = Math.min(6, Math.max(0.15, random.logNormal(1.1, 0.55))) + (wholesale ? 3 : 0)
  const fulfilledAt = Math.floor(plan.placedAt + handlingDays * DAY)
  const carrier = random.weighted(plan.country.carriers)
  if (fulfilledAt > now) return { fulfillment_status: 'unfulfilled', fulfilled_at: null, delivered_at: null, carrier }
  if (lineCount > 1 && plan.placedAt > now - 8 * DAY && random.chance(0.2)) {
    return { fulfillment_status: 'partially_fulfilled', fulfilled_at: fulfilledAt, delivered_at: null, carrier }
  }
  const [fastest, slowest] = plan.country.transitDays
  const deliveredAt = Math.floor(fulfilledAt + random.between(fastest, slowest) * DAY + random.between(0, 8) * HOUR)
  // Some parcels never get a delivery scan; those stay "fulfilled".
  if (deliveredAt > now || random.chance(0.06)) return { fulfillment_status: 'fulfilled', fulfilled_at: fulfilledAt, delivered_at: null, carrier }
  return { fulfillment_status: 'delivered', fulfilled_at: fulfilledAt, delivered_at: deliveredAt, carrier }
}

const LINES_PER_ORDER = [[1, 55], [2, 27], [3, 12], [4, 6]] as const
const RETAIL_QUANTITIES = [[1, 86], [2, 10], [3, 3], [4, 1]] as const
/** Shops sell to other shops by the case. */
const WHOLESALE_QUANTITIES = [6, 6, 12, 12, 18, 24] as const

export function buildOrder(random: Random, makeId: MakeId, plan: OrderPlan, products: readonly DemoProduct[], now: number): DemoOrder {
  const wholesale = plan.customer?.segment === 'wholesale'
  const id = makeId(plan.placedAt)
  const lineCount = wholesale ? random.int(2, 5) : random.weighted(LINES_PER_ORDER)
  const lines: OrderLinesTable[] = pickProducts(random, products, plan.placedAt, lineCount).map((product, index) => {
    const quantity = wholesale ? random.pick(WHOLESALE_QUANTITIES) : random.weighted(RETAIL_QUANTITIES)
    const unit = unitPrice(product.item, plan.currency, wholesale)
    const lineDiscount = !wholesale && random.chance(0.04) ? Math.round(quantity * unit * random.pick([0.1, 0.15, 0.2, 0.25])) : 0
    return {
      id: makeId(plan.placedAt),
      order_id: id,
      line_no: index + 1,
      product_id: product.row.id,
      sku: product.item.sku,
      title: product.item.title,
      variant: product.item.variants ? random.pick(product.item.variants) : null,
      quantity,
      unit_price_minor: unit,
      line_discount_minor: lineDiscount,
      refunded_quantity: 0,
    }
  })
  const subtotal = lines.reduce((sum, l) => sum + l.quantity * l.unit_price_minor - l.line_discount_minor, 0)
  const discount = orderDiscountRate(random, plan, wholesale)
  const discountMinor = Math.round(subtotal * discount.rate)
  const fulfilment = fulfil(random, plan, lines.length, wholesale, now)
  const address = plan.shipTo?.address ?? null
  const shipping = shippingFor({
    source: plan.source,
    currency: plan.currency,
    country: plan.country.code,
    carrier: plan.shipTo ? fulfilment.carrier : null,
    merchandiseMinor: subtotal - discountMinor,
    wholesale,
  })
  const tax = Math.round((subtotal - discountMinor) * salesTaxRate(plan.source, plan.country.code, address?.region ?? null, wholesale))
  const total = subtotal - discountMinor + shipping + tax

  const cancelled = plan.source !== 'square' && random.chance(0.03)
  const cancelledAt = cancelled ? Math.min(now, Math.floor(plan.placedAt + random.between(0.2, 40) * HOUR)) : null
  // A void releases the whole authorisation and a refund returns the whole payment: either way nothing is owed.
  const voided = cancelled && random.chance(0.35)
  const awaitingCapture = !cancelled && plan.source === 'shopify' && fulfilment.fulfillment_status === 'unfulfilled' && random.chance(0.2)
  const paidAt = voided || awaitingCapture ? null : plan.placedAt + random.int(3, 180) * 1000
  const financial: FinancialStatus = voided ? 'voided' : cancelled ? 'refunded' : awaitingCapture ? 'authorized' : 'paid'
  const shipped = !cancelled && fulfilment.fulfillment_status !== 'unfulfilled'
  if (cancelled) for (const line of lines) line.refunded_quantity = line.quantity

  const customer = plan.customer
  const tags = [...(plan.gift ? ['gift'] : []), ...(wholesale ? ['wholesale'] : []), ...(discount.tag ? [discount.tag] : []), ...(plan.source === 'square' ? ['market-stall'] : [])]
  const times = [plan.placedAt, paidAt, shipped ? fulfilment.fulfilled_at : null, shipped ? fulfilment.delivered_at : null, cancelledAt]
  const row: OrdersTable = {
    id,
    source: plan.source,
    external_id: '',
    order_number: '',
    customer_id: customer?.id ?? null,
    buyer_email: customer?.email ?? null,
    buyer_name: customer ? `${customer.name.firstName} ${customer.name.lastName}` : null,
    placed_at: iso(plan.placedAt),
    paid_at: paidAt === null ? null : iso(paidAt),
    fulfilled_at: shipped && fulfilment.fulfilled_at !== null ? iso(fulfilment.fulfilled_at) : null,
    delivered_at: shipped && fulfilment.delivered_at !== null ? iso(fulfilment.delivered_at) : null,
    cancelled_at: cancelledAt === null ? null : iso(cancelledAt),
    financial_status: financial,
    fulfillment_status: cancelled ? 'unfulfilled' : fulfilment.fulfillment_status,
    currency: plan.currency,
    subtotal_minor: subtotal,
    discount_minor: discountMinor,
    shipping_minor: shipping,
    tax_minor: tax,
    total_minor: total,
    refunded_minor: cancelled ? total : 0,
    ...shippingColumns(plan.shipTo && { ...plan.shipTo.address, name: plan.shipTo.name, company: plan.shipTo.company, phone: plan.shipTo.phone }),
    carrier: shipped && plan.shipTo ? fulfilment.carrier : null,
    tracking_number: shipped && plan.shipTo && fulfilment.carrier ? trackingNumber(random, fulfilment.carrier) : null,
    note: customer && random.chance(0.02) ? random.pick(ORDER_NOTES) : '',
    search_text: '',
    import_batch_id: null,
    created_at: iso(plan.placedAt),
    updated_at: iso(Math.max(...times.filter((t): t is number => t !== null))),
  }
  return { row, lines, tags, wholesale }
}

/**
 * Numbers orders the way each platform does, in the order they were placed.
 * External ids carry the demo's tag so a second demo (another seed) never
 * clashes with the first, nor with the shop's real orders.
 */
export function numberOrders(random: Random, orders: DemoOrder[], tag: string): void {
  // Plain code-unit comparison: ISO instants and hex ids sort correctly that way, independent of the machine's locale.
  orders.sort((a, b) => {
    if (a.row.placed_at !== b.row.placed_at) return a.row.placed_at < b.row.placed_at ? -1 : 1
    return a.row.id < b.row.id ? -1 : 1
  })
  let shopify = 1000
  let woo = 2000 + random.int(0, 400)
  let etsy = 1_800_000_000 + random.int(0, 90_000_000)
  orders.forEach((order, index) => {
    const row = order.row
    row.external_id = demoExternalId(tag, index + 1)
    switch (row.source) {
      case 'shopify':
        row.order_number = `#${++shopify}`
        break
      case 'woocommerce':
        woo += random.int(1, 4)
        row.order_number = `#${woo}`
        break
      case 'etsy':
        etsy += random.int(4_000, 900_000)
        row.order_number = String(etsy)
        break
      case 'ebay':
        row.order_number = `${random.characters(DIGITS, 2)}-${random.characters(DIGITS, 5)}-${random.characters(DIGITS, 5)}`
        break
      case 'amazon':
        row.order_number = `${random.int(111, 114)}-${random.characters(DIGITS, 7)}-${random.characters(DIGITS, 7)}`
        break
      default:
        row.order_number = `#${random.characters(SQUARE_RECEIPT_CHARACTERS, 4)}`
    }
    row.search_text = orderSearchText(row, order.lines.map((line) => line.sku))
  })
}
