import { sql, type Kysely, type SqlBool } from 'kysely'

/**
 * Indexes for the retention dashboard, which aggregates every counted order
 * (not cancelled, not voided) each time it opens. Frozen in time like every migration.
 *
 * The two order indexes are partial and carry every column the figures read,
 * so the dashboard walks narrow index entries instead of wide order rows:
 * - by currency, then time: period figures per currency come out already
 *   grouped, so SQLite needs no sort (it has no hash aggregation); `id` is
 *   there to reach the order lines without touching the order row;
 * - by customer, then currency: whole-history figures per customer (and per
 *   customer and currency) stream in one pass, again without a sort.
 * Queries repeat the partial condition verbatim, with literals, because SQLite
 * only uses a partial index when the query states its condition.
 */
type AnyDb = Kysely<Record<string, never>>

const COUNTED = sql<SqlBool>`cancelled_at is null and financial_status <> 'voided'`
// The partial condition's own columns close each list: SQLite counts an index as covering only if it holds every column the query names.
const ORDER_FIGURES = ['source', 'subtotal_minor', 'discount_minor', 'refunded_minor', 'cancelled_at', 'financial_status']

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createIndex('orders_counted_by_currency')
    .on('orders')
    .columns(['currency', 'placed_at', 'customer_id', ...ORDER_FIGURES, 'id'])
    .where(COUNTED)
    .execute()
  await db.schema
    .createIndex('orders_counted_by_customer')
    .on('orders')
    .columns(['customer_id', 'currency', 'placed_at', ...ORDER_FIGURES])
    .where(sql<SqlBool>`customer_id is not null and ${COUNTED}`)
    .execute()
  await db.schema
    .createIndex('order_lines_order_figures')
    .on('order_lines')
    .columns(['order_id', 'product_id', 'sku', 'quantity', 'unit_price_minor', 'line_discount_minor'])
    .execute()
  await db.schema.createIndex('survey_responses_kind_responded_at').on('survey_responses').columns(['kind', 'responded_at', 'score']).execute()
}
