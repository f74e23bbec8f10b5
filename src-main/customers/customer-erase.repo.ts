import { sql, type SqlBool } from 'kysely'
import { writeAudit } from '../audit/audit.repo'
import { AppError } from '../backend/errors'
import type { IdSource } from '../backend/ids'
import type { Db, Tx } from '../db/database'
import { rowKey } from '../imports/change-keys'
import type { ImportSummary } from '../imports/import-summary'
import type { ImportTables } from '../imports/imports.table'
import type { OrdersTable } from '../orders/orders.table'
import { confirmsCustomer, erasedCustomer, erasedOrder, erasedOrderChanges, redact, secretsOf } from './customer-erase.rules'
import type { CustomersTable } from './customers.table'

/**
 * Erasing a customer on request (privacy law): the person's details go from
 * every row that holds them, including the copies kept for undo (merge
 * snapshots, import before-images), while orders, amounts and dates stay for
 * the shop's figures. One transaction, and an audit entry without personal data.
 */

// Well under SQLite's limit on bound parameters.
const CHUNK = 400

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK))
  return out
}

/** Rows about the customer: theirs, or about one of their orders (every related table names these two columns alike). */
function aboutCustomer(customerId: string) {
  return sql<SqlBool>`(customer_id = ${customerId} or order_id in (select id from orders where customer_id = ${customerId}))`
}

async function skusOf(trx: Tx, orderIds: readonly string[]): Promise<Map<string, (string | null)[]>> {
  const skus = new Map<string, (string | null)[]>()
  for (const chunk of chunks(orderIds)) {
    const lines = await trx.selectFrom('order_lines').select(['order_id', 'sku']).where('order_id', 'in', chunk).orderBy('order_id').orderBy('line_no').execute()
    for (const line of lines) {
      const list = skus.get(line.order_id)
      if (list) list.push(line.sku)
      else skus.set(line.order_id, [line.sku])
    }
  }
  return skus
}

async function eraseOrders(trx: Tx, orders: readonly OrdersTable[], skus: Map<string, (string | null)[]>, now: string): Promise<void> {
  for (const order of orders) {
    await trx.updateTable('orders').set(erasedOrderChanges(order, skus.get(order.id) ?? [], now)).where('id', '=', order.id).execute()
  }
}

async function eraseRelated(trx: Tx, customerId: string, secrets: readonly string[], now: string): Promise<Record<string, number>> {
  const about = aboutCustomer(customerId)
  const messages = await trx.selectFrom('outbox').select(['id', 'subject', 'last_error', 'status']).where(about).execute()
  for (const message of messages) {
    await trx
      .updateTable('outbox')
      .set({
        to_address: 'erased',
        subject: redact(message.subject, secrets),
        body_html: '',
        body_text: '',
        last_error: message.last_error === null ? null : redact(message.last_error, secrets),
        // Nothing may still go out to someone who asked to be forgotten.
        status: message.status === 'queued' ? 'cancelled' : message.status,
        updated_at: now,
      })
      .where('id', '=', message.id)
      .execute()
  }
  const surveys = await trx.updateTable('survey_responses').set({ comment: '' }).where(about).executeTakeFirst()
  const claims = await trx.selectFrom('claims').select(['id', 'subject']).where(about).execute()
  for (const claim of claims) {
    await trx.updateTable('claims').set({ subject: redact(claim.subject, secrets), body: '', updated_at: now }).where('id', '=', claim.id).execute()
  }
  const returns = await trx.selectFrom('returns').select(['id', 'note']).where(about).where('note', '!=', '').execute()
  for (const item of returns) await trx.updateTable('returns').set({ note: redact(item.note, secrets), updated_at: now }).where('id', '=', item.id).execute()
  const points = await trx.selectFrom('loyalty_ledger').select(['id', 'note']).where(about).where('note', '!=', '').execute()
  for (const entry of points) await trx.updateTable('loyalty_ledger').set({ note: redact(entry.note, secrets) }).where('id', '=', entry.id).execute()
  return { messages: messages.length, surveys: Number(surveys.numUpdatedRows), claims: claims.length }
}

