import type { CustomerAddressesTable, CustomerIdentitiesTable, CustomersTable, CustomerTagsTable } from '../customers/customers.table'
import type { OrderLinesTable, OrdersTable, OrderTagsTable, Source } from '../orders/orders.table'
import type { ProductsTable } from '../products/products.table'
import type { ReturnLinesTable, ReturnsTable } from '../returns/returns.table'
import type BetterSqlite3 from 'better-sqlite3'
import type { ImportChangesTable, ImportedRefundsTable } from './imports.table'

/** Every column of a table, checked complete by the compiler, in one fixed order. */
function columnsOf<T>(columns: Record<keyof T & string, true>): readonly (keyof T & string)[] {
  return Object.keys(columns) as (keyof T & string)[]
}

export const CUSTOMER_COLUMNS = columnsOf<CustomersTable>({
  id: true,
  email: true,
  first_name: true,
  last_name: true,
  phone: true,
  marketing_consent: true,
  consent_source: true,
  consent_at: true,
  unsubscribed_at: true,
  note: true,
  search_text: true,
  import_batch_id: true,
  created_at: true,
  updated_at: true,
  erased_at: true,
})

export const ORDER_COLUMNS = columnsOf<OrdersTable>({
  id: true,
  source: true,
  external_id: true,
  order_number: true,
  customer_id: true,
  buyer_email: true,
  buyer_name: true,
  placed_at: true,
  paid_at: true,
  fulfilled_at: true,
  delivered_at: true,
  cancelled_at: true,
  financial_status: true,
  fulfillment_status: true,
  currency: true,
  subtotal_minor: true,
  discount_minor: true,
  shipping_minor: true,
  tax_minor: true,
  total_minor: true,
  refunded_minor: true,
  ship_name: true,
  ship_company: true,
  ship_line1: true,
  ship_line2: true,
  ship_city: true,
  ship_region: true,
  ship_postal_code: true,
  ship_country_code: true,
  ship_phone: true,
  carrier: true,
  tracking_number: true,
  note: true,
  search_text: true,
  import_batch_id: true,
  created_at: true,
  updated_at: true,
})

export const LINE_COLUMNS = columnsOf<OrderLinesTable>({
  id: true,
  order_id: true,
  line_no: true,
  product_id: true,
  sku: true,
  title: true,
  variant: true,
  quantity: true,
  unit_price_minor: true,
  line_discount_minor: true,
  refunded_quantity: true,
})

const ADDRESS_COLUMNS = columnsOf<CustomerAddressesTable>({
  id: true,
  customer_id: true,
  kind: true,
  name: true,
  company: true,
  line1: true,
  line2: true,
  city: true,
  region: true,
  postal_code: true,
  country_code: true,
  phone: true,
  created_at: true,
})

const PRODUCT_COLUMNS = columnsOf<ProductsTable>({ id: true, sku: true, title: true, vendor: true, care_notes: true, created_at: true, updated_at: true })
const IDENTITY_COLUMNS = columnsOf<CustomerIdentitiesTable>({ customer_id: true, source: true, external_id: true, created_at: true })
const CUSTOMER_TAG_COLUMNS = columnsOf<CustomerTagsTable>({ customer_id: true, tag: true })
const ORDER_TAG_COLUMNS = columnsOf<OrderTagsTable>({ order_id: true, tag: true })
const REFUND_COLUMNS = columnsOf<ImportedRefundsTable>({
  refund_key: true,
  order_id: true,
  currency: true,
  amount_minor: true,
  refunded_at: true,
  import_batch_id: true,
  created_at: true,
})
const RETURN_COLUMNS = columnsOf<ReturnsTable>({
  id: true,
  order_id: true,
  customer_id: true,
  rma_number: true,
  kind: true,
  status: true,
  reason: true,
  currency: true,
  refund_minor: true,
  requested_at: true,
  received_at: true,
  resolved_at: true,
  note: true,
  import_batch_id: true,
  created_at: true,
  updated_at: true,
})
const RETURN_LINE_COLUMNS = columnsOf<ReturnLinesTable>({ id: true, return_id: true, order_line_id: true, sku: true, quantity: true, condition: true })
const CHANGE_COLUMNS = columnsOf<ImportChangesTable>({ batch_id: true, seq: true, table_name: true, row_key: true, action: true, before_json: true })

