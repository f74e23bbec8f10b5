import fs from 'node:fs'
import BetterSqlite3 from 'better-sqlite3'
import { fixedClock } from '../../src-main/backend/clock'
import { createBackend } from '../../src-main/backend/create-backend'
import { silentLog } from '../../src-main/backend/log'

/**
 * Fills an already migrated shop file with a large, plausible history, fast:
 * plain prepared statements in one transaction, a seeded generator, no faker.
 * Shape: most customers buy once, the rest come back with a long tail;
 * some orders are Amazon orders without a customer, some are cancelled,
 * voided or refunded, and a share gets returns and survey answers.
 */
export interface BigShopSize {
  customers: number
  orders: number
  products: number
}

export interface BigShopSummary {
  customers: number
  orders: number
  orderLines: number
  returns: number
  surveyResponses: number
}

const DAY_MS = 86_400_000
const CURRENCIES = ['USD', 'USD', 'USD', 'USD', 'USD', 'USD', 'USD', 'EUR', 'EUR', 'GBP'] as const
const CUSTOMER_SOURCES = ['shopify', 'shopify', 'shopify', 'shopify', 'etsy', 'etsy', 'woocommerce', 'ebay', 'square'] as const
const REASONS = ['damaged', 'wrong_item', 'not_as_described', 'size_fit', 'size_fit', 'changed_mind', 'late_delivery', 'defective', 'other'] as const
const COMMENTS = ['Lovely quality', 'Shipping took a while', 'Will buy again', 'Too small', 'Great service', '']

function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!
}

/** Half the customers buy once; the others buy 2 + a geometric tail (mean 3 more), scaled to the wanted total. */
function orderCountsPerCustomer(random: () => number, customers: number, orders: number): number[] {
  const counts = Array.from({ length: customers }, () => {
    if (random() < 0.5) return 1
    let n = 2
    while (random() < 0.75) n++
    return n
  })
  let total = counts.reduce((a, b) => a + b, 0)
  while (total !== orders) {
    const i = Math.floor(random() * customers)
    if (total < orders && counts[i]! > 1) {
      counts[i]!++
      total++
    } else if (total > orders && counts[i]! > 2) {
      counts[i]!--
      total--
    }
  }
  return counts
}