/** Import undo keeps before-images of the rows it changed: they get the same erasure, so an undo can't bring the details back. */
async function eraseImportCopies(
  trx: Tx,
  customer: CustomersTable,
  orders: readonly OrdersTable[],
  skus: Map<string, (string | null)[]>,
  deletedKeys: ReadonlyArray<readonly [string, string]>,
  now: string,
): Promise<void> {
  const imports = trx.withTables<ImportTables>()
  const customerImages = await imports
    .selectFrom('import_changes')
    .select(['batch_id', 'seq', 'before_json'])
    .where('table_name', '=', 'customers')
    .where('row_key', '=', customer.id)
    .where('before_json', 'is not', null)
    .execute()
  for (const image of customerImages) {
    const erased = erasedCustomer(JSON.parse(image.before_json!) as CustomersTable, now)
    await imports.updateTable('import_changes').set({ before_json: JSON.stringify(erased) }).where('batch_id', '=', image.batch_id).where('seq', '=', image.seq).execute()
  }
  for (const chunk of chunks(orders.map((o) => o.id))) {
    const orderImages = await imports
      .selectFrom('import_changes')
      .select(['batch_id', 'seq', 'row_key', 'before_json'])
      .where('table_name', '=', 'orders')
      .where('row_key', 'in', chunk)
      .where('before_json', 'is not', null)
      .execute()
    for (const image of orderImages) {
      const erased = erasedOrder(JSON.parse(image.before_json!) as OrdersTable, skus.get(image.row_key) ?? [])
      await imports.updateTable('import_changes').set({ before_json: JSON.stringify(erased) }).where('batch_id', '=', image.batch_id).where('seq', '=', image.seq).execute()
    }
  }
  // Entries for rows the erasure deleted: their keys (a marketplace buyer id, a tag) are details too, and undo has nothing left to remove.
  for (const [table, key] of deletedKeys) {
    await imports.deleteFrom('import_changes').where('table_name', '=', table).where('row_key', '=', key).execute()
  }
  const batches = await imports.selectFrom('import_batches').select(['id', 'summary_json']).where('summary_json', 'like', `%${customer.id}%`).execute()
  for (const batch of batches) {
    const summary = JSON.parse(batch.summary_json) as ImportSummary
    summary.possibleDuplicates = summary.possibleDuplicates.map((pair) => ({
      ...pair,
      ...(pair.customerId === customer.id ? { name: 'Erased', email: null } : {}),
      ...(pair.existingCustomerId === customer.id ? { existingEmail: null } : {}),
    }))
    await imports.updateTable('import_batches').set({ summary_json: JSON.stringify(summary) }).where('id', '=', batch.id).execute()
  }
}

export async function eraseCustomer(
  db: Db,
  customerId: string,
  run: { now: string; ids: IdSource; confirmName?: string },
): Promise<{ erasedAt: string; alreadyErased: boolean }> {
  return db.transaction().execute(async (trx) => {
    const customer = await trx.selectFrom('customers').selectAll().where('id', '=', customerId).executeTakeFirst()
    if (!customer) throw new AppError('NOT_FOUND', 'That customer is no longer in this shop.', { customerId })
    if (customer.erased_at !== null) return { erasedAt: customer.erased_at, alreadyErased: true }
    if (run.confirmName !== undefined && !confirmsCustomer(customer, run.confirmName)) {
      throw new AppError('INVALID_INPUT', 'The name typed to confirm is not this customer’s name or email. Nothing was erased.', { customerId })
    }

    const [orders, aliases, identities, addresses, tags] = await Promise.all([
      trx.selectFrom('orders').selectAll().where('customer_id', '=', customerId).execute(),
      trx.selectFrom('customer_email_aliases').select('email').where('customer_id', '=', customerId).execute(),
      trx.selectFrom('customer_identities').select(['source', 'external_id']).where('customer_id', '=', customerId).execute(),
      trx.selectFrom('customer_addresses').selectAll().where('customer_id', '=', customerId).execute(),
      trx.selectFrom('customer_tags').select('tag').where('customer_id', '=', customerId).execute(),
    ])
    const secrets = secretsOf([
      [customer.first_name, customer.last_name].filter(Boolean).join(' '),
      customer.first_name,
      customer.last_name,
      customer.email,
      customer.phone,
      ...aliases.map((a) => a.email),
      ...identities.map((i) => i.external_id),
      ...orders.flatMap((o) => [o.buyer_name, o.buyer_email, o.ship_name, o.ship_company, o.ship_phone, o.ship_line1]),
      ...addresses.flatMap((a) => [a.name, a.company, a.phone, a.line1]),
    ])
    const skus = await skusOf(
      trx,
      orders.map((o) => o.id),
    )

    await eraseOrders(trx, orders, skus, run.now)
    const related = await eraseRelated(trx, customerId, secrets, run.now)
    await trx.deleteFrom('customer_addresses').where('customer_id', '=', customerId).execute()
    await trx.deleteFrom('customer_tags').where('customer_id', '=', customerId).execute()
    await trx.deleteFrom('customer_identities').where('customer_id', '=', customerId).execute()
    await trx.deleteFrom('customer_email_aliases').where('customer_id', '=', customerId).execute()
    const merges = await trx
      .updateTable('customer_merges')
      .set({ snapshot_json: JSON.stringify({ erasedAt: run.now }) })
      .where((eb) => eb.or([eb('kept_customer_id', '=', customerId), eb('merged_customer_id', '=', customerId)]))
      .executeTakeFirst()
    await eraseImportCopies(
      trx,
      customer,
      orders,
      skus,
      [
        ...identities.map((i) => ['customer_identities', rowKey([i.source, i.external_id])] as const),
        ...tags.map((t) => ['customer_tags', rowKey([customerId, t.tag])] as const),
        ...addresses.map((a) => ['customer_addresses', a.id] as const),
      ],
      run.now,
    )
    const { id: _id, ...erased } = erasedCustomer(customer, run.now)
    await trx.updateTable('customers').set(erased).where('id', '=', customerId).execute()

    await writeAudit(
      trx,
      {
        action: 'customer.erased',
        entity: 'customer',
        entityId: customerId,
        detail: {
          orders: orders.length,
          ...related,
          addresses: addresses.length,
          tags: tags.length,
          identities: identities.length,
          emailAliases: aliases.length,
          merges: Number(merges.numUpdatedRows),
        },
      },
      { id: run.ids.next(), at: run.now },
    )
    return { erasedAt: run.now, alreadyErased: false }
  })
}
