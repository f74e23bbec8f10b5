import BetterSqlite3 from 'better-sqlite3'
import { Kysely, sql, SqliteDialect, type Compilable, type RawBuilder, type SqlBool } from 'kysely'
import { AppError } from '../backend/errors'
import type { Database, Db } from '../db/database'
import type { ReturnReason } from '../returns/returns.table'
import { dayNumberOf, isCountedOrder, orderNetMinor } from './metrics-sql'
import { productKeyOfLine } from './product-labels.repo'

/**
 * The orders of the shop, their lines, returns and survey answers, held as
 * columns of numbers: what every order-based figure of the dashboard is
 * computed from. SQLite has neither hash aggregation nor column storage, so
 * each of the dozen figures cost it one to five hundred milliseconds over
 * 500,000 orders; read once per change of the shop file, the same figures take
 * a few milliseconds each in plain loops (see `order-facts-cache.ts`).
 *
 * Orders are indexed 0..orders-1; instants are epoch milliseconds; money is
 * integer minor units in the order's currency.
 */
export interface OrderFacts {
  orders: number
  /** 1 for a counted order: not cancelled and not voided. No figure counts the others. */
  counted: Uint8Array
  /** The customer's number (0..customers-1), or -1 for an order with no known customer. */
  customerOf: Int32Array
  placedAt: Float64Array
  /** The order's net revenue (`orderNetMinor`). */
  netMinor: Float64Array
  currencyOf: Uint16Array
  sourceOf: Uint8Array
  currencies: string[]
  sources: string[]
  customers: number
  /** The lines of order o are `lineStart[o] .. lineStart[o + 1] - 1`. */
  lineStart: Int32Array
  /** Index into `productKeys`, or -1 for a line with neither product nor SKU. */
  lineProduct: Int32Array
  lineQuantity: Float64Array
  /** Quantity times unit price, less the line's discount. */
  lineRevenueMinor: Float64Array
  productKeys: string[]
  /** One entry per line of a return that was not rejected, or per such return with no lines (quantity 0, product -1). */
  returned: ReturnedItems
  surveys: SurveyAnswers
}

export interface SurveyAnswers {
  count: number
  /** 1 for an NPS answer, 0 for a CSAT one. */
  isNps: Uint8Array
  score: Uint8Array
  respondedAt: Float64Array
  /** The order the answer is about, or -1 for none. */
  order: Int32Array
}

export interface ReturnedItems {
  count: number
  order: Int32Array
  reason: Uint8Array
  reasons: ReturnReason[]
  /** Index into `productKeys` of the product sent back, or -1 when it can't be told (or the return has no lines). */
  product: Int32Array
  quantity: Float64Array
  /** Whether the entry is a return line (false: a return recorded without lines). */
  isLine: Uint8Array
}

/**
 * Reads the facts through a read-only connection of its own, in one read
 * transaction, with raw rows: the queries are written in kysely and compiled
 * once, then stepped by better-sqlite3 directly, because per-row objects and
 * kysely's row streaming cost more than the reading itself. Orders come by
 * key and lines, returns and answers by their order's key, so each meets its
 * order in one merged pass, with no lookup by key.
 */
export function readOrderFacts(dbPath: string): OrderFacts {
  const sqlite = new BetterSqlite3(dbPath, { readonly: true, fileMustExist: true })
  try {
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) })
    const rowsOf = <Row extends unknown[]>(query: Compilable<unknown>) => {
      const { sql: text, parameters } = query.compile()
      return sqlite.prepare<unknown[], Row>(text).raw(true).iterate(...parameters)
    }
    const statements = orderFactsStatements(db)
    sqlite.exec('begin')
    const collected = new FactsCollector()
    const lines = new Peekable(rowsOf<LineRow>(statements.lines))
    const returned = new Peekable(rowsOf<ReturnedRow>(statements.returned))
    const answers = new Peekable(rowsOf<AnswerRow>(statements.answersAboutOrders))
    for (const order of rowsOf<OrderRow>(statements.orders)) {
      const index = collected.addOrder(order)
      for (let line = lines.takeIf(order[0]); line; line = lines.takeIf(order[0])) collected.addLine(index, line)
      for (let item = returned.takeIf(order[0]); item; item = returned.takeIf(order[0])) collected.addReturned(index, item)
      for (let answer = answers.takeIf(order[0]); answer; answer = answers.takeIf(order[0])) collected.addAnswer(index, answer)
    }
    if (lines.peek() || returned.peek() || answers.peek()) throw new AppError('INTERNAL', 'Some order lines, returns or survey answers name an order the shop does not have.')
    for (const answer of rowsOf<AnswerRow>(statements.answersAboutNoOrder)) collected.addAnswer(-1, answer)
    sqlite.exec('commit')
    return collected.finish()
  } finally {
    sqlite.close()
  }
}

/**
 * Where the shop file stands, from two SQLite counters read on the shop's own
 * connection: `data_version` moves when another connection (an import, another
 * process) commits, `total_changes()` when this one writes a row.
 */
