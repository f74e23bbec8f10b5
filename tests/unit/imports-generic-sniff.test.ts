import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readExport, sniffExport, type GenericMapping } from '../../src-main/imports/read-export'
import { fixturePath, ordersOf, readFixture, readText, rejectionOf, warningsOf } from '../support/read-import'

const MAPPING: GenericMapping = {
  columns: {
    orderNumber: 'Bestellnummer',
    placedAt: 'Datum',
    email: 'E-Mail',
    firstName: 'Vorname',
    lastName: 'Nachname',
    currency: 'Währung',
    total: 'Gesamt',
    title: 'Artikel',
    sku: 'Artikelnummer',
    quantity: 'Menge',
    unitPrice: 'Einzelpreis',
    status: 'Status',
  },
  dateFormat: 'dmy',
  decimalSeparator: ',',
}

const sniff = (relative: string, options: Partial<Parameters<typeof sniffExport>[1]> = {}) =>
  sniffExport(fs.readFileSync(fixturePath(relative)).subarray(0, 64 * 1024), { fileName: relative, ...options })

describe('a file mapped by hand', () => {
  it('reads orders with the chosen columns, date order and decimal comma', async () => {
    const records = await readFixture('generic/bestellungen.csv', { format: 'generic', mapping: MAPPING, timeZone: 'Europe/Berlin' })
    const orders = ordersOf(records)
    expect(orders.map((order) => [order.externalId, order.placedAt, order.currency, order.totalMinor, order.lines.length, order.source])).toEqual([
      ['A-1001', '2026-02-03T13:30:00.000Z', 'EUR', 11_699, 2, 'other'],
      ['A-1002', '2026-02-03T23:00:00.000Z', 'EUR', 123_450, 1, 'other'],
    ])
    expect(orders[0]?.customer).toMatchObject({ identity: { kind: 'email', email: 'lena.vogel@example.de', source: 'other' }, firstName: 'Lena' })
    expect(orders[0]?.lines[1]).toMatchObject({ title: 'Schal „Nordlicht“', unitPriceMinor: 8700 })
    expect(orders[1]?.customer).toBeNull()
    expect(warningsOf(records).map((warning) => warning.message)).toContain('“bezahlt” is not a status this app knows for this file, so it is read as unknown.')
  })

  it('uses the generic reader when a mapping is given for an unknown file', async () => {
    expect(ordersOf(await readFixture('generic/bestellungen.csv', { mapping: { ...MAPPING, source: 'woocommerce' } }))[0]?.source).toBe('woocommerce')
  })

  it('rejects a mapping that names a column the file does not have, or leaves out the order id', async () => {
    const wrong = await rejectionOf(readFixture('generic/bestellungen.csv', { format: 'generic', mapping: { ...MAPPING, columns: { ...MAPPING.columns, total: 'Summe' } } }))
    expect(wrong.problems[0]).toMatchObject({ column: 'Summe' })
    const { orderNumber: _unused, ...withoutId } = MAPPING.columns
    const missing = await rejectionOf(readFixture('generic/bestellungen.csv', { format: 'generic', mapping: { ...MAPPING, columns: withoutId } }))
    expect(missing.message).toContain('Choose the column that holds the order id or order number.')
  })
})

