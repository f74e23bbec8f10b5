import { describe, expect, it } from 'vitest'
import type { ImportedCustomer } from '../../src-main/imports/import-record'
import { ordersOf, readFixture, readText, warningsOf } from '../support/read-import'

describe('Shopify orders export', () => {
  it('groups line rows into orders, with order fields from the first row only', async () => {
    const orders = ordersOf(await readFixture('shopify-orders/orders_export_1.csv'))
    expect(orders.map((order) => [order.orderNumber, order.externalId, order.lines.length, order.at.line])).toEqual([
      ['#1001', '5912345678901', 2, 2],
      ['#1002', '5912345678902', 1, 5],
      ['#1003', '5912345678903', 1, 8],
      ['#1004', '5912345678904', 3, 9],
      ['#1005', '5912345678905', 1, 12],
    ])
  })

  it('reads totals in minor units, dates with the store offset, and the note with its line break', async () => {
    const [first] = ordersOf(await readFixture('shopify-orders/orders_export_1.csv'))
    expect(first).toMatchObject({
      source: 'shopify',
      currency: 'GBP',
      placedAt: '2025-12-07T19:08:25.000Z',
      paidAt: '2025-12-07T19:10:02.000Z',
      fulfilledAt: '2025-12-08T09:00:00.000Z',
      financialStatus: 'paid',
      fulfillmentStatus: 'fulfilled',
      subtotalMinor: 5400,
      discountMinor: 540,
      shippingMinor: 499,
      taxMinor: 983,
      totalMinor: 5899,
      refundedMinor: 0,
      note: 'Please leave with the neighbour at no. 6\nIf nobody is in, use the safe place',
      tags: ['VIP', 'Wholesale'],
      trackingNumber: null,
      buyerEmail: 'alice.martin@example.com',
    })
    expect(first?.lines).toEqual([
      { sku: 'SCARF-TEAL', title: 'Women’s Wool Scarf - Teal', variant: null, vendor: 'Aftersale Test Shop', quantity: 2, unitPriceMinor: 1800, lineDiscountMinor: 360, refundedQuantity: 0 },
      { sku: 'BERET-01', title: 'Felt Beret', variant: null, vendor: 'Aftersale Test Shop', quantity: 1, unitPriceMinor: 1800, lineDiscountMinor: 180, refundedQuantity: 0 },
    ])
    expect(first?.shippingAddress).toMatchObject({ line1: 'The Old Mill, 4 Bridge Street', city: 'Stratford-upon-Avon', countryCode: 'GB' })
  })

  it('identifies the customer by normalised email, with the consent the export states and no time', async () => {
    const orders = ordersOf(await readFixture('shopify-orders/orders_export_1.csv'))
    const customers = orders.map((order) => order.customer)
    expect(customers[0]).toMatchObject({
      identity: { kind: 'email', email: 'alice.martin@example.com', source: 'shopify', externalId: null },
      firstName: 'Alice',
      lastName: 'Martin',
      consent: { status: 'granted', source: 'shopify', at: null },
    } satisfies Partial<ImportedCustomer>)
    expect(customers[1]?.consent).toEqual({ status: 'denied', source: 'shopify', at: null })
    expect(customers[1]).toMatchObject({ firstName: 'Jo', lastName: 'brown' })
  })

  it('imports an order without an email without a customer, and says so once', async () => {
    const records = await readFixture('shopify-orders/orders_export_1.csv')
    const phoneOnly = ordersOf(records).find((order) => order.orderNumber === '#1004')
    expect(phoneOnly?.customer).toBeNull()
    expect(phoneOnly?.buyerName).toBe('Dee Phone-Only')
    expect(warningsOf(records).filter((warning) => warning.message.includes('without an email address'))).toEqual([
      { file: 'orders_export_1.csv', line: 9, column: 'Email', message: 'Orders without an email address are imported without a customer.' },
    ])
  })

  it('reads refunds, cancellations and placeholder zips', async () => {
    const orders = ordersOf(await readFixture('shopify-orders/orders_export_1.csv'))
    const byName = new Map(orders.map((order) => [order.orderNumber, order]))
    expect(byName.get('#1002')).toMatchObject({ financialStatus: 'partially_refunded', refundedMinor: 1250, placedAt: '2026-04-05T17:06:21.000Z' })
    expect(byName.get('#1002')?.shippingAddress?.postalCode).toBeNull()
    expect(byName.get('#1003')).toMatchObject({ financialStatus: 'voided', fulfillmentStatus: 'unfulfilled', cancelledAt: '2025-12-07T13:00:00.000Z' })
    expect(byName.get('#1004')?.fulfillmentStatus).toBe('partially_fulfilled')
    expect(byName.get('#1005')).toMatchObject({ financialStatus: 'refunded', refundedMinor: 12_000, currency: 'USD' })
    expect(byName.get('#1005')?.shippingAddress?.postalCode).toBe('06103')
  })

  it('reads a file re-saved by Excel (BOM, CRLF, serial dates) and warns; a mangled Id falls back to the name', async () => {
    const records = await readFixture('shopify-orders/orders_export_excel.csv')
    const [order] = ordersOf(records)
    expect(order).toMatchObject({ externalId: '#1001', placedAt: '2025-12-07T19:08:25.000Z', paidAt: '2025-12-07T19:10:02.000Z' })
    const messages = warningsOf(records).map((warning) => `${warning.column}: ${warning.message}`)
    expect(messages.some((message) => message.startsWith('Id: “5.91235E+12” is a number Excel shortened'))).toBe(true)
    expect(messages.some((message) => message.startsWith('Paid at: “45998.7986342593” is an Excel date number'))).toBe(true)
    expect(messages.some((message) => message.includes('Orders without a usable Id are identified by their name'))).toBe(true)
  })

  it('reads an older export by column names: fewer trailing columns, "Fulfillment Date"', async () => {
    const header = 'Name,Email,Financial Status,Paid at,Fulfillment Status,Fulfillment Date,Accepts Marketing,Currency,Subtotal,Shipping,Taxes,Total,Created at,Lineitem quantity,Lineitem name,Lineitem price,Lineitem sku'
    const records = await readText(`${header}\n#9,x@example.com,paid,,fulfilled,2020-01-02 10:00:00 +0000,no,EUR,5.00,0.00,0.00,5.00,2020-01-01 10:00:00 +0000,1,Pin,5.00,PIN\n`)
    const [order] = ordersOf(records)
    expect(order).toMatchObject({ externalId: '#9', fulfilledAt: '2020-01-02T10:00:00.000Z', totalMinor: 500 })
  })

  it('reports an unknown status word once, and reads it as unknown', async () => {
    const header = 'Name,Email,Financial Status,Created at,Currency,Total,Lineitem quantity,Lineitem name'
    const rows = ['#1,a@example.com,chargeback,2025-01-01 00:00:00 +0000,GBP,1.00,1,A', '#2,b@example.com,chargeback,2025-01-01 00:00:00 +0000,GBP,1.00,1,A']
    const records = await readText(`${header}\n${rows.join('\n')}\n`)
    expect(ordersOf(records).map((order) => order.financialStatus)).toEqual(['unknown', 'unknown'])
    expect(warningsOf(records).find((warning) => warning.column === 'Financial Status')?.message).toBe(
      '“chargeback” is not a status this app knows for this file, so it is read as unknown. (2 rows; the first is line 2.)',
    )
  })

  it('does not take words such as “constructor” for a status', async () => {
    const header = 'Name,Email,Financial Status,Fulfillment Status,Created at,Currency,Total,Lineitem quantity,Lineitem name'
    const records = await readText(`${header}\n#1,a@example.com,constructor,__proto__,2025-01-01 00:00:00 +0000,GBP,1.00,1,A\n`)
    expect(ordersOf(records)[0]).toMatchObject({ financialStatus: 'unknown', fulfillmentStatus: 'unknown' })
  })

  it('rejects a continuation row whose order has no first row above it (a sorted file)', async () => {
    const header = 'Name,Email,Financial Status,Created at,Currency,Total,Lineitem quantity,Lineitem name'
    const text = `${header}\n#1,a@example.com,paid,2025-01-01 00:00:00 +0000,GBP,1.00,1,A\n#2,a@example.com,,2025-01-01 00:00:00 +0000,,,1,B\n`
    const records = readText(text)
    await expect(records).rejects.toMatchObject({ code: 'IMPORT_REJECTED', details: { problems: [{ line: 3, column: 'Name', value: '#2' }] } })
  })
})