export async function readShopRevision(db: Db): Promise<string> {
  const version = await sql<{ data_version: number }>`pragma data_version`.execute(db)
  const changes = await sql<{ changes: number }>`select total_changes() as changes`.execute(db)
  return `${version.rows[0]?.data_version}:${changes.rows[0]?.changes}`
}

/** The statements the facts are read with (the benchmark explains them). */
export function orderFactsStatements(db: Kysely<Database>) {
  return {
    orders: ordersQuery(db),
    lines: linesQuery(db),
    returned: returnedItemsQuery(db),
    answersAboutOrders: answersQuery(db).where('s.order_id', 'is not', null).orderBy('s.order_id'),
    answersAboutNoOrder: answersQuery(db).where('s.order_id', 'is', null),
  }
}

/**
 * An ISO instant as milliseconds since 1970, worked out by SQLite instead of
 * parsing text in JavaScript; julianday() keeps whole milliseconds, so
 * rounding the result gives back the exact instant.
 */
function epochMsOf(instant: RawBuilder<unknown>) {
  return sql<number>`(${dayNumberOf(instant)} - 2440587.5) * 86400000.0`
}

/** Every order, counted or not (the merge needs each line's order), by key. */
function ordersQuery(db: Kysely<Database>) {
  return db
    .selectFrom('orders')
    .select([
      'orders.id',
      'orders.customer_id',
      epochMsOf(sql.ref('orders.placed_at')).as('placed_ms'),
      'orders.currency',
      'orders.source',
      orderNetMinor().as('net_minor'),
      sql<number>`case when ${isCountedOrder()} then 1 else 0 end`.as('counted'),
    ])
    .orderBy('orders.id')
}

function linesQuery(db: Kysely<Database>) {
  return db
    .selectFrom('order_lines as l')
    .select(['l.order_id', productKeyOfLine.as('product_key'), 'l.quantity', sql<number>`l.quantity * l.unit_price_minor - l.line_discount_minor`.as('revenue_minor')])
    .orderBy('l.order_id')
}

/**
 * Returns that were not rejected, a row per return line (or per return with
 * no lines). A return line that names no order line is matched to its order's
 * line with the same SKU, so it lands on the product that was sold.
 */
function returnedItemsQuery(db: Kysely<Database>) {
  const soldLine = sql`coalesce(rl.order_line_id, (
    select ol.id from order_lines ol where ol.order_id = r.order_id and ol.sku = rl.sku order by ol.line_no limit 1))`
  return db
    .selectFrom('returns as r')
    .leftJoin('return_lines as rl', 'rl.return_id', 'r.id')
    .leftJoin('order_lines as l', (join) => join.on(sql<SqlBool>`l.id = ${soldLine}`))
    .select([
      'r.order_id',
      'r.reason',
      'rl.quantity',
      sql<string | null>`coalesce(l.product_id, 'sku:' || coalesce(l.sku, rl.sku))`.as('product_key'),
      sql<number>`case when rl.id is null then 0 else 1 end`.as('is_line'),
    ])
    .where('r.status', '<>', 'rejected')
    .orderBy('r.order_id')
}

function answersQuery(db: Kysely<Database>) {
  return db
    .selectFrom('survey_responses as s')
    .select([
      's.order_id',
      sql<number>`case when s.kind = 'nps' then 1 else 0 end`.as('is_nps'),
      's.score',
      epochMsOf(sql.ref('s.responded_at')).as('responded_ms'),
    ])
}

type OrderRow = [id: string, customerId: string | null, placedMs: number, currency: string, source: string, netMinor: number, counted: number]
type LineRow = [orderId: string, productKey: string | null, quantity: number, revenueMinor: number]
type AnswerRow = [orderId: string | null, isNps: number, score: number, respondedMs: number]
type ReturnedRow = [orderId: string, reason: ReturnReason, quantity: number | null, productKey: string | null, isLine: number]

/** Rows keyed by their order's key, taken while they belong to the order at hand. */
class Peekable<Row extends [string | null, ...unknown[]]> {
  private next: IteratorResult<Row>

  constructor(private readonly rows: Iterator<Row>) {
    this.next = rows.next()
  }

  peek(): Row | undefined {
    return this.next.done ? undefined : this.next.value
  }

  takeIf(orderId: string): Row | undefined {
    const row = this.peek()
    if (row === undefined || row[0] !== orderId) return undefined
    this.next = this.rows.next()
    return row
  }
}

/** Numbers codes for repeated strings (customers, currencies, products), in order of first sight. */
class Codes<T extends string> {
  readonly names: T[] = []
  private readonly codes = new Map<T, number>()
  private lastName: T | undefined
  private lastCode = -1

  codeOf(name: T): number {
    // Runs of one value (a shop's main currency and source) skip hashing the text again.
    if (name === this.lastName) return this.lastCode
    let code = this.codes.get(name)
    if (code === undefined) {
      code = this.names.length
      this.codes.set(name, code)
      this.names.push(name)
    }
    this.lastName = name
    this.lastCode = code
    return code
  }
}

