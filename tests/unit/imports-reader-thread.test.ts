import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { newCustomerSearchText, normaliseEmail } from '../../src-main/imports/customer-matching.rules'
import type { ImportedCustomer, ImportRecord } from '../../src-main/imports/import-record'
import { newOrderSearchText } from '../../src-main/imports/order-merge.rules'
import type { ReadOptions } from '../../src-main/imports/read-export'
import { ReaderThread } from '../../src-main/imports/read-in-thread'
import { recordsFromReader } from '../../src-main/imports/reader-records'
import { decodeRecord, encodeRecord } from '../../src-main/imports/record-codec'
import { collect, fixturePath, openFile, rejectionOf } from '../support/read-import'

/** Every recognised fixture, read the way the import procedure reads it (format detected, shop in UTC). */
const FIXTURES = [
  'shopify-orders/orders_export_1.csv',
  'shopify-orders/orders_export_excel.csv',
  'shopify-customers/customers_export.csv',
  'shopify-customers/customers_utf16le.csv',
  'shopify-customers/customers_mojibake.csv',
  'woocommerce-analytics/wc-orders-report-export-2026-01.csv',
  'amazon/all-orders-report.txt',
  'amazon/fba-customer-returns.txt',
  'ebay/eBay-OrdersReport-AU.csv',
  'ebay/Transaction_report_Nov-05-2022_Dec-05-2022.csv',
  'square/items-2026-05-01-2026-05-31.csv',
]

function optionsFor(relative: string, extra: Partial<ReadOptions> = {}): ReadOptions {
  return { fileName: path.basename(relative), timeZone: 'UTC', ...extra }
}

function withSearchText(customer: ImportedCustomer): ImportedCustomer {
  const email = customer.identity.kind === 'email' ? normaliseEmail(customer.identity.email) : null
  return { ...customer, searchText: newCustomerSearchText(customer, email) }
}

/** The records as the reader makes them, with the search texts that the trip to the writer works out on the way. */
function withSearchTexts(records: readonly ImportRecord[]): ImportRecord[] {
  return records.map((record) => {
    if (record.kind === 'customer') return { kind: 'customer', customer: withSearchText(record.customer) }
    if (record.kind !== 'order') return record
    const { order } = record
    return { kind: 'order', order: { ...order, customer: order.customer && withSearchText(order.customer), searchText: newOrderSearchText(order) } }
  })
}

/** The reader thread's records, taken on this thread (in the app the writer's thread takes them). */
async function* readInThread(open: () => AsyncIterable<Uint8Array>, options: ReadOptions): AsyncGenerator<ImportRecord> {
  const stop = new AbortController()
  const reader = ReaderThread.start(open, options, (error) => stop.abort(error))
  try {
    yield* recordsFromReader(reader.ports, stop.signal)
  } finally {
    await reader.stop()
  }
}

async function collectInThread(open: () => AsyncIterable<Uint8Array>, options: ReadOptions): Promise<ImportRecord[]> {
  const records: ImportRecord[] = []
  for await (const record of readInThread(open, options)) records.push(record)
  return records
}

describe('records on their way from the reader thread', () => {
  it.each(FIXTURES)('come out of the codec as they went in: %s', async (relative) => {
    const records = await collect(openFile(fixturePath(relative)), optionsFor(relative))
    expect(records.map((record) => decodeRecord(encodeRecord(record)))).toEqual(withSearchTexts(records))
  })
})

describe('reading an export on a thread of its own', () => {
  it.each(FIXTURES)('gives the same records in the same order as reading it in place: %s', async (relative) => {
    // Small chunks, so the file crosses to the thread in many pieces.
    const open = openFile(fixturePath(relative), 1024)
    expect(await collectInThread(open, optionsFor(relative))).toEqual(withSearchTexts(await collect(open, optionsFor(relative))))
  })

  it('reads a companion file beside the one it streams (Etsy orders and their items)', async () => {
    const options = optionsFor('etsy/EtsySoldOrders2025.csv', {
      companion: { fileName: 'EtsySoldOrderItems2025.csv', open: openFile(fixturePath('etsy/EtsySoldOrderItems2025.csv')) },
    })
    const open = openFile(fixturePath('etsy/EtsySoldOrders2025.csv'))
    const inPlace = await collect(open, options)
    expect(inPlace.some((record) => record.kind === 'order' && record.order.lines.length > 0)).toBe(true)
    expect(await collectInThread(open, options)).toEqual(withSearchTexts(inPlace))
  })

  it('rejects a file with the same problems, lines and columns as reading it in place', async () => {
    for (const relative of ['malformed/unclosed-quote.csv', 'malformed/unreadable-amount.csv', 'malformed/empty.csv']) {
      const open = openFile(fixturePath(relative))
      const inThread = await rejectionOf(collectInThread(open, optionsFor(relative)))
      expect(inThread).toEqual(await rejectionOf(collect(open, optionsFor(relative))))
    }
  })

  it('stops the thread when the writer stops listening half-way', async () => {
    const relative = 'shopify-orders/orders_export_1.csv'
    const records = readInThread(openFile(fixturePath(relative), 256), optionsFor(relative))
    for await (const record of records) {
      expect(record.kind).toBeDefined()
      break
    }
    // The stream closed cleanly; reading the file again still works.
    expect((await collectInThread(openFile(fixturePath(relative)), optionsFor(relative))).length).toBeGreaterThan(0)
  })

  it('passes on a failure of the file being read', async () => {
    const open = () => fs.createReadStream('/nonexistent-aftersale-folder/gone.csv')
    await expect(collectInThread(open, optionsFor('gone.csv'))).rejects.toThrow(/ENOENT/)
  })
})