describe('Shopify customers export', () => {
  it('reads the current header: apostrophe ids and phones, consent, tags, multi-line notes', async () => {
    const records = await readFixture('shopify-customers/customers_export.csv')
    const customers = records.flatMap((record) => (record.kind === 'customer' ? [record.customer] : []))
    expect(customers).toHaveLength(4)
    expect(customers[0]).toMatchObject({
      identity: { kind: 'email', email: 'alice.martin@example.com', source: 'shopify', externalId: '7985350000001' },
      phone: '+447700900123',
      consent: { status: 'granted', source: 'shopify', at: null },
      tags: ['VIP', 'Wholesale'],
      address: { line1: 'The Old Mill, 4 Bridge Street', postalCode: 'CV37 6AB', countryCode: 'GB' },
    })
    expect(customers[1]).toMatchObject({ note: 'Called on 3 March:\nwants invoices by post', consent: { status: 'denied' }, address: { postalCode: '54000', phone: '03000000001' } })
    expect(customers[2]).toMatchObject({ identity: { kind: 'buyer', source: 'shopify', externalId: '7985350000003' }, firstName: 'Carmen', address: null })
    expect(customers[3]).toMatchObject({ firstName: 'Dana', lastName: 'O\'Neill', consent: null, address: { postalCode: '04616' } })
  })

  it('reports metafield columns it does not read, once', async () => {
    const warnings = warningsOf(await readFixture('shopify-customers/customers_export.csv'))
    expect(warnings).toContainEqual({
      file: 'customers_export.csv',
      line: 1,
      column: null,
      message: 'These columns are not read, because a Shopify customers export does not usually have them: “Accepts WhatsApp Marketing”, “Fecha de nacimiento (customer.metafields.facts.birth_date)”.',
    })
  })

  it('reads the legacy header and skips customers nothing identifies', async () => {
    const records = await readFixture('shopify-customers/customers_export_legacy.csv')
    const customers = records.flatMap((record) => (record.kind === 'customer' ? [record.customer] : []))
    expect(customers).toHaveLength(1)
    expect(customers[0]).toMatchObject({ identity: { email: 'edith@example.jp', externalId: null }, consent: { status: 'granted' }, address: { countryCode: 'JP', region: '13' } })
    expect(warningsOf(records).map((warning) => warning.message)).toContain('Customers with neither an email address nor a customer ID were skipped: nothing identifies them.')
  })

  it.each(['customers_windows1252.csv', 'customers_utf16le.csv'])('reads accents from %s', async (file) => {
    const records = await readFixture(`shopify-customers/${file}`)
    const customers = records.flatMap((record) => (record.kind === 'customer' ? [record.customer] : []))
    expect(customers.map((customer) => [customer.firstName, customer.lastName, customer.address?.city])).toEqual([
      ['Hélène', 'Dupré', 'Montréal'],
      ['José', 'Muñoz', 'Málaga'],
    ])
    expect(customers[0]?.address?.line1).toBe('8 Place de l’Église')
  })

  it('warns about garbled text from an Excel round trip and imports it as it is', async () => {
    const records = await readFixture('shopify-customers/customers_mojibake.csv')
    const warning = warningsOf(records)[0]
    expect(warning).toMatchObject({ line: 2, column: null })
    expect(warning?.message).toContain('Some text looks garbled (“5350000010,HÃ©lÃ¨ne')
  })
})
