import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { resultOf } from '../../src-main/backend/progress'
import type { ApiClient } from '../../src-main/backend/router'
import { fileFromPath } from '../../src-main/imports/file-source'
import type { GenericMapping } from '../../src-main/imports/read-export'
import { openTempShop } from '../support/temp-shop'

const FIXTURES = path.resolve(__dirname, '../fixtures/imports')
const fixture = (name: string) => fileFromPath(path.join(FIXTURES, name))
const csv = (text: string) => new File([text], 'orders.csv')

/** The shop's zone is not the machine's: dates must be read and shown in the shop's. */
const SHOP_TIME_ZONE = 'America/New_York'

let shop: Awaited<ReturnType<typeof openTempShop>>
let client: ApiClient

beforeEach(async () => {
  shop = await openTempShop()
  client = shop.backend.client
  await client.settings.update({ timeZone: SHOP_TIME_ZONE })
})
afterEach(async () => {
  await shop.close()
})

type Sample = Awaited<ReturnType<ApiClient['imports']['readSample']>>

/** One row's cells by column name. */
function cellsOf(sample: Sample, row: number) {
  return Object.fromEntries((sample.rows[row]?.cells ?? []).map((cell) => [cell.column, cell]))
}

const STALL_MAPPING: GenericMapping = {
  columns: { orderNumber: 'Receipt', placedAt: 'Sold at', email: 'Buyer email', title: 'Item', quantity: 'Qty', unitPrice: 'Price', total: 'Total' },
  dateFormat: 'iso',
  decimalSeparator: '.',
}

const GERMAN_MAPPING: GenericMapping = {
  columns: {
    orderId: 'Bestellnummer',
    placedAt: 'Datum',
    email: 'E-Mail',
    currency: 'Währung',
    total: 'Gesamt',
    title: 'Artikel',
    quantity: 'Menge',
    unitPrice: 'Einzelpreis',
    status: 'Status',
  },
  dateFormat: 'dmy',
  decimalSeparator: ',',
}

describe('the currency of the whole file', () => {
  it('is asked for files whose amounts may not say their currency, and only those', async () => {
    const takesCurrency = async (name: string) => (await client.imports.sniff({ file: await fixture(name) })).sniff.takesCurrency
    expect(await takesCurrency('generic/market-stall-sales.csv')).toBe(true)
    expect(await takesCurrency('square/items-2026-05-01-2026-05-31.csv')).toBe(true)
    expect(await takesCurrency('woocommerce-analytics/wc-orders-report-export-2026-01.csv')).toBe(true)
    expect(await takesCurrency('etsy/EtsySoldOrders2025.csv')).toBe(false)
    expect(await takesCurrency('shopify-orders/orders_export_1.csv')).toBe(false)
  })
})