export interface CustomerByEmail extends CustomersTable {
  matched_email: string
}

export interface CustomerWithPlatformId extends CustomersTable {
  identity_source: Source
  identity_external_id: string
}

function quoted(name: string): string {
  return `"${name.replaceAll('"', '""')}"`
}

/** Writes one row's columns, in the order of the statement's placeholders. */
class RowStatement<T extends object> {
  constructor(
    private readonly statement: BetterSqlite3.Statement,
    private readonly columns: readonly (keyof T & string)[],
  ) {}

  run(row: T): BetterSqlite3.RunResult {
    return this.statement.run(this.columns.map((c) => row[c]))
  }

  /** For statements with `returning`: the row written, or undefined when a conflict skipped it. */
  get<R>(row: T): R | undefined {
    return this.statement.get(this.columns.map((c) => row[c])) as R | undefined
  }
}

/**
 * The statements an import runs for every chunk of records, each prepared
 * once on the import's connection: lookups of many keys at once (a JSON
 * array bound to one parameter) and one-row writes (a prepared one-row insert
 * costs less than re-preparing a multi-row one per chunk).
 */
export class ImportWrites {
  private readonly prepared = new Map<string, BetterSqlite3.Statement>()
  private readonly rowStatements = new Map<string, RowStatement<never>>()

  constructor(private readonly sqlite: BetterSqlite3.Database) {}

  private statement(text: string): BetterSqlite3.Statement {
    let statement = this.prepared.get(text)
    if (!statement) {
      statement = this.sqlite.prepare(text)
      this.prepared.set(text, statement)
    }
    return statement
  }

  private rowStatement<T extends object>(key: string, build: () => { text: string; columns: readonly (keyof T & string)[] }): RowStatement<T> {
    let statement = this.rowStatements.get(key) as RowStatement<T> | undefined
    if (!statement) {
      const { text, columns } = build()
      statement = new RowStatement<T>(this.statement(text), columns)
      this.rowStatements.set(key, statement as RowStatement<never>)
    }
    return statement
  }

  private insert<T extends object>(table: string, columns: readonly (keyof T & string)[], suffix = ''): RowStatement<T> {
    return this.rowStatement(`insert:${table}:${suffix}`, () => ({
      text: `insert into ${quoted(table)} (${columns.map(quoted).join(', ')}) values (${columns.map(() => '?').join(', ')}) ${suffix}`,
      columns,
    }))
  }

  private update<T extends { id: string }>(table: string, columns: readonly (keyof T & string)[]): RowStatement<T> {
    return this.rowStatement(`update:${table}`, () => {
      const id: keyof T & string = 'id'
      const set = columns.filter((c) => c !== id)
      return { text: `update ${quoted(table)} set ${set.map((c) => `${quoted(c)} = ?`).join(', ')} where "id" = ?`, columns: [...set, id] }
    })
  }

  private insertAll<T extends object>(table: string, columns: readonly (keyof T & string)[], rows: readonly T[]): void {
    if (rows.length === 0) return
    const statement = this.insert(table, columns)
    for (const row of rows) statement.run(row)
  }

  private lookup<R>(text: string, keys: readonly unknown[], ...more: unknown[]): R[] {
    if (keys.length === 0) return []
    return this.statement(text).all(...more, JSON.stringify(keys)) as R[]
  }

  /** Customers by email, or by the email of a record merged into them (customer_email_aliases); `matched_email` is the email that found each. */
  customersByEmail(emails: readonly string[]): CustomerByEmail[] {
    return this.lookup(
      `with wanted as (select value as email from json_each(?))
       select c.*, w.email as matched_email from wanted w join customers c on c.email = w.email
       union all
       select c.*, w.email as matched_email from wanted w
       join customer_email_aliases a on a.email = w.email join customers c on c.id = a.customer_id
       where not exists (select 1 from customers d where d.email = w.email)`,
      emails,
    )
  }

  /** Whether the shop has any customer (an email alias belongs to one, so none has no aliases either). */
  hasCustomers(): boolean {
    return this.statement('select exists (select 1 from customers)').pluck().get() === 1
  }

