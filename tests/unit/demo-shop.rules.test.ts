import * as faker from '@faker-js/faker'
import { beforeAll, describe, expect, it } from 'vitest'
import { emailPart } from '../../src-main/demo/demo-people.rules'
import { createRandom } from '../../src-main/demo/demo-random'
import { generateDemoShop, reuseExistingProducts, type DemoShop } from '../../src-main/demo/demo-shop.rules'
import { DEMO_TABLES } from '../../src-main/demo/demo-tables'
import { groupBy } from '../../src-main/demo/group-by'

const NOW = new Date('2026-06-15T12:00:00.000Z')
const THREE_YEARS_MS = 3 * 365 * 86_400_000

let shop: DemoShop
beforeAll(() => {
  shop = generateDemoShop({ seed: 42, now: NOW, faker })
})

describe('the demo shop generator', () => {
  it('makes the same rows, ids included, from the same seed and the same "now"', () => {
    expect(JSON.stringify(generateDemoShop({ seed: 42, now: NOW, faker }))).toBe(JSON.stringify(shop))
  })

  it('makes a different shop from a different seed', () => {
    const other = generateDemoShop({ seed: 43, now: NOW, faker })
    expect(other.rows.orders.map((o) => o.id)).not.toEqual(shop.rows.orders.map((o) => o.id))
    expect(other.rows.customers.map((c) => c.email)).not.toEqual(shop.rows.customers.map((c) => c.email))
  })

  it('adds up every order: lines to subtotal, subtotal to total, refunds within what was paid', () => {
    const linesByOrder = groupBy(shop.rows.order_lines, (l) => l.order_id)
    const wrong = shop.rows.orders.filter((order) => {
      const lines = linesByOrder.get(order.id) ?? []
      const amounts = [order.subtotal_minor, order.discount_minor, order.shipping_minor, order.tax_minor, order.total_minor, order.refunded_minor]
      return (
        lines.length === 0 ||
        order.subtotal_minor !== lines.reduce((sum, l) => sum + l.quantity * l.unit_price_minor - l.line_discount_minor, 0) ||
        order.total_minor !== order.subtotal_minor - order.discount_minor + order.shipping_minor + order.tax_minor ||
        order.refunded_minor > order.total_minor ||
        lines.some((l) => l.refunded_quantity > l.quantity) ||
        !amounts.every(Number.isInteger)
      )
    })
    expect(wrong).toEqual([])
  })

  it('gives every row a unique UUIDv7-shaped id', () => {
    const ids = DEMO_TABLES.flatMap((table) => shop.rows[table].flatMap((row) => ('id' in row ? [row.id] : [])))
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids.filter((id) => !/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id))).toEqual([])
  })

  it('places every order within the three years before now, in ISO-8601 UTC', () => {
    const outside = shop.rows.orders.filter((order) => {
      const placed = Date.parse(order.placed_at)
      return new Date(placed).toISOString() !== order.placed_at || placed < NOW.getTime() - THREE_YEARS_MS || placed > NOW.getTime()
    })
    expect(outside).toEqual([])
  })

  it('keeps the same seed’s identity in its external ids, RMA numbers and template names', () => {
    expect(shop.tag).toBe('42')
    expect(shop.rows.orders.every((o) => o.external_id.startsWith('demo-42-'))).toBe(true)
    expect(shop.rows.returns.every((r) => r.rma_number.startsWith('RMA-42-'))).toBe(true)
    expect(shop.rows.message_templates.every((t) => t.name.endsWith('(demo 42)'))).toBe(true)
    expect(new Set(shop.rows.returns.map((r) => r.rma_number)).size).toBe(shop.rows.returns.length)
  })

  it('gives a forced second copy of a seed its own ids and markers', () => {
    const copy = generateDemoShop({ seed: 42, now: NOW, copy: 1, faker })
    expect(copy.tag).toBe('42.2')
    const firstIds = new Set(shop.rows.orders.map((o) => o.id))
    expect(copy.rows.orders.some((o) => firstIds.has(o.id))).toBe(false)
    expect(copy.rows.orders.every((o) => o.external_id.startsWith('demo-42.2-'))).toBe(true)
  })

  it('steps around e-mail addresses the shop already has, without reshuffling anything else', () => {
    const taken = shop.rows.customers.find((c) => c.email !== null)?.email as string
    const again = generateDemoShop({ seed: 42, now: NOW, takenEmails: new Set([taken]), faker })
    const emails = again.rows.customers.map((c) => c.email)
    expect(emails).not.toContain(taken)
    expect(new Set(emails.filter((e) => e !== null)).size).toBe(emails.filter((e) => e !== null).length)
    expect(again.rows.orders.map((o) => o.id)).toEqual(shop.rows.orders.map((o) => o.id))
    expect(emails.filter((e, i) => e !== shop.rows.customers[i]?.email)).toHaveLength(1)
  })

  it('points lines at products the shop already lists under the same SKU, and drops those from the catalogue', () => {
    const mug = shop.rows.products.find((p) => p.sku === 'KS-MUG-01')
    const rows = reuseExistingProducts(shop.rows, new Map([['KS-MUG-01', 'existing-mug']]))
    expect(rows.products).toHaveLength(shop.rows.products.length - 1)
    expect(rows.order_lines.some((l) => l.product_id === mug?.id)).toBe(false)
    expect(rows.order_lines.filter((l) => l.product_id === 'existing-mug').length).toBe(shop.rows.order_lines.filter((l) => l.sku === 'KS-MUG-01').length)
  })
})

describe('demo e-mail addresses', () => {
  it('fold names into what people type: no accents, apostrophes or spaces', () => {
    expect(emailPart('Zoë')).toBe('zoe')
    expect(emailPart('Łukasz')).toBe('lukasz')
    expect(emailPart('Søren')).toBe('soren')
    expect(emailPart("O'Brien")).toBe('obrien')
    expect(emailPart('Nguyễn')).toBe('nguyen')
    expect(emailPart('Đào')).toBe('dao')
    expect(emailPart('Ó Briain')).toBe('obriain')
  })
})

describe('the seeded random source', () => {
  it('repeats itself for the same seed and stays in range', () => {
    const a = createRandom(5)
    const b = createRandom(5)
    const draws = Array.from({ length: 1000 }, () => a.int(1, 6))
    expect(Array.from({ length: 1000 }, () => b.int(1, 6))).toEqual(draws)
    expect(new Set(draws)).toEqual(new Set([1, 2, 3, 4, 5, 6]))
  })

  it('weights its choices', () => {
    const random = createRandom(9)
    const picks = Array.from({ length: 10_000 }, () => random.weighted([['often', 9], ['rarely', 1]] as const))
    const rare = picks.filter((p) => p === 'rarely').length
    expect(rare).toBeGreaterThan(800)
    expect(rare).toBeLessThan(1200)
  })
})
