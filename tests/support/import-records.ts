import { sql } from 'kysely'
import type { Backend } from '../../src-main/backend/create-backend'
import type { Db } from '../../src-main/db/database'
import type {
  ImportedCustomer,
  ImportedOrder,
  ImportedOrderLine,
  ImportedRefund,
  ImportedReturn,
  ImportRecord,
} from '../../src-main/imports/import-record'
import { importInTransaction, type TransactionOutcome } from '../../src-main/imports/import-transaction'
import type { WriterProgress } from '../../src-main/imports/import-writer'

/** Small builders for the records a reader would produce, so writer tests state only what matters. */

const AT = { file: 'test.csv', line: 2 }

export function aCustomer(identity: ImportedCustomer['identity'], fields: Partial<ImportedCustomer> = {}): ImportedCustomer {
  return { identity, firstName: null, lastName: null, phone: null, consent: null, tags: [], note: null, address: null, at: AT, ...fields }
}

export function byEmail(email: string, fields: Partial<ImportedCustomer> = {}, source: ImportedOrder['source'] = 'shopify', externalId: string | null = null): ImportedCustomer {
  return aCustomer({ kind: 'email', email, source, externalId }, fields)
}

export function byBuyerId(source: ImportedOrder['source'], externalId: string, fields: Partial<ImportedCustomer> = {}): ImportedCustomer {
  return aCustomer({ kind: 'buyer', source, externalId }, fields)
}

export function aLine(fields: Partial<ImportedOrderLine> = {}): ImportedOrderLine {
  return { sku: 'MUG-1', title: 'Blue mug', variant: null, vendor: 'Potter & Co', quantity: 1, unitPriceMinor: 1500, lineDiscountMinor: 0, refundedQuantity: 0, ...fields }
}

export function anOrder(externalId: string, fields: Partial<ImportedOrder> = {}): ImportedOrder {
  const lines = fields.lines ?? [aLine()]
  const subtotal = lines.reduce((sum, l) => sum + l.quantity * l.unitPriceMinor - l.lineDiscountMinor, 0)
  return {
    source: 'shopify',
    externalId,
    orderNumber: `#${externalId}`,
    customer: null,
    buyerEmail: null,
    buyerName: null,
    placedAt: '2026-03-01T10:00:00.000Z',
    paidAt: '2026-03-01T10:00:00.000Z',
    fulfilledAt: null,
    deliveredAt: null,
    cancelledAt: null,
    financialStatus: 'paid',
    fulfillmentStatus: 'unfulfilled',
    currency: 'USD',
    subtotalMinor: subtotal,
    discountMinor: 0,
    shippingMinor: 0,
    taxMinor: 0,
    totalMinor: subtotal,
    refundedMinor: 0,
    shippingAddress: null,
    carrier: null,
    trackingNumber: null,
    note: '',
    tags: [],
    lines,
    at: AT,
    ...fields,
  }
}

export function aRefund(orderExternalId: string, fields: Partial<ImportedRefund> = {}): ImportedRefund {
  return { source: 'shopify', orderExternalId, currency: 'USD', amountMinor: 1500, refundedAt: '2026-03-10T09:00:00.000Z', lines: [], at: AT, ...fields }
}

export function aReturn(orderExternalId: string, externalId: string, fields: Partial<ImportedReturn> = {}): ImportedReturn {
  return {
    source: 'amazon',
    orderExternalId,
    externalId,
    sku: 'MUG-1',
    quantity: 1,
    reason: 'damaged',
    reasonText: null,
    requestedAt: '2026-03-20T12:00:00.000Z',
    condition: 'damaged',
    at: AT,
    ...fields,
  }
}

export const orders = (...list: ImportedOrder[]): ImportRecord[] => list.map((order) => ({ kind: 'order', order }))

export async function* streamOf(records: readonly ImportRecord[]): AsyncGenerator<ImportRecord> {
  for (const record of records) yield record
}

export interface ImportCall {
  fileName?: string
  contentHash?: string
  mode?: 'preview' | 'commit'
  signal?: AbortSignal
  onProgress?: (p: WriterProgress) => void
}

let hashes = 0

/** Imports hand-built records through the real transaction and writer; each call is a new file unless a hash is given. */
export async function importRecords(backend: Backend, records: readonly ImportRecord[] | (() => AsyncIterable<ImportRecord>), call: ImportCall = {}): Promise<TransactionOutcome> {
  const run = importInTransaction(backend.context, {
    fileName: call.fileName ?? 'orders_export.csv',
    contentHash: call.contentHash ?? `hash-${++hashes}`,
    sourceHint: null,
    records: typeof records === 'function' ? records : () => streamOf(records),
    mode: call.mode ?? 'commit',
    signal: call.signal,
  })
  for await (const step of run) {
    if (step.kind === 'done') return step.outcome
    call.onProgress?.(step)
  }
  throw new Error('The import ended without an outcome.')
}

/** Every row of every table, and every table and index definition, in a stable order: two dumps are equal only if the shops are. */
export async function dumpShop(db: Db, options: { except?: readonly string[] } = {}): Promise<Record<string, unknown[]>> {
  const tables = await sql<{ name: string }>`select name from sqlite_master where type = 'table' order by name`.execute(db)
  const schema = await sql<{ type: string; name: string; sql: string | null }>`select type, name, sql from sqlite_master order by name`.execute(db)
  const dump: Record<string, unknown[]> = { schema: schema.rows.map((t) => JSON.stringify(t)) }
  for (const { name } of tables.rows) {
    if (options.except?.includes(name)) continue
    const rows = await sql<Record<string, unknown>>`select * from ${sql.table(name)}`.execute(db)
    dump[name] = rows.rows.map((r) => JSON.stringify(r)).sort()
  }
  return dump
}

/** The shop's own data, leaving out the import history itself (an undone batch stays listed, as undone). */
export const SHOP_DATA_ONLY = { except: ['import_batches', 'import_changes'] } as const