  customersByPlatformId(keys: ReadonlyArray<readonly [Source, string]>): CustomerWithPlatformId[] {
    return this.lookup(
      `select c.*, ci.source as identity_source, ci.external_id as identity_external_id
       from json_each(?) j
       join customer_identities ci on ci.source = j.value ->> 0 and ci.external_id = j.value ->> 1
       join customers c on c.id = ci.customer_id`,
      keys,
    )
  }

  customersWithAddress(customerIds: readonly string[], kind: CustomerAddressesTable['kind']): Set<string> {
    const rows = this.lookup<{ customer_id: string }>(
      'select distinct customer_id from customer_addresses where kind = ? and customer_id in (select value from json_each(?))',
      customerIds,
      kind,
    )
    return new Set(rows.map((r) => r.customer_id))
  }

  insertCustomers(rows: readonly CustomersTable[]): void {
    this.insertAll('customers', CUSTOMER_COLUMNS, rows)
  }

  updateCustomer(row: CustomersTable): void {
    this.update('customers', CUSTOMER_COLUMNS).run(row)
  }

  insertIdentities(rows: readonly CustomerIdentitiesTable[]): void {
    this.insertAll('customer_identities', IDENTITY_COLUMNS, rows)
  }

  /** Returns the tags that were new (a customer may already carry some). */
  insertCustomerTags(rows: readonly CustomerTagsTable[]): CustomerTagsTable[] {
    const statement = this.insert('customer_tags', CUSTOMER_TAG_COLUMNS, 'on conflict do nothing returning customer_id, tag')
    return rows.flatMap((row) => statement.get<CustomerTagsTable>(row) ?? [])
  }

  insertAddresses(rows: readonly CustomerAddressesTable[]): void {
    this.insertAll('customer_addresses', ADDRESS_COLUMNS, rows)
  }

  productsBySku(skus: readonly string[]): Array<Pick<ProductsTable, 'id' | 'sku'>> {
    return this.lookup('select id, sku from products where sku in (select value from json_each(?))', skus)
  }

  insertProducts(rows: readonly ProductsTable[]): void {
    this.insertAll('products', PRODUCT_COLUMNS, rows)
  }

  ordersByExternalId(keys: ReadonlyArray<readonly [Source, string]>): OrdersTable[] {
    return this.lookup('select o.* from json_each(?) j join orders o on o.source = j.value ->> 0 and o.external_id = j.value ->> 1', keys)
  }

  linesOfOrders(orderIds: readonly string[]): OrderLinesTable[] {
    return this.lookup('select * from order_lines where order_id in (select value from json_each(?)) order by order_id, line_no', orderIds)
  }

  insertOrders(rows: readonly OrdersTable[]): void {
    this.insertAll('orders', ORDER_COLUMNS, rows)
  }

  updateOrder(row: OrdersTable): void {
    this.update('orders', ORDER_COLUMNS).run(row)
  }

  insertLines(rows: readonly OrderLinesTable[]): void {
    this.insertAll('order_lines', LINE_COLUMNS, rows)
  }

  updateLine(row: OrderLinesTable): void {
    this.update('order_lines', LINE_COLUMNS).run(row)
  }

  /** Returns the tags that were new (an order seen before may already carry some). */
  insertOrderTags(rows: readonly OrderTagsTable[]): OrderTagsTable[] {
    const statement = this.insert('order_tags', ORDER_TAG_COLUMNS, 'on conflict do nothing returning order_id, tag')
    return rows.flatMap((row) => statement.get<OrderTagsTable>(row) ?? [])
  }

  /** False when this refund was already applied by an earlier (overlapping) import. */
  insertRefundOnce(row: ImportedRefundsTable): boolean {
    return this.insert('imported_refunds', REFUND_COLUMNS, 'on conflict do nothing returning refund_key').get(row) !== undefined
  }

  returnExists(rmaNumber: string): boolean {
    return this.statement('select 1 from returns where rma_number = ?').get(rmaNumber) !== undefined
  }

  insertReturn(row: ReturnsTable): void {
    this.insertAll('returns', RETURN_COLUMNS, [row])
  }

  insertReturnLines(rows: readonly ReturnLinesTable[]): void {
    this.insertAll('return_lines', RETURN_LINE_COLUMNS, rows)
  }

  insertChanges(rows: readonly ImportChangesTable[]): void {
    this.insertAll('import_changes', CHANGE_COLUMNS, rows)
  }
}
