import { describe, expect, it } from 'vitest'
import { currencyExponent, hasFractionWithoutMinorUnit, normaliseCurrencyCode, parseMoney, plainMinorUnits, readAmount } from '../../src-main/imports/parse-money'

describe('reading amounts into minor units', () => {
  it.each([
    ['14997.00', 'USD', 1_499_700],
    ['70', 'USD', 7000],
    ['3.3', 'USD', 330],
    ['25.5', 'USD', 2550],
    ['-0', 'USD', 0],
    ['0.00', 'GBP', 0],
    ['$8.00', 'USD', 800],
    ['-$7.00', 'USD', -700],
    ['$-7.00', 'USD', -700],
    ['(33.62)', 'USD', -3362],
    ['($33.62)', 'USD', -3362],
    ['$1,240.00 ', 'USD', 124_000],
    ['AU $3,000.00', 'AUD', 300_000],
    ['৳2,999', 'BDT', 299_900],
    ['£31.12', 'GBP', 3112],
    ['1500', 'JPY', 1500],
    ['1.234', 'BHD', 1234],
  ])('reads %j in %s as %d', (raw, currency, minor) => {
    expect(parseMoney(raw, currency)).toBe(minor)
  })

  it.each([
    ['EUR 90,00', 9000],
    ['116,99 €', 11_699],
    ['1.234,56', 123_456],
    ['-12,5', -1250],
  ])('reads %j with a decimal comma', (raw, minor) => {
    expect(parseMoney(raw, 'EUR', ',')).toBe(minor)
  })

  it('never goes through a float: 0.1 + 0.2 style sums stay exact', () => {
    expect(parseMoney('0.29', 'USD')).toBe(29)
    expect(parseMoney('1.005', 'USD')).toBe(101)
    expect(parseMoney('12.300000000000001', 'USD')).toBe(1230)
  })

  it('reads whole units of a currency without minor units, and refuses a fraction of one rather than round it', () => {
    expect(parseMoney('1500.00', 'JPY')).toBe(1500)
    expect(parseMoney('¥1,500', 'JPY')).toBe(1500)
    expect(parseMoney('1499.9999999999998', 'JPY')).toBe(1500)
    expect(parseMoney('14.50', 'JPY')).toBeNull()
    expect(plainMinorUnits('14.50', 0)).toBeNull()
    expect(hasFractionWithoutMinorUnit(readAmount('14.50')!, 'JPY')).toBe(true)
    expect(hasFractionWithoutMinorUnit(readAmount('14.50')!, 'USD')).toBe(false)
  })

  it.each(['12.5O', 'abc', '1,2,3', '12,50', '$', '--5', '(-5)', '1.5E+3', 'USD 5 EUR'])('refuses %j', (raw) => {
    expect(parseMoney(raw, 'USD')).toBeNull()
  })

  it('says which currency a cell names, and flags a bare dollar', () => {
    expect(readAmount('AU $3,000.00')?.currency).toBe('AUD')
    expect(readAmount('C $12.00')?.currency).toBe('CAD')
    expect(readAmount('116,99 €', ',')?.currency).toBe('EUR')
    expect(readAmount('EUR 90,00', ',')?.currency).toBe('EUR')
    expect(readAmount('$8.00')).toMatchObject({ currency: null, bareDollar: true })
    expect(readAmount('8.00')).toMatchObject({ currency: null, bareDollar: false })
  })

  it('takes the exponent of each currency from Intl', () => {
    expect(currencyExponent('USD')).toBe(2)
    expect(currencyExponent('JPY')).toBe(0)
    expect(currencyExponent('BHD')).toBe(3)
  })

  it('knows a currency code from three letters that are not one', () => {
    expect(normaliseCurrencyCode(' gbp ')).toBe('GBP')
    expect(normaliseCurrencyCode('PCS')).toBeNull()
    expect(normaliseCurrencyCode('US')).toBeNull()
  })

  it('reads plain decimals on the fast path exactly as the general reader does', () => {
    for (const raw of ['0', '7', '-7', '12.34', '12.345', '12.355', '-0.005', '999999999999.99', '3.', '.5', '1,000', ' 5']) {
      const fast = plainMinorUnits(raw, 2)
      if (fast !== null) expect(fast).toBe(parseMoney(raw, 'USD'))
    }
    expect(plainMinorUnits('12.345', 2)).toBe(1235)
    expect(plainMinorUnits('1,000', 2)).toBeNull()
  })
})
