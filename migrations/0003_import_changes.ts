import { sql, type Kysely } from 'kysely'

/**
 * What undoing an import needs, frozen in time like every migration.
 *
 * - `import_batches.sequence` orders imports for "undo the later one first"
 *   (created_at ties under a pinned clock, and ids are not a promise of order).
 * - `import_changes` is each batch's log: before-images of the rows it updated,
 *   the rows it inserted into tables without an `import_batch_id` column, and
 *   references to rows it relied on without writing them, so a later import
 *   that leans on an earlier one's rows blocks undoing the earlier one.
 * - `imported_refunds` remembers which refunds were applied, so an overlapping
 *   export never adds the same refund twice.
 * - `import_presets` keeps the user's column mappings by name and header.
 * - Indexes on the foreign keys an undo's deletes must check, which the first
 *   schema left unindexed (each deleted order would otherwise scan them).
 */
type AnyDb = Kysely<Record<string, never>>

export async function up(db: AnyDb): Promise<void> {
  await db.schema.alterTable('import_batches').addColumn('sequence', 'integer', (c) => c.notNull().defaultTo(0)).execute()
  await db.schema.createIndex('import_batches_sequence').on('import_batches').column('sequence').execute()

  await db.schema
    .createTable('import_changes')
    .addColumn('batch_id', 'text', (c) => c.notNull().references('import_batches.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('table_name', 'text', (c) => c.notNull())
    .addColumn('row_key', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull().check(sql`action in ('insert', 'update', 'reference')`))
    .addColumn('before_json', 'text')
    .addPrimaryKeyConstraint('import_changes_pk', ['batch_id', 'seq'])
    .execute()
  await db.schema.createIndex('import_changes_row').on('import_changes').columns(['table_name', 'row_key']).execute()

  await db.schema
    .createTable('imported_refunds')
    .addColumn('refund_key', 'text', (c) => c.primaryKey())
    .addColumn('order_id', 'text', (c) => c.notNull().references('orders.id').onDelete('cascade'))
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('amount_minor', 'integer', (c) => c.notNull())
    .addColumn('refunded_at', 'text', (c) => c.notNull())
    .addColumn('import_batch_id', 'text', (c) => c.notNull().references('import_batches.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('imported_refunds_order').on('imported_refunds').column('order_id').execute()

  await db.schema
    .createTable('import_presets')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('header_signature', 'text', (c) => c.notNull())
    .addColumn('mapping_json', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('import_presets_header').on('import_presets').column('header_signature').execute()

  await db.schema.createIndex('customers_import_batch').on('customers').column('import_batch_id').execute()
  await db.schema.createIndex('returns_import_batch').on('returns').column('import_batch_id').execute()
  await db.schema.createIndex('loyalty_ledger_order').on('loyalty_ledger').column('order_id').execute()
  await db.schema.createIndex('outbox_order').on('outbox').column('order_id').execute()
  await db.schema.createIndex('survey_responses_order').on('survey_responses').column('order_id').execute()
}
