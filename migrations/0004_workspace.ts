import { sql, type Kysely } from 'kysely'

/**
 * The orders and customers workspace, frozen in time like every migration.
 *
 * - `customer_stats` and `customer_spend` hold each customer's figures (orders,
 *   first and last order, average gap, returns, claims, points, RFM group, net
 *   spent per currency). They are derived data, rebuilt from the orders by the
 *   app whenever orders change hands (import, undo, demo, merge), so the
 *   150,000-customer list sorts and filters on indexed columns instead of
 *   aggregating 500,000 orders per page.
 * - `saved_views`: a named filter, sort and column choice of the orders or the
 *   customers table. A saved customers view is a segment.
 * - `customer_merges`: enough of the merged record to undo a merge exactly.
 * - `customer_email_aliases`: the emails of merged records, so a later import
 *   of the same buyer finds the record it was merged into.
 * - `audit_log`: what was done to personal data, and when (erasure, merges).
 * - Order search also finds SKUs: the search text gains the order's SKUs.
 */
type AnyDb = Kysely<Record<string, never>>

const RFM_GROUPS = ['champions', 'loyal', 'promising', 'at_risk', 'hibernating', 'lost']

export async function up(db: AnyDb): Promise<void> {
  await db.schema.alterTable('customers').addColumn('erased_at', 'text').execute()

  await db.schema
    .createTable('customer_stats')
    .addColumn('customer_id', 'text', (c) => c.primaryKey().references('customers.id').onDelete('cascade'))
    .addColumn('order_count', 'integer', (c) => c.notNull())
    .addColumn('first_order_at', 'text')
    .addColumn('last_order_at', 'text')
    .addColumn('avg_gap_days', 'real')
    .addColumn('return_count', 'integer', (c) => c.notNull())
    .addColumn('claim_count', 'integer', (c) => c.notNull())
    .addColumn('loyalty_points', 'integer', (c) => c.notNull())
    .addColumn('rfm_group', 'text', (c) => c.check(sql`rfm_group in (${sql.join(RFM_GROUPS.map((g) => sql.lit(g)))})`))
    // Net spent in the shop's main currency, beside the other figures so the list sorts by it from one index
    // (0, not null, when nothing was: SQLite and PostgreSQL sort nulls at opposite ends).
    .addColumn('main_currency_net_minor', 'integer', (c) => c.notNull().defaultTo(0))
    .execute()
  for (const column of ['order_count', 'first_order_at', 'last_order_at', 'avg_gap_days', 'return_count', 'loyalty_points', 'rfm_group', 'main_currency_net_minor']) {
    await db.schema.createIndex(`customer_stats_${column}`).on('customer_stats').column(column).execute()
  }

  await db.schema
    .createTable('customer_spend')
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id').onDelete('cascade'))
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('order_count', 'integer', (c) => c.notNull())
    .addColumn('net_minor', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('customer_spend_pk', ['customer_id', 'currency'])
    .execute()
  // Covers the "spent at least" filter (currency and amount to customer ids) and the per-currency totals that pick the main currency.
  await db.schema.createIndex('customer_spend_currency_net').on('customer_spend').columns(['currency', 'net_minor', 'customer_id', 'order_count']).execute()

  await db.schema
    .createTable('saved_views')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('screen', 'text', (c) => c.notNull().check(sql`screen in ('orders', 'customers')`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('state_json', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('saved_views_screen_name', ['screen', 'name'])
    .execute()

  await db.schema
    .createTable('customer_merges')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kept_customer_id', 'text', (c) => c.notNull().references('customers.id').onDelete('cascade'))
    // No foreign key: the merged record is deleted by the merge and comes back only on undo.
    .addColumn('merged_customer_id', 'text', (c) => c.notNull())
    .addColumn('snapshot_json', 'text', (c) => c.notNull())
    .addColumn('merged_at', 'text', (c) => c.notNull())
    .addColumn('undone_at', 'text')
    .execute()
  await db.schema.createIndex('customer_merges_kept').on('customer_merges').column('kept_customer_id').execute()

  await db.schema
    .createTable('customer_email_aliases')
    .addColumn('email', 'text', (c) => c.primaryKey())
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id').onDelete('cascade'))
    .addColumn('merge_id', 'text', (c) => c.notNull().references('customer_merges.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('customer_email_aliases_customer').on('customer_email_aliases').column('customer_id').execute()

  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('detail_json', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('audit_log_entity').on('audit_log').columns(['entity', 'entity_id']).execute()

  // Orders sorted or filtered by these columns find the first page in an index instead of sorting every order.
  await db.schema.createIndex('orders_total').on('orders').columns(['total_minor']).execute()
  await db.schema.createIndex('orders_order_number').on('orders').columns(['order_number']).execute()
  await db.schema.createIndex('orders_source_placed_at').on('orders').columns(['source', 'placed_at']).execute()

  // SKUs are plain ASCII codes in practice, so lower() gives what the app's search normaliser would.
  await sql`
    update orders set search_text = trim(search_text || ' ' || coalesce(
      (select lower(replace(group_concat(distinct sku), ',', ' ')) from order_lines where order_lines.order_id = orders.id and sku is not null and sku <> ''),
      ''))
  `.execute(db)

  // Search reads only these two columns: counting the matches, or collecting their ids when they are few, never reads
  // the wide rows. Made after the search texts above are rewritten, so that rewrite does not update the index row by row.
  await db.schema.createIndex('orders_search').on('orders').columns(['search_text', 'id']).execute()
  await db.schema.dropIndex('customers_search_text').execute()
  await db.schema.createIndex('customers_search').on('customers').columns(['search_text', 'id']).execute()
}