export function fillBigShop(dbPath: string, size: BigShopSize, options: { seed: number; now: Date; years: number }): BigShopSummary {
  const random = seededRandom(options.seed)
  const sqlite = new BetterSqlite3(dbPath)
  sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('synchronous = OFF')
  const nowMs = options.now.getTime()
  const startMs = nowMs - options.years * 365 * DAY_MS
  const iso = (ms: number) => new Date(ms).toISOString()
  const stamp = iso(nowMs)

  const insertProduct = sqlite.prepare(
    `insert into products (id, sku, title, vendor, care_notes, created_at, updated_at) values (?, ?, ?, null, '', ?, ?)`,
  )
  const insertCustomer = sqlite.prepare(
    `insert into customers (id, email, first_name, last_name, marketing_consent, note, search_text, created_at, updated_at)
     values (?, ?, ?, ?, 'unknown', '', ?, ?, ?)`,
  )
  const insertOrder = sqlite.prepare(
    `insert into orders (id, source, external_id, order_number, customer_id, placed_at, cancelled_at, financial_status, fulfillment_status,
       currency, subtotal_minor, discount_minor, shipping_minor, tax_minor, total_minor, refunded_minor, note, search_text, created_at, updated_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, 'fulfilled', ?, ?, ?, ?, ?, ?, ?, '', ?, ?, ?)`,
  )
  const insertLine = sqlite.prepare(
    `insert into order_lines (id, order_id, line_no, product_id, sku, title, quantity, unit_price_minor, line_discount_minor, refunded_quantity)
     values (?, ?, ?, ?, ?, ?, ?, ?, 0, ?)`,
  )
  const insertReturn = sqlite.prepare(
    `insert into returns (id, order_id, customer_id, rma_number, kind, status, reason, currency, refund_minor, requested_at, note, created_at, updated_at)
     values (?, ?, ?, ?, 'return', ?, ?, ?, ?, ?, '', ?, ?)`,
  )
  const insertReturnLine = sqlite.prepare(`insert into return_lines (id, return_id, order_line_id, sku, quantity, condition) values (?, ?, ?, ?, ?, 'opened')`)
  const insertSurvey = sqlite.prepare(
    `insert into survey_responses (id, customer_id, order_id, kind, score, comment, responded_at, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)`,
  )

  const products = Array.from({ length: size.products }, (_, i) => ({
    id: `p${i}`,
    sku: `SKU-${i}`,
    title: `Product ${i}`,
    priceMinor: 500 + Math.floor(random() * 95) * 100,
  }))
  const summary: BigShopSummary = { customers: size.customers, orders: 0, orderLines: 0, returns: 0, surveyResponses: 0 }
  let orderSeq = 0

  const addOrder = (customerId: string | null, source: string, currency: string, placedMs: number) => {
    const id = `o${++orderSeq}`
    const lineCount = 1 + Math.floor(random() * random() * 4)
    const lines = Array.from({ length: lineCount }, (_, i) => {
      const product = products[Math.floor(random() * random() * products.length)]!
      return { id: `${id}-${i + 1}`, lineNo: i + 1, product, quantity: 1 + Math.floor(random() * random() * 3) }
    })
    const subtotal = lines.reduce((sum, l) => sum + l.quantity * l.product.priceMinor, 0)
    const discount = random() < 0.2 ? Math.floor(subtotal * 0.1) : 0
    const shipping = 495
    const tax = Math.floor((subtotal - discount) * 0.08)
    const fate = random()
    const cancelled = fate < 0.02
    const voided = fate >= 0.02 && fate < 0.025
    const refunded = fate >= 0.025 && fate < 0.055 ? subtotal - discount : fate >= 0.055 && fate < 0.075 ? Math.floor((subtotal - discount) / 3) : 0
    const status = voided ? 'voided' : refunded === subtotal - discount && refunded > 0 ? 'refunded' : refunded > 0 ? 'partially_refunded' : 'paid'
    const placedAt = iso(placedMs)
    insertOrder.run(id, source, id, `#${100000 + orderSeq}`, customerId, placedAt, cancelled ? iso(placedMs + DAY_MS) : null, status, currency,
      subtotal, discount, shipping, tax, subtotal - discount + shipping + tax, refunded, id, placedAt, placedAt)
    for (const line of lines) {
      insertLine.run(line.id, id, line.lineNo, line.product.id, line.product.sku, line.product.title, line.quantity, line.product.priceMinor, 0)
    }
    summary.orders++
    summary.orderLines += lines.length
    if (!cancelled && !voided && random() < 0.06) {
      const line = pick(random, lines)
      const returnId = `r${summary.returns + 1}`
      const requestedMs = Math.min(nowMs, placedMs + (3 + random() * 25) * DAY_MS)
      insertReturn.run(returnId, id, customerId, `RMA-${summary.returns + 1}`, random() < 0.1 ? 'rejected' : 'refunded', pick(random, REASONS), currency,
        line.product.priceMinor, iso(requestedMs), stamp, stamp)
      insertReturnLine.run(`${returnId}-1`, returnId, line.id, line.product.sku, 1 + Math.floor(random() * line.quantity))
      summary.returns++
    }
    if (customerId && !cancelled) {
      const survey = random()
      const respondedMs = Math.min(nowMs, placedMs + (7 + random() * 14) * DAY_MS)
      if (survey < 0.1) {
        const score = Math.min(10, Math.floor(random() * 6) + Math.floor(random() * 6))
        insertSurvey.run(`s${++summary.surveyResponses}`, customerId, id, 'nps', score, pick(random, COMMENTS), iso(respondedMs), stamp)
      } else if (survey < 0.15) {
        insertSurvey.run(`s${++summary.surveyResponses}`, customerId, id, 'csat', 1 + Math.floor(random() * 5), pick(random, COMMENTS), iso(respondedMs), stamp)
      }
    }
  }

  // Orders go in by date, as imports write them, so one customer's orders lie scattered through the table.
  interface PlannedOrder {
    customerId: string | null
    source: string
    currency: string
    placedMs: number
  }
  const planned: PlannedOrder[] = []
  const withoutCustomer = Math.round(size.orders * 0.1)
  orderCountsPerCustomer(random, size.customers, size.orders - withoutCustomer).forEach((count, i) => {
    const customerId = `c${i + 1}`
    const currency = pick(random, CURRENCIES)
    const source = pick(random, CUSTOMER_SOURCES)
    let placedMs = startMs + random() * (nowMs - startMs)
    for (let n = 0; n < count; n++) {
      planned.push({ customerId, source, currency: random() < 0.03 ? 'EUR' : currency, placedMs })
      const gapMs = -Math.log(1 - random()) * 60 * DAY_MS
      // A customer who would reorder after today still gets the order, somewhere in their history.
      placedMs = placedMs + gapMs < nowMs ? placedMs + gapMs : placedMs + random() * (nowMs - placedMs)
    }
  })
  for (let n = 0; n < withoutCustomer; n++) planned.push({ customerId: null, source: 'amazon', currency: 'USD', placedMs: startMs + random() * (nowMs - startMs) })
  planned.sort((a, b) => a.placedMs - b.placedMs)

  sqlite.transaction(() => {
    for (const p of products) insertProduct.run(p.id, p.sku, p.title, stamp, stamp)
    for (let i = 1; i <= size.customers; i++) insertCustomer.run(`c${i}`, `customer${i}@example.com`, `First${i}`, `Last${i}`, `first${i} last${i}`, stamp, stamp)
    for (const order of planned) addOrder(order.customerId, order.source, order.currency, order.placedMs)
  })()
  sqlite.close()
  return summary
}

export interface BigShopFile {
  dbPath: string
  /** Keep a shop already at dbPath (generating one takes about a minute). */
  reuse: boolean
  customers: number
  orders: number
  now: string
  timeZone: string
}

/** The benchmarks' big shop: a new migrated file in `timeZone`, filled by fillBigShop (seed 7, three years to `now`). False when an existing one was reused. */
export async function prepareBigShop(file: BigShopFile): Promise<boolean> {
  if (file.reuse && fs.existsSync(file.dbPath)) {
    console.log(`Reusing ${file.dbPath}`)
    return false
  }
  for (const suffix of ['', '-wal', '-shm', '.aftersale-marker.json']) fs.rmSync(file.dbPath + suffix, { force: true })
  const fresh = await createBackend({ dbPath: file.dbPath, clock: fixedClock(file.now), log: silentLog })
  await fresh.client.settings.update({ timeZone: file.timeZone })
  await fresh.close()
  const started = performance.now()
  const summary = fillBigShop(file.dbPath, { customers: file.customers, orders: file.orders, products: 300 }, { seed: 7, now: new Date(file.now), years: 3 })
  console.log(`Generated in ${((performance.now() - started) / 1000).toFixed(1)} s:`, summary)
  return true
}
