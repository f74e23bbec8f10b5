import { afterSale } from './demo-after-sale.rules'
import { DAY, HISTORY_DAYS } from './demo-calendar'
import { customerRows, planCustomers, type ShopTimeline } from './demo-customers.rules'
import { followUps } from './demo-followups.rules'
import { createIdMaker } from './demo-ids'
import { loyaltyLedger } from './demo-loyalty.rules'
import { buildOrder, buildProducts, numberOrders, planOrders } from './demo-orders.rules'
import { createPeopleFactory, type FakerLibrary } from './demo-people.rules'
import { createRandom } from './demo-random'
import { surveyResponses } from './demo-surveys.rules'
import type { DemoRows } from './demo-tables'
import { demoTag } from './demo-tag'
import { groupBy } from './group-by'

export interface DemoShopInput {
  seed: number
  now: Date
  /** 0 for the first demo with this seed in a shop; a forced second load of the same seed gets 1, and so on. */
  copy?: number
  /** Demo addresses the shop already holds, which this demo must not reuse (e-mail addresses are unique). */
  takenEmails?: ReadonlySet<string>
  /** The faker package (see FakerLibrary). */
  faker: FakerLibrary
}

export interface DemoShop {
  seed: number
  tag: string
  rows: DemoRows
}

/** How many times `demoShopStages` pauses, so a caller can report progress while the shop is invented. */
export const GENERATION_STAGES = 4

/**
 * A whole believable shop from a seed and a "now", as plain rows: no
 * database, no clock, no ids from outside. Same input, same rows, ids included.
 * Pauses between stages (yielding what it just made) so a long-running job can
 * report progress and honour a cancel; `generateDemoShop` runs it straight through.
 */
export function* demoShopStages(input: DemoShopInput): Generator<string, DemoShop> {
  const copy = input.copy ?? 0
  const tag = demoTag(input.seed, copy)
  const root = createRandom(input.seed, `demo-shop:${copy}`)
  const random = {
    ids: root.fork('ids'),
    people: root.fork('people'),
    customers: root.fork('customers'),
    catalogue: root.fork('catalogue'),
    orders: root.fork('orders'),
    numbers: root.fork('numbers'),
    afterSale: root.fork('after-sale'),
    loyalty: root.fork('loyalty'),
    surveys: root.fork('surveys'),
    profiles: root.fork('profiles'),
  }
  const makeId = createIdMaker(random.ids)
  const now = input.now.getTime()
  const start = now - HISTORY_DAYS * DAY
  const timeline: ShopTimeline = { start, now, wooCommerceMigration: start + 420 * DAY, amazonLaunch: start + 520 * DAY }
  const people = createPeopleFactory(root.uint32(), random.people, input.takenEmails ?? new Set(), input.faker)

  const products = buildProducts(random.catalogue, makeId, timeline)
  const customers = planCustomers(random.customers, people, makeId, timeline)
  yield 'customers'
  const orders = planOrders(random.orders, customers, people, timeline).map((plan) => buildOrder(random.orders, makeId, plan, products, now))
  numberOrders(random.numbers, orders, tag)
  yield 'orders'
  const after = afterSale(random.afterSale, makeId, orders, tag, now)
  const ordersByCustomer = groupBy(
    orders.filter((o) => o.row.customer_id !== null),
    (o) => o.row.customer_id as string,
  )
  const profiles = customerRows(random.profiles, makeId, customers, ordersByCustomer, tag, now)
  yield 'after-sale'
  const loyalty = loyaltyLedger(random.loyalty, makeId, orders, after.refunds, now)
  const followUpRows = followUps(makeId, tag, start - 30 * DAY)
  const surveys = surveyResponses(random.surveys, makeId, orders, after.troubled, now)
  yield 'loyalty and surveys'

  return {
    seed: input.seed,
    tag,
    rows: {
      products: products.map((p) => p.row),
      ...profiles,
      orders: orders.map((o) => o.row),
      order_tags: orders.flatMap((o) => o.tags.map((t) => ({ order_id: o.row.id, tag: t }))),
      order_lines: orders.flatMap((o) => o.lines),
      returns: after.returns,
      return_lines: after.return_lines,
      claims: after.claims,
      loyalty_ledger: loyalty,
      ...followUpRows,
      survey_responses: surveys,
    },
  }
}

export function generateDemoShop(input: DemoShopInput): DemoShop {
  const stages = demoShopStages(input)
  for (;;) {
    const step = stages.next()
    if (step.done) return step.value
  }
}

/**
 * Points the demo's order lines at products the shop already lists under the
 * same SKU (SKUs are unique), and drops those from the demo's catalogue, so a
 * second demo adds to the shop instead of clashing with it.
 */
export function reuseExistingProducts(rows: DemoRows, existingIdBySku: ReadonlyMap<string, string>): DemoRows {
  if (existingIdBySku.size === 0) return rows
  const replaced = new Map<string, string>()
  for (const product of rows.products) {
    const existing = product.sku === null ? undefined : existingIdBySku.get(product.sku)
    if (existing !== undefined) replaced.set(product.id, existing)
  }
  return {
    ...rows,
    products: rows.products.filter((p) => !replaced.has(p.id)),
    order_lines: rows.order_lines.map((line) => {
      const existing = line.product_id === null ? undefined : replaced.get(line.product_id)
      return existing === undefined ? line : { ...line, product_id: existing }
    }),
  }
}