describe('sniffing the start of a file for the preview', () => {
  it('recognises each real format', async () => {
    const expected: Array<[string, string]> = [
      ['shopify-orders/orders_export_1.csv', 'shopify-orders'],
      ['shopify-customers/customers_export.csv', 'shopify-customers'],
      ['shopify-customers/customers_export_legacy.csv', 'shopify-customers'],
      ['woocommerce-analytics/wc-orders-report-export-2026-01.csv', 'woocommerce-analytics'],
      ['woocommerce-orders/customer-order-export-default.csv', 'woocommerce-orders'],
      ['woocommerce-orders/algolplus-order-export.csv', 'woocommerce-orders'],
      ['etsy/EtsySoldOrders2025.csv', 'etsy-orders'],
      ['etsy/EtsySoldOrderItems2025.csv', 'etsy-items'],
      ['amazon/all-orders-report.txt', 'amazon-orders'],
      ['amazon/fba-customer-returns.txt', 'amazon-returns'],
      ['ebay/eBay-OrdersReport-Oct-01-2026-100000.csv', 'ebay-orders'],
      ['ebay/Transaction_report_Nov-05-2022_Dec-05-2022.csv', 'ebay-transactions'],
      ['square/items-2026-05-01-2026-05-31.csv', 'square-items'],
    ]
    for (const [file, format] of expected) expect([file, (await sniff(file)).format]).toEqual([file, format])
  })

  it('finds the header past eBay’s preamble and reports its line', async () => {
    const orders = await sniff('ebay/eBay-OrdersReport-Oct-01-2026-100000.csv')
    expect(orders).toMatchObject({ headerLine: 2, delimiter: ',', source: 'ebay', label: 'eBay Seller Hub orders report' })
    expect(orders.sampleRows).toHaveLength(4)
    expect(orders.sampleRows[0]?.[0]).toBe('1042')
    const payments = await sniff('ebay/Transaction_report_Nov-05-2022_Dec-05-2022.csv')
    expect(payments.headerLine).toBe(12)
    expect(payments.header[28]).toBe('Very high "item not as described" fee')
  })

  it('tells the delimiter, the encoding, and what Excel or a bad round trip did', async () => {
    expect((await sniff('amazon/all-orders-report.txt')).delimiter).toBe('\t')
    expect((await sniff('shopify-customers/customers_windows1252.csv')).encoding).toBe('windows-1252')
    expect((await sniff('shopify-customers/customers_utf16le.csv')).encoding).toBe('utf-16le')
    expect((await sniff('shopify-customers/customers_mojibake.csv')).warnings[0]?.message).toContain('Some text looks garbled')
    const excel = await sniff('shopify-orders/orders_export_excel.csv')
    expect(excel.header[0]).toBe('Name')
    expect(excel.warnings.map((warning) => warning.column)).toEqual(['Id', 'Paid at'])
  })

  it('lets the user force the encoding or the format', async () => {
    const latin = await sniff('shopify-customers/customers_mojibake.csv', { encoding: 'windows-1252' })
    expect(latin.sampleRows[0]?.[1]).toBe('HÃƒÂ©lÃƒÂ¨ne')
    const wrong = await rejectionOf(sniff('shopify-customers/customers_windows1252.csv', { encoding: 'utf-8' }))
    expect(wrong.problems[0]).toMatchObject({ line: 2 })
    expect(wrong.message).toContain('not valid UTF-8')
    const generic = await sniff('shopify-customers/customers_export.csv', { format: 'generic' })
    expect(generic).toMatchObject({ format: 'generic', source: 'other' })
  })

  it('says when it does not recognise a file, so the user can map it', async () => {
    const unknown = await sniff('generic/bestellungen.csv')
    expect(unknown).toMatchObject({ format: null, source: null, delimiter: ';', headerLine: 1, label: 'Not a known export: map its columns to import it' })
    expect(unknown.header[0]).toBe('Bestellnummer')
  })
})

describe('streaming', () => {
  it('gives the same records whatever the size of the chunks', async () => {
    const whole = await readFixture('shopify-orders/orders_export_1.csv')
    const tiny = await readFixture('shopify-orders/orders_export_1.csv', { chunkSize: 5 })
    expect(tiny.filter((record) => record.kind !== 'progress')).toEqual(whole.filter((record) => record.kind !== 'progress'))
  })

  it('reports progress every few thousand rows and at the end', async () => {
    const header = 'Name,Email,Financial Status,Created at,Currency,Total,Lineitem quantity,Lineitem name\n'
    const rows = Array.from({ length: 5000 }, (_, index) => `#${index},a${index}@example.com,paid,2025-01-01 00:00:00 +0000,GBP,1.00,1,A`).join('\n')
    const records = await readText(`${header}${rows}\n`, { chunkSize: 16 * 1024 })
    const progress = records.filter((record) => record.kind === 'progress')
    expect(progress.length).toBeGreaterThanOrEqual(3)
    expect(progress.at(-1)).toEqual({ kind: 'progress', bytesRead: header.length + rows.length + 1, rowsRead: 5000 })
  })

  it('stops when the import is cancelled', async () => {
    const controller = new AbortController()
    const records = readExport(
      () => fs.createReadStream(fixturePath('shopify-orders/orders_export_1.csv'), { highWaterMark: 256 }),
      { fileName: 'orders_export_1.csv', timeZone: 'UTC', signal: controller.signal },
    )
    const read = (async () => {
      for await (const record of records) if (record.kind === 'order') controller.abort()
    })()
    await expect(read).rejects.toMatchObject({ code: 'CANCELLED' })
  })

  it('refuses an unknown time zone or currency before reading', async () => {
    await expect(readText('a,b\n1,2\n', { timeZone: 'Mars/Olympus' })).rejects.toMatchObject({ code: 'INVALID_INPUT' })
    await expect(readText('a,b\n1,2\n', { currency: 'DOLLARS' })).rejects.toMatchObject({ code: 'INVALID_INPUT' })
  })
})