describe('the sample of a mapped file', () => {
  it('reads each mapped cell as the import stores it: instants in UTC from the shop’s wall time, amounts in minor units, emails lower-cased', async () => {
    const sample = await client.imports.readSample({ file: await fixture('generic/market-stall-sales.csv'), mapping: STALL_MAPPING, currency: 'EUR' })
    expect(sample.gaps).toEqual([])
    expect(sample.rows.map((row) => row.line)).toEqual([2, 3, 4])
    const first = cellsOf(sample, 0)
    expect(Object.keys(first)).toEqual(['Receipt', 'Sold at', 'Buyer email', 'Item', 'Qty', 'Price', 'Total'])
    expect(first['Sold at']).toMatchObject({ field: 'placedAt', raw: '2026-03-07 16:45', shown: { kind: 'date', iso: '2026-03-07T21:45:00.000Z', dateOnly: false }, problem: null })
    expect(first['Buyer email']).toMatchObject({ raw: 'Mia.Hart@Example.com', shown: { kind: 'text', text: 'mia.hart@example.com' } })
    expect(first['Price']?.shown).toEqual({ kind: 'money', minor: 1850, currency: 'EUR' })
    expect(first['Qty']?.shown).toEqual({ kind: 'quantity', quantity: 1 })
    expect(cellsOf(sample, 2)['Buyer email']?.shown).toEqual({ kind: 'empty' })
  })

  it('asks for the currency, in the import’s words, until the file’s currency is chosen', async () => {
    const file = await fixture('generic/market-stall-sales.csv')
    const without = await client.imports.readSample({ file, mapping: STALL_MAPPING })
    const message = 'Choose the column that holds the currency, or the currency of the whole file.'
    expect(without.gaps).toEqual([message])
    expect(cellsOf(without, 0)['Total']).toMatchObject({ raw: '18.50', shown: null, problem: message })
    const preview = await resultOf(await client.imports.preview({ file, format: 'generic', mapping: STALL_MAPPING }))
    expect(preview.status === 'rejected' && preview.problems[0]?.message).toBe(message)

    const withCurrency = await client.imports.readSample({ file, mapping: STALL_MAPPING, currency: 'GBP' })
    expect(cellsOf(withCurrency, 1)['Total']?.shown).toEqual({ kind: 'money', minor: 1450, currency: 'GBP' })
  })

  it('refuses cents in a currency of whole units, pointing at the currency chosen, rather than rounding them', async () => {
    const file = await fixture('generic/market-stall-sales.csv')
    const sample = await client.imports.readSample({ file, mapping: STALL_MAPPING, currency: 'JPY' })
    const message = '“18.50” has a fraction, but JPY amounts are whole numbers. Check the currency chosen for this file.'
    expect(cellsOf(sample, 0)['Total']).toMatchObject({ raw: '18.50', shown: null, problem: message })
    const preview = await resultOf(await client.imports.preview({ file, format: 'generic', mapping: STALL_MAPPING, currency: 'JPY' }))
    expect(preview.status === 'rejected' && preview.problems.map((p) => p.message)).toContain(message)
  })

  it('shows, beside an unreadable cell, the message the import rejects the file with', async () => {
    const file = csv('id,date,currency,total\nA-1,2026-01-05,EUR,12.5O\nA-2,05/01/2026,EUR,3.00\n')
    const mapping: GenericMapping = { columns: { orderId: 'id', placedAt: 'date', currency: 'currency', total: 'total' }, dateFormat: 'iso', decimalSeparator: '.' }
    const sample = await client.imports.readSample({ file, mapping })
    const preview = await resultOf(await client.imports.preview({ file, format: 'generic', mapping }))
    if (preview.status !== 'rejected') throw new Error(`expected a rejection, got ${preview.status}`)
    const rejected = (line: number, column: string) => preview.problems.find((p) => p.line === line && p.column === column)?.message

    expect(cellsOf(sample, 0)['total']).toMatchObject({ raw: '12.5O', shown: null, problem: rejected(2, 'total') })
    expect(cellsOf(sample, 1)['date']).toMatchObject({ raw: '05/01/2026', shown: null, problem: rejected(3, 'date') })
    expect(cellsOf(sample, 0)['total']?.problem).toContain('“12.5O” is not an amount')
    expect(cellsOf(sample, 1)['total']?.problem).toBeNull()
  })

  it('reads an order’s later rows as the import does: the order’s fields from its first row, the items from every row', async () => {
    const sample = await client.imports.readSample({ file: await fixture('generic/bestellungen.csv'), mapping: GERMAN_MAPPING })
    const first = cellsOf(sample, 0)
    const second = cellsOf(sample, 1)
    const third = cellsOf(sample, 2)
    expect(first['Datum']?.shown).toEqual({ kind: 'date', iso: '2026-02-03T19:30:00.000Z', dateOnly: false })
    expect(first['E-Mail']?.shown).toEqual({ kind: 'text', text: 'lena.vogel@example.de' })
    expect(second['Datum']).toMatchObject({ raw: '', shown: { kind: 'not-read', reason: "Read from the order's first row (line 2)." }, problem: null })
    expect(second['Währung']?.shown).toMatchObject({ kind: 'not-read' })
    expect(second['Gesamt']?.shown).toEqual({ kind: 'empty' })
    expect(second['Einzelpreis']?.shown).toEqual({ kind: 'money', minor: 8700, currency: 'EUR' })
    expect(third['Datum']?.shown).toEqual({ kind: 'date', iso: '2026-02-04T05:00:00.000Z', dateOnly: true })
    expect(third['Gesamt']?.shown).toEqual({ kind: 'money', minor: 123450, currency: 'EUR' })
  })

  it('says what the import warns about and imports anyway', async () => {
    const sample = await client.imports.readSample({ file: await fixture('generic/bestellungen.csv'), mapping: GERMAN_MAPPING })
    expect(cellsOf(sample, 0)['Status']).toMatchObject({
      shown: { kind: 'status', financial: 'unknown', fulfillment: 'unknown' },
      problem: null,
      warning: '“bezahlt” is not a status this app knows for this file, so it is read as unknown.',
    })
  })

  it('reads a mapping still being made as far as it goes, and lists what it lacks', async () => {
    const sample = await client.imports.readSample({
      file: await fixture('generic/old-shop-orders.csv'),
      mapping: { columns: { placedAt: 'date' }, dateFormat: 'iso', decimalSeparator: '.' },
    })
    expect(sample.gaps).toEqual([
      'Choose the column that holds the order id or order number.',
      'Choose the column that holds the order total or the item price.',
      'Choose the column that holds the currency, or the currency of the whole file.',
    ])
    expect(sample.rows.map((row) => row.cells.map((cell) => cell.shown))).toEqual([
      [{ kind: 'date', iso: '2026-01-05T05:00:00.000Z', dateOnly: true }],
      [{ kind: 'date', iso: '2026-01-06T05:00:00.000Z', dateOnly: true }],
      [{ kind: 'date', iso: '2026-01-06T05:00:00.000Z', dateOnly: true }],
    ])
  })

  it('reads the file in the encoding the user chose', async () => {
    const file = await fixture('generic/bestellungen-windows-1252.csv')
    const mapping: GenericMapping = { columns: { orderId: 'Bestellnummer', lastName: 'Nachname' }, dateFormat: 'dmy', decimalSeparator: ',' }
    expect(cellsOf(await client.imports.readSample({ file, mapping }), 0)['Nachname']?.shown).toEqual({ kind: 'text', text: 'Müller' })
    await expect(client.imports.readSample({ file, mapping, encoding: 'utf-8' })).rejects.toMatchObject({ code: 'IMPORT_REJECTED' })
  })

  it('refuses a mapping naming a column the file does not have', async () => {
    const file = await fixture('generic/old-shop-orders.csv')
    await expect(client.imports.readSample({ file, mapping: { ...STALL_MAPPING } })).rejects.toMatchObject({
      code: 'IMPORT_REJECTED',
      message: expect.stringContaining('mapped to a column “Receipt” that this file does not have'),
    })
  })
})
