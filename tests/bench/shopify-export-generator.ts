import fs from 'node:fs'
import { SHOPIFY_ORDERS_HEADER } from '../../src-main/imports/formats/shopify-orders'

/**
 * Writes a realistic Shopify orders export (the current 79-column header) of
 * any size for benchmarks: one row per line item, order fields only on an
 * order's first row, `""` for some empty cells as Shopify writes them, quoted
 * notes with line breaks, addresses with commas, refunds, cancellations and
 * store-time offsets that change with daylight saving. 1,000,000 line rows
 * make about 400,000 orders from about 170,000 customers (about 370 MB).
 * The same seed writes the same file.
 */
export interface ShopifyExportOptions {
  lineRows: number
  seed: number
}

export interface ShopifyExportStats {
  lineRows: number
  orders: number
  customers: number
  bytes: number
}

const FIRST_NAMES = ['Alice', 'Bilal', 'Chandra', 'Dee', 'Erin', 'Farida', 'Gopal', 'Hélène', 'Ines', 'José', 'Kim', 'Lena', 'Morgan', 'Noah', 'Olu', 'Priya', 'Quinn', 'Rosa', 'Sam', 'Tomás', 'Uma', 'Vik', 'Wen', 'Yusuf', 'Zoë']
const LAST_NAMES = ['Martin', 'Okafor', 'Das', 'Walsh', 'Rahman', 'Sen', 'Dupré', 'Ferreira', 'Muñoz', 'Lee', 'Vogel', 'Blake', 'Nakamura', 'O’Neill', 'Brown ', 'Singh', 'Rossi', 'Nguyen', 'Kowalski', 'Smith']
const STREETS = ['High Street', 'Mill Lane', 'Bridge Street', 'Station Road', 'Church Walk', 'Harbour Road', 'Quay Street', 'Elm Grove']
const CITIES: ReadonlyArray<[string, string, string]> = [
  ['London', 'E1 6AN', 'ENG'],
  ['Glasgow', 'G1 1XQ', 'SCT'],
  ['Bristol', 'BS1 4DJ', 'ENG'],
  ['Leeds', 'LS1 4AP', 'ENG'],
  ['Cardiff', 'CF10 1EP', 'WLS'],
  ['Stratford-upon-Avon', 'CV37 6AB', 'ENG'],
]
const PRODUCTS: ReadonlyArray<[string, string, number]> = [
  ['Women’s Wool Scarf - Teal', 'SCARF-TEAL', 1800],
  ['Felt Beret', 'BERET-01', 1800],
  ['Linen Apron', 'APRON-L', 2500],
  ['Beeswax Candle', 'CANDLE-BW', 1000],
  ['Ceramic Mug', 'MUG-01', 1250],
  ['Ceramic Saucer', 'SAUCER-01', 600],
  ['Walnut Serving Board', 'BOARD-W', 12000],
  ['Hand-thrown Vase, large', 'VASE-L', 4500],
  ['Gift Wrap', '', 300],
  ['T-shirt "Classic" - M', 'TEE-M', 2200],
]
const FINANCIAL: ReadonlyArray<[string, number]> = [
  ['paid', 0.85],
  ['pending', 0.04],
  ['refunded', 0.03],
  ['partially_refunded', 0.03],
  ['voided', 0.03],
  ['authorized', 0.02],
]
const START = Date.UTC(2023, 0, 1)
const THREE_YEARS = 3 * 365 * 86_400_000

/** mulberry32: small, fast and good enough for test data. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function csvCell(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value
}

function money(minor: number): string {
  return (minor / 100).toFixed(2)
}

/** A UK store: +0000 in winter, +0100 in summer (last Sunday of March to last Sunday of October, roughly). */
function storeTime(ms: number): string {
  const month = new Date(ms).getUTCMonth()
  const offsetHours = month >= 3 && month <= 9 ? 1 : 0
  const local = new Date(ms + offsetHours * 3_600_000).toISOString()
  return `${local.slice(0, 10)} ${local.slice(11, 19)} +0${offsetHours}00`
}

