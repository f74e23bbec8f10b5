import { sql, type Kysely } from 'kysely'

/**
 * The whole domain in one first schema so later features add columns and
 * tables instead of redesigning. Frozen in time: it must not import the app's
 * table types, which will move on.
 *
 * Portability rules (PostgreSQL later): text ids made by the app, money as
 * integer minor units beside a currency code, instants as ISO-8601 UTC text,
 * booleans as 0/1 with a check, enums as text with a check.
 */
type AnyDb = Kysely<Record<string, never>>

const SOURCES = ['shopify', 'woocommerce', 'etsy', 'amazon', 'ebay', 'square', 'manual', 'other']

function oneOf(column: string, values: readonly string[]) {
  return sql`${sql.ref(column)} in (${sql.join(values.map((v) => sql.lit(v)))})`
}

function booleanCheck(column: string) {
  return sql`${sql.ref(column)} in (0, 1)`
}

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('import_batches')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(oneOf('status', ['committed', 'undone'])))
    .addColumn('rows_read', 'integer', (c) => c.notNull())
    .addColumn('summary_json', 'text', (c) => c.notNull())
    .addColumn('warnings_json', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('undone_at', 'text')
    .execute()
  await db.schema.createIndex('import_batches_content_hash').on('import_batches').column('content_hash').execute()

  await db.schema
    .createTable('customers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.unique())
    .addColumn('first_name', 'text')
    .addColumn('last_name', 'text')
    .addColumn('phone', 'text')
    .addColumn('marketing_consent', 'text', (c) =>
      c.notNull().defaultTo('unknown').check(oneOf('marketing_consent', ['unknown', 'granted', 'denied'])),
    )
    .addColumn('consent_source', 'text')
    .addColumn('consent_at', 'text')
    .addColumn('unsubscribed_at', 'text')
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('search_text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('import_batch_id', 'text', (c) => c.references('import_batches.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('customers_search_text').on('customers').column('search_text').execute()
  await db.schema.createIndex('customers_last_name').on('customers').columns(['last_name', 'first_name']).execute()

  // A buyer known only by a marketplace's own id (no email) is found again through this table.
  await db.schema
    .createTable('customer_identities')
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id').onDelete('cascade'))
    .addColumn('source', 'text', (c) => c.notNull().check(oneOf('source', SOURCES)))
    .addColumn('external_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('customer_identities_pk', ['source', 'external_id'])
    .execute()
  await db.schema.createIndex('customer_identities_customer').on('customer_identities').column('customer_id').execute()

  await db.schema
    .createTable('customer_tags')
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id').onDelete('cascade'))
    .addColumn('tag', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('customer_tags_pk', ['customer_id', 'tag'])
    .execute()
  await db.schema.createIndex('customer_tags_tag').on('customer_tags').column('tag').execute()

  await db.schema
    .createTable('customer_addresses')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull().check(oneOf('kind', ['default', 'billing', 'shipping'])))
    .addColumn('name', 'text')
    .addColumn('company', 'text')
    .addColumn('line1', 'text')
    .addColumn('line2', 'text')
    .addColumn('city', 'text')
    .addColumn('region', 'text')
    .addColumn('postal_code', 'text')
    .addColumn('country_code', 'text')
    .addColumn('phone', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('customer_addresses_customer').on('customer_addresses').column('customer_id').execute()

  await db.schema
    .createTable('products')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('sku', 'text', (c) => c.unique())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('vendor', 'text')
    .addColumn('care_notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('orders')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('source', 'text', (c) => c.notNull().check(oneOf('source', SOURCES)))
    .addColumn('external_id', 'text', (c) => c.notNull())
    .addColumn('order_number', 'text', (c) => c.notNull())
    .addColumn('customer_id', 'text', (c) => c.references('customers.id'))
    .addColumn('buyer_email', 'text')
    .addColumn('buyer_name', 'text')
    .addColumn('placed_at', 'text', (c) => c.notNull())
    .addColumn('paid_at', 'text')
    .addColumn('fulfilled_at', 'text')
    .addColumn('delivered_at', 'text')
    .addColumn('cancelled_at', 'text')
    .addColumn('financial_status', 'text', (c) =>
      c
        .notNull()
        .check(
          oneOf('financial_status', ['pending', 'authorized', 'paid', 'partially_refunded', 'refunded', 'voided', 'unknown']),
        ),
    )
    .addColumn('fulfillment_status', 'text', (c) =>
      c.notNull().check(oneOf('fulfillment_status', ['unfulfilled', 'partially_fulfilled', 'fulfilled', 'delivered', 'unknown'])),
    )
    .addColumn('currency', 'text', (c) => c.notNull().check(sql`length(currency) = 3`))
    .addColumn('subtotal_minor', 'integer', (c) => c.notNull())
    .addColumn('discount_minor', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('shipping_minor', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('tax_minor', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('total_minor', 'integer', (c) => c.notNull())
    .addColumn('refunded_minor', 'integer', (c) => c.notNull().defaultTo(0).check(sql`refunded_minor >= 0`))
    .addColumn('ship_name', 'text')
    .addColumn('ship_company', 'text')
    .addColumn('ship_line1', 'text')
    .addColumn('ship_line2', 'text')
    .addColumn('ship_city', 'text')
    .addColumn('ship_region', 'text')
    .addColumn('ship_postal_code', 'text')
    .addColumn('ship_country_code', 'text')
    .addColumn('ship_phone', 'text')
    .addColumn('carrier', 'text')
    .addColumn('tracking_number', 'text')
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('search_text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('import_batch_id', 'text', (c) => c.references('import_batches.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('orders_source_external_id', ['source', 'external_id'])
    .execute()
  await db.schema.createIndex('orders_placed_at').on('orders').column('placed_at').execute()
  await db.schema.createIndex('orders_customer_placed_at').on('orders').columns(['customer_id', 'placed_at']).execute()
  await db.schema.createIndex('orders_import_batch').on('orders').column('import_batch_id').execute()

  await db.schema
    .createTable('order_tags')
    .addColumn('order_id', 'text', (c) => c.notNull().references('orders.id').onDelete('cascade'))
    .addColumn('tag', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('order_tags_pk', ['order_id', 'tag'])
    .execute()
  await db.schema.createIndex('order_tags_tag').on('order_tags').column('tag').execute()

  await db.schema
    .createTable('order_lines')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('order_id', 'text', (c) => c.notNull().references('orders.id').onDelete('cascade'))
    .addColumn('line_no', 'integer', (c) => c.notNull())
    .addColumn('product_id', 'text', (c) => c.references('products.id'))
    .addColumn('sku', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('variant', 'text')
    .addColumn('quantity', 'integer', (c) => c.notNull().check(sql`quantity >= 0`))
    .addColumn('unit_price_minor', 'integer', (c) => c.notNull())
    .addColumn('line_discount_minor', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('refunded_quantity', 'integer', (c) =>
      c.notNull().defaultTo(0).check(sql`refunded_quantity >= 0 and refunded_quantity <= quantity`),
    )
    .addUniqueConstraint('order_lines_order_line_no', ['order_id', 'line_no'])
    .execute()
  await db.schema.createIndex('order_lines_sku').on('order_lines').column('sku').execute()
  await db.schema.createIndex('order_lines_product').on('order_lines').column('product_id').execute()

  await db.schema
    .createTable('returns')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('order_id', 'text', (c) => c.notNull().references('orders.id'))
    .addColumn('customer_id', 'text', (c) => c.references('customers.id'))
    .addColumn('rma_number', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull().check(oneOf('kind', ['return', 'exchange'])))
    .addColumn('status', 'text', (c) =>
      c.notNull().check(oneOf('status', ['requested', 'approved', 'received', 'refunded', 'exchanged', 'rejected', 'closed'])),
    )
    .addColumn('reason', 'text', (c) =>
      c
        .notNull()
        .check(
          oneOf('reason', ['damaged', 'wrong_item', 'not_as_described', 'size_fit', 'changed_mind', 'late_delivery', 'defective', 'other']),
        ),
    )
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('refund_minor', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('requested_at', 'text', (c) => c.notNull())
    .addColumn('received_at', 'text')
    .addColumn('resolved_at', 'text')
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('import_batch_id', 'text', (c) => c.references('import_batches.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('returns_order').on('returns').column('order_id').execute()
  await db.schema.createIndex('returns_customer').on('returns').column('customer_id').execute()

  await db.schema
    .createTable('return_lines')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('return_id', 'text', (c) => c.notNull().references('returns.id').onDelete('cascade'))
    .addColumn('order_line_id', 'text', (c) => c.references('order_lines.id'))
    .addColumn('sku', 'text')
    .addColumn('quantity', 'integer', (c) => c.notNull().check(sql`quantity > 0`))
    .addColumn('condition', 'text', (c) => c.check(oneOf('condition', ['new', 'opened', 'damaged', 'unknown'])))
    .execute()
  await db.schema.createIndex('return_lines_return').on('return_lines').column('return_id').execute()

  await db.schema
    .createTable('claims')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('customer_id', 'text', (c) => c.references('customers.id'))
    .addColumn('order_id', 'text', (c) => c.references('orders.id'))
    .addColumn('kind', 'text', (c) => c.notNull().check(oneOf('kind', ['support', 'warranty', 'damaged_in_transit', 'missing_parcel', 'other'])))
    .addColumn('status', 'text', (c) => c.notNull().check(oneOf('status', ['open', 'waiting_on_customer', 'resolved', 'rejected'])))
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('opened_at', 'text', (c) => c.notNull())
    .addColumn('resolved_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('claims_customer').on('claims').column('customer_id').execute()
  await db.schema.createIndex('claims_order').on('claims').column('order_id').execute()

  await db.schema
    .createTable('loyalty_ledger')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id'))
    .addColumn('order_id', 'text', (c) => c.references('orders.id'))
    .addColumn('points', 'integer', (c) => c.notNull().check(sql`points <> 0`))
    .addColumn('reason', 'text', (c) =>
      c.notNull().check(oneOf('reason', ['purchase', 'refund', 'redemption', 'bonus', 'adjustment', 'expiry'])),
    )
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('occurred_at', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('loyalty_ledger_customer').on('loyalty_ledger').columns(['customer_id', 'occurred_at']).execute()

  await db.schema
    .createTable('message_templates')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('purpose', 'text', (c) =>
      c
        .notNull()
        .check(oneOf('purpose', ['thank_you', 'shipping_tips', 'care_tips', 'review_request', 'nps_request', 'win_back', 'cross_sell', 'custom'])),
    )
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('flows')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('trigger', 'text', (c) =>
      c.notNull().check(oneOf('trigger', ['order_placed', 'order_fulfilled', 'order_delivered', 'days_since_last_order'])),
    )
    .addColumn('delay_days', 'integer', (c) => c.notNull().check(sql`delay_days >= 0`))
    .addColumn('template_id', 'text', (c) => c.notNull().references('message_templates.id'))
    .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(0).check(booleanCheck('enabled')))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()

  // At-most-once delivery: a row is committed as 'sending' before the SMTP call, so a crash leaves 'unknown', never a silent resend.
  await db.schema
    .createTable('outbox')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('dedupe_key', 'text', (c) => c.notNull().unique())
    .addColumn('customer_id', 'text', (c) => c.references('customers.id'))
    .addColumn('order_id', 'text', (c) => c.references('orders.id'))
    .addColumn('flow_id', 'text', (c) => c.references('flows.id'))
    .addColumn('template_id', 'text', (c) => c.references('message_templates.id'))
    .addColumn('to_address', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body_html', 'text', (c) => c.notNull())
    .addColumn('body_text', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c.notNull().check(oneOf('status', ['queued', 'sending', 'sent', 'failed', 'unknown', 'suppressed', 'cancelled'])),
    )
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_error', 'text')
    .addColumn('scheduled_at', 'text', (c) => c.notNull())
    .addColumn('sending_at', 'text')
    .addColumn('sent_at', 'text')
    .addColumn('smtp_message_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('outbox_status_scheduled').on('outbox').columns(['status', 'scheduled_at']).execute()
  await db.schema.createIndex('outbox_customer').on('outbox').column('customer_id').execute()

  await db.schema
    .createTable('survey_responses')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('customer_id', 'text', (c) => c.references('customers.id'))
    .addColumn('order_id', 'text', (c) => c.references('orders.id'))
    .addColumn('kind', 'text', (c) => c.notNull().check(oneOf('kind', ['nps', 'csat'])))
    .addColumn('score', 'integer', (c) =>
      c.notNull().check(sql`(kind = 'nps' and score between 0 and 10) or (kind = 'csat' and score between 1 and 5)`),
    )
    .addColumn('comment', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('responded_at', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('survey_responses_responded_at').on('survey_responses').column('responded_at').execute()
  await db.schema.createIndex('survey_responses_customer').on('survey_responses').column('customer_id').execute()
}
