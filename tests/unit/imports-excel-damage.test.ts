import { describe, expect, it } from 'vitest'
import { ExcelDamageCheck, isExcelSerialDate, isScientificNotation } from '../../src-main/imports/excel-damage'
import { ETSY_ORDERS_HEADER } from '../../src-main/imports/formats/etsy-orders'
import { ordersOf, readText, warningsOf } from '../support/read-import'

describe('traces of an Excel round trip', () => {
  it('tells serial dates and shortened ids from ordinary numbers', () => {
    expect(isExcelSerialDate('45384.3478')).toBe(true)
    expect(isExcelSerialDate('45384')).toBe(true)
    expect(isExcelSerialDate('1500')).toBe(false)
    expect(isExcelSerialDate('99999')).toBe(false)
    expect(isScientificNotation('3.14251E+11')).toBe(true)
    expect(isScientificNotation('314251234567')).toBe(false)
  })

  it('reports each kind of damage once, naming the first line', () => {
    const check = new ExcelDamageCheck(['Order ID', 'Sale Date', 'Ship Zipcode', 'Ship Country'], 'x.csv')
    check.inspect({ cells: ['3.41235E+09', '45384', '6084', 'United States'], line: 2 })
    check.inspect({ cells: ['3.41235E+09', '45385', '2155', 'United States'], line: 3 })
    check.inspect({ cells: ['3412345679', '45386', '1000', 'Germany'], line: 4 })
    expect(check.warnings().map((warning) => [warning.line, warning.column, warning.message.slice(0, 40)])).toEqual([
      [2, 'Order ID', '“3.41235E+09” is a number Excel shortene'],
      [2, 'Sale Date', '“45384” is an Excel date number: the fil'],
      [2, 'Ship Zipcode', 'The US zip code “6084” has lost its lead'],
    ])
  })

  it('reads an Etsy orders file Excel saved as tab-separated text, with four-digit years and short zips', async () => {
    const row = new Map<string, string>([
      ['Sale Date', '12/31/2023'],
      ['Order ID', '3100000001'],
      ['Buyer User ID', '900001'],
      ['Full Name', 'Ann Lee'],
      ['Number of Items', '1'],
      ['Ship Zipcode', '6084'],
      ['Ship Country', 'United States'],
      ['Currency', 'USD'],
      ['Order Value', '10'],
      ['Order Total', '12.5'],
    ])
    const text = `${ETSY_ORDERS_HEADER.join('\t')}\r\n${ETSY_ORDERS_HEADER.map((name) => row.get(name) ?? '').join('\t')}\r\n`
    const records = await readText(text)
    expect(ordersOf(records)[0]).toMatchObject({ placedAt: '2023-12-31T00:00:00.000Z', totalMinor: 1250, shippingAddress: { postalCode: '6084' } })
    expect(warningsOf(records).some((warning) => warning.column === 'Ship Zipcode' && warning.message.includes('lost its leading zero'))).toBe(true)
  })
})