interface Customer {
  email: string
  first: string
  last: string
  phone: string
  street: string
  city: [string, string, string]
  acceptsMarketing: boolean
}

const COLUMN_INDEX = new Map<string, number>(SHOPIFY_ORDERS_HEADER.map((name, index) => [name, index]))

function columnIndex(name: string): number {
  const index = COLUMN_INDEX.get(name)
  if (index === undefined) throw new Error(`No Shopify column ${name}`)
  return index
}

export async function writeShopifyOrdersExport(path: string, options: ShopifyExportOptions): Promise<ShopifyExportStats> {
  const next = random(options.seed)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T
  // Repeat buyers are skewed towards the first customers, so about nine in ten of this pool buy.
  const customerCount = Math.max(1, Math.round(options.lineRows * 0.19))
  const customers: Customer[] = []
  for (let index = 0; index < customerCount; index++) {
    const first = pick(FIRST_NAMES)
    const last = pick(LAST_NAMES)
    customers.push({
      email: `${first.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '')}.${index}@example.com`,
      first,
      last,
      phone: `+447700${String(900000 + (index % 100000)).padStart(6, '0')}`,
      street: next() < 0.2 ? `Flat ${1 + Math.floor(next() * 9)}, ${1 + Math.floor(next() * 200)} ${pick(STREETS)}` : `${1 + Math.floor(next() * 200)} ${pick(STREETS)}`,
      city: pick(CITIES),
      acceptsMarketing: next() < 0.4,
    })
  }

  const fd = fs.openSync(path, 'w')
  let buffer: string[] = [SHOPIFY_ORDERS_HEADER.map(csvCell).join(',')]
  let buffered = 0
  let bytes = 0
  const flush = () => {
    const text = `${buffer.join('\n')}\n`
    bytes += fs.writeSync(fd, text)
    buffer = []
    buffered = 0
  }
  /** One row, cells set by column name; `""` is written as is, the way Shopify writes some empty cells. */
  const emit = (cells: ReadonlyArray<readonly [string, string]>) => {
    const row = new Array<string>(SHOPIFY_ORDERS_HEADER.length).fill('')
    for (const [name, value] of cells) row[columnIndex(name)] = value === '""' ? value : csvCell(value)
    const line = row.join(',')
    buffer.push(line)
    buffered += line.length
    if (buffered > 1 << 20) flush()
  }

  let rows = 0
  let orders = 0
  let customersUsed = 0
  const seen = new Set<number>()
  try {
    while (rows < options.lineRows) {
      orders++
      const customerIndex = Math.floor(next() ** 1.6 * customers.length)
      if (!seen.has(customerIndex)) {
        seen.add(customerIndex)
        customersUsed++
      }
      const customer = customers[customerIndex] as Customer
      const lineCount = Math.min(options.lineRows - rows, 1 + Math.floor(next() * next() * 6))
      const placed = START + Math.floor((orders / (options.lineRows * 0.4)) * THREE_YEARS) + Math.floor(next() * 3_600_000)
      const lines = Array.from({ length: lineCount }, () => ({ product: pick(PRODUCTS), quantity: 1 + Math.floor(next() * next() * 4) }))
      const subtotal = lines.reduce((sum, line) => sum + line.product[2] * line.quantity, 0)
      const discount = next() < 0.15 ? Math.round(subtotal * 0.1) : 0
      const shipping = subtotal > 5000 ? 0 : 399
      const total = subtotal - discount + shipping
      const tax = Math.round((total * 20) / 120)
      let roll = next()
      const financial = FINANCIAL.find(([, share]) => (roll -= share) < 0)?.[0] ?? 'paid'
      const cancelled = financial === 'voided'
      const fulfilled = !cancelled && financial !== 'pending' && next() < 0.8
      const refunded = financial === 'refunded' ? total : financial === 'partially_refunded' ? Math.round(total / 3) : 0
      const name = `#${1000 + orders}`
      const createdAt = storeTime(placed)
      const address = customer.street
      const [city, zip, province] = customer.city
      const note = next() < 0.04 ? `Please leave with the neighbour\nGift message: "Happy birthday, ${customer.first}!"` : ''
      const noteAttributes = next() < 0.03 ? `utm_source: newsletter\nutm_campaign: spring\nip: 192.0.2.${Math.floor(next() * 255)}` : ''
      const provinceName = province === 'ENG' ? 'England' : province === 'SCT' ? 'Scotland' : 'Wales'
      lines.forEach((line, index) => {
        const lineCells: Array<[string, string]> = [
          ['Name', name],
          ['Email', customer.email],
          ['Created at', createdAt],
          ['Lineitem quantity', String(line.quantity)],
          ['Lineitem name', line.product[0]],
          ['Lineitem price', money(line.product[2])],
          ['Lineitem compare at price', index === 0 ? '' : '""'],
          ['Lineitem sku', line.product[1]],
          ['Lineitem requires shipping', 'true'],
          ['Lineitem taxable', 'true'],
          ['Lineitem fulfillment status', fulfilled ? 'fulfilled' : 'pending'],
          ['Vendor', 'Aftersale Bench Shop'],
          ['Lineitem discount', '0.00'],
        ]
        if (index > 0) {
          emit([...lineCells, ['Discount Code', '""']])
          return
        }
        emit([
          ...lineCells,
          ['Financial Status', financial],
          ['Paid at', financial === 'pending' || financial === 'authorized' ? '' : storeTime(placed + 60_000)],
          ['Fulfillment Status', fulfilled ? 'fulfilled' : 'unfulfilled'],
          ['Fulfilled at', fulfilled ? storeTime(placed + 86_400_000) : ''],
          ['Accepts Marketing', customer.acceptsMarketing ? 'yes' : 'no'],
          ['Currency', 'GBP'],
          ['Subtotal', money(subtotal)],
          ['Shipping', money(shipping)],
          ['Taxes', money(tax)],
          ['Total', money(total)],
          ['Discount Code', discount > 0 ? 'SPRING10' : ''],
          ['Discount Amount', money(discount)],
          ['Shipping Method', shipping > 0 ? 'Royal Mail Tracked 48' : 'Free shipping'],
          ['Billing Name', `${customer.first} ${customer.last}`],
          ['Billing Street', address],
          ['Billing Address1', address],
          ['Billing City', city],
          ['Billing Zip', zip],
          ['Billing Province', province],
          ['Billing Country', 'GB'],
          ['Billing Phone', customer.phone],
          ['Shipping Name', `${customer.first} ${customer.last}`],
          ['Shipping Street', address],
          ['Shipping Address1', address],
          ['Shipping City', city],
          ['Shipping Zip', zip],
          ['Shipping Province', province],
          ['Shipping Country', 'GB'],
          ['Shipping Phone', customer.phone],
          ['Notes', note],
          ['Note Attributes', noteAttributes],
          ['Cancelled at', cancelled ? storeTime(placed + 7_200_000) : ''],
          ['Payment Method', 'Shopify Payments'],
          ['Payment Reference', `c${orders}.1`],
          ['Refunded Amount', money(refunded)],
          ['Outstanding Balance', financial === 'pending' ? money(total) : '0.00'],
          ['Id', String(5_900_000_000_000 + orders)],
          ['Tags', next() < 0.1 ? 'VIP, Wholesale' : ''],
          ['Risk Level', 'Low'],
          ['Source', 'web'],
          ['Tax 1 Name', 'VAT 20%'],
          ['Tax 1 Value', money(tax)],
          ['Billing Province Name', provinceName],
          ['Shipping Province Name', provinceName],
          ['Payment ID', `c${orders}.1`],
          ['Payment References', `c${orders}.1`],
        ])
      })
      rows += lineCount
    }
    flush()
  } finally {
    fs.closeSync(fd)
  }
  return { lineRows: rows, orders, customers: customersUsed, bytes }
}