type Numbers = Int32Array | Float64Array | Uint16Array | Uint8Array

/** A typed array that grows as values are added: no boxed numbers for the garbage collector to chase. */
class Column<T extends Numbers> {
  private values: T
  private length = 0

  constructor(private readonly make: (capacity: number) => T) {
    this.values = make(4096)
  }

  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = this.make(this.values.length * 2)
      grown.set(this.values as never)
      this.values = grown
    }
    this.values[this.length++] = value
  }

  get count(): number {
    return this.length
  }

  /** The values, in an array of their own size. */
  done(): T {
    return this.values.slice(0, this.length) as T
  }
}

const int32 = () => new Column((n) => new Int32Array(n))
const float64 = () => new Column((n) => new Float64Array(n))
const uint16 = () => new Column((n) => new Uint16Array(n))
const uint8 = () => new Column((n) => new Uint8Array(n))

class FactsCollector {
  private readonly customers = new Codes<string>()
  private readonly currencies = new Codes<string>()
  private readonly sources = new Codes<string>()
  private readonly products = new Codes<string>()
  private readonly reasons = new Codes<ReturnReason>()
  private readonly order = { customer: int32(), placedAt: float64(), net: float64(), currency: uint16(), source: uint8(), counted: uint8() }
  private readonly line = { order: int32(), product: int32(), quantity: float64(), revenue: float64() }
  private readonly returned = { order: int32(), reason: uint8(), product: int32(), quantity: float64(), isLine: uint8() }
  private readonly answers = { order: int32(), isNps: uint8(), score: uint8(), respondedAt: float64() }

  addOrder([, customerId, placedMs, currency, source, netMinor, counted]: OrderRow): number {
    this.order.customer.push(customerId === null ? -1 : this.customers.codeOf(customerId))
    this.order.placedAt.push(Math.round(placedMs))
    this.order.net.push(netMinor)
    this.order.currency.push(this.currencies.codeOf(currency))
    this.order.source.push(this.sources.codeOf(source))
    this.order.counted.push(counted)
    return this.order.placedAt.count - 1
  }

  addLine(order: number, [, productKey, quantity, revenueMinor]: LineRow): void {
    this.line.order.push(order)
    this.line.product.push(productKey === null ? -1 : this.products.codeOf(productKey))
    this.line.quantity.push(quantity)
    this.line.revenue.push(revenueMinor)
  }

  addReturned(order: number, [, reason, quantity, productKey, isLine]: ReturnedRow): void {
    this.returned.order.push(order)
    this.returned.reason.push(this.reasons.codeOf(reason))
    this.returned.product.push(productKey === null ? -1 : this.products.codeOf(productKey))
    this.returned.quantity.push(quantity ?? 0)
    this.returned.isLine.push(isLine)
  }

  addAnswer(order: number, [, isNps, score, respondedMs]: AnswerRow): void {
    this.answers.order.push(order)
    this.answers.isNps.push(isNps)
    this.answers.score.push(score)
    this.answers.respondedAt.push(Math.round(respondedMs))
  }

  finish(): OrderFacts {
    const orders = this.order.placedAt.count
    // Lines arrive grouped by order, in order: where each order's lines start is all there is to find.
    const lineStart = groupBy(this.line.order.done(), orders).start
    return {
      orders,
      customerOf: this.order.customer.done(),
      counted: this.order.counted.done(),
      placedAt: this.order.placedAt.done(),
      netMinor: this.order.net.done(),
      currencyOf: this.order.currency.done(),
      sourceOf: this.order.source.done(),
      currencies: this.currencies.names,
      sources: this.sources.names,
      customers: this.customers.names.length,
      lineStart,
      lineProduct: this.line.product.done(),
      lineQuantity: this.line.quantity.done(),
      lineRevenueMinor: this.line.revenue.done(),
      productKeys: this.products.names,
      returned: {
        count: this.returned.order.count,
        order: this.returned.order.done(),
        reason: this.returned.reason.done(),
        reasons: this.reasons.names,
        product: this.returned.product.done(),
        quantity: this.returned.quantity.done(),
        isLine: this.returned.isLine.done(),
      },
      surveys: {
        count: this.answers.order.count,
        isNps: this.answers.isNps.done(),
        score: this.answers.score.done(),
        respondedAt: this.answers.respondedAt.done(),
        order: this.answers.order.done(),
      },
    }
  }
}

/**
 * Groups item indexes by the group each belongs to (a counting sort): the
 * members of group g are `members[start[g] .. start[g + 1] - 1]`, in item
 * order. Items in group -1 belong to none.
 */
export function groupBy(groupOf: Int32Array, groups: number): { start: Int32Array; members: Int32Array } {
  const start = new Int32Array(groups + 1)
  for (const g of groupOf) if (g >= 0) start[g + 1]!++
  for (let g = 0; g < groups; g++) start[g + 1]! += start[g]!
  const members = new Int32Array(start[groups]!)
  const next = start.slice(0, groups)
  groupOf.forEach((g, item) => {
    if (g >= 0) members[next[g]!++] = item
  })
  return { start, members }
}
