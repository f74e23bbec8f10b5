import type { Db } from '../../src-main/db/database'
import type { CustomersTable } from '../../src-main/customers/customers.table'
import type { OrderLinesTable, OrdersTable } from '../../src-main/orders/orders.table'
import { toSearchText } from '../../src-main/backend/search-text'
import { orderSearchText } from '../../src-main/orders/order-search-text'

let counter = 0
const nextId = (prefix: string) => `${prefix}-${String(++counter).padStart(6, '0')}`
const AT = '2026-01-01T00:00:00.000Z'

export async function addCustomer(db: Db, fields: Partial<CustomersTable> = {}): Promise<CustomersTable> {
  const row: CustomersTable = {
    id: nextId('cus'),
    email: null,
    first_name: null,
    last_name: null,
    phone: null,
    marketing_consent: 'unknown',
    consent_source: null,
    consent_at: null,
    unsubscribed_at: null,
    note: '',
    search_text: '',
    import_batch_id: null,
    created_at: AT,
    updated_at: AT,
    erased_at: null,
    ...fields,
  }
  row.search_text = toSearchText(row.first_name, row.last_name, row.email, row.phone)
  await db.insertInto('customers').values(row).execute()
  return row
}

/** An order whose totals add up from its lines (quantity × unit price). */
/** An order row as the app's writers store it, not inserted; `skus` go into its search text as they would. */
export function orderRow(fields: Partial<OrdersTable> = {}, skus: ReadonlyArray<string | null> = []): OrdersTable {
  const id = fields.id ?? nextId('ord')
  const row: OrdersTable = {
    id,
    source: 'shopify',
    external_id: id,
    order_number: `#${1000 + counter}`,
    customer_id: null,
    buyer_email: null,
    buyer_name: null,
    placed_at: AT,
    paid_at: null,
    fulfilled_at: null,
    delivered_at: null,
    cancelled_at: null,
    financial_status: 'paid',
    fulfillment_status: 'unfulfilled',
    currency: 'USD',
    subtotal_minor: 1000,
    discount_minor: 0,
    shipping_minor: 0,
    tax_minor: 0,
    total_minor: 1000,
    refunded_minor: 0,
    ship_name: null,
    ship_company: null,
    ship_line1: null,
    ship_line2: null,
    ship_city: null,
    ship_region: null,
    ship_postal_code: null,
    ship_country_code: null,
    ship_phone: null,
    carrier: null,
    tracking_number: null,
    note: '',
    search_text: '',
    import_batch_id: null,
    created_at: AT,
    updated_at: AT,
    ...fields,
  }
  row.search_text = fields.search_text ?? orderSearchText(row, skus)
  return row
}

export async function addOrder(
  db: Db,
  fields: Partial<OrdersTable> = {},
  lines: Array<Partial<OrderLinesTable>> = [{ quantity: 1, unit_price_minor: 1000 }],
): Promise<OrdersTable> {
  const id = fields.id ?? nextId('ord')
  const builtLines: OrderLinesTable[] = lines.map((line, index) => ({
    id: nextId('line'),
    order_id: id,
    line_no: index + 1,
    product_id: null,
    sku: `SKU-${index + 1}`,
    title: `Item ${index + 1}`,
    variant: null,
    quantity: 1,
    unit_price_minor: 1000,
    line_discount_minor: 0,
    refunded_quantity: 0,
    ...line,
  }))
  const subtotal = builtLines.reduce((sum, l) => sum + l.quantity * l.unit_price_minor - l.line_discount_minor, 0)
  const row = orderRow(
    { subtotal_minor: subtotal, total_minor: subtotal, ...fields, id },
    builtLines.map((line) => line.sku),
  )
  await db.insertInto('orders').values(row).execute()
  if (builtLines.length > 0) await db.insertInto('order_lines').values(builtLines).execute()
  return row
}
