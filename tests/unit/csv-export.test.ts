import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { chooseColumns, type ExportColumn } from '../../src-main/exports/export-columns'
import { countCsvRecords, csvRecords, FORMULA_START } from '../../src-main/exports/csv-text'
import { exportFileName } from '../../src-main/exports/export-file-name'
import { decimalAmount, shopTime } from '../../src-main/exports/export-format'

describe('what papaparse does on its own', () => {
  it('leaves number primitives alone but turns a negative amount written as text into text', () => {
    expect(Papa.unparse([[-2, 1.5]], { escapeFormulae: true })).toBe('-2,1.5')
    expect(Papa.unparse([['-12.50']], { escapeFormulae: true })).toBe(`"'-12.50"`)
  })

  it('lets a formula through when a line break follows it', () => {
    expect(Papa.unparse([['=1+2\nx']], { escapeFormulae: true })).toBe('"=1+2\nx"')
  })
})

describe('CSV records', () => {
  it('neutralises text a spreadsheet would run as a formula', () => {
    const cells = ['=HYPERLINK("http://x","y")', '+1', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd', '=1+2\nx']
    expect(csvRecords([cells])).toBe(`"'=HYPERLINK(""http://x"",""y"")","'+1","'-2+3","'@SUM(A1)","'\tcmd","'\rcmd","'=1+2\nx"\r\n`)
  })

  it('keeps amounts, negative ones too, and counts as numbers', () => {
    expect(csvRecords([['12.50', '-3.00', '-1250', 7, -10, null, 'Zoë Brontë']])).toBe('12.50,-3.00,-1250,7,-10,,Zoë Brontë\r\n')
  })

  it('ends every record with CRLF and quotes what needs it', () => {
    expect(csvRecords([['a', 'b,c'], [' padded', 'say "hi"']])).toBe('a,"b,c"\r\n" padded","say ""hi"""\r\n')
    expect(csvRecords([])).toBe('')
  })

  it('treats only a plain decimal as a number', () => {
    expect(['12.50', '-3', '-0.5', '1250'].map((cell) => FORMULA_START.test(cell))).toEqual([false, false, false, false])
    expect(['-3e2', '-1.', '--1', '-1,5', '+1'].map((cell) => FORMULA_START.test(cell))).toEqual([true, true, true, true, true])
  })

  it('counts records, not the line breaks inside quoted cells', () => {
    const text = csvRecords([['Header'], ['one\r\ntwo'], ['three']])
    expect(countCsvRecords(text)).toBe(3)
  })
})

describe('export values', () => {
  it('writes minor units in the currency’s own unit, sign first', () => {
    expect(decimalAmount(1250, 'USD')).toBe('12.50')
    expect(decimalAmount(5, 'EUR')).toBe('0.05')
    expect(decimalAmount(-300, 'EUR')).toBe('-3.00')
    expect(decimalAmount(1250, 'JPY')).toBe('1250')
    expect(decimalAmount(12345, 'BHD')).toBe('12.345')
    expect(decimalAmount(0, 'GBP')).toBe('0.00')
  })

  it('writes times on the shop’s wall clock, across a daylight-saving change', () => {
    expect(shopTime('2026-01-10T15:04:00.000Z', 'America/New_York')).toBe('2026-01-10 10:04')
    expect(shopTime('2026-07-10T15:04:00.000Z', 'America/New_York')).toBe('2026-07-10 11:04')
    expect(shopTime(null, 'Europe/Paris')).toBeNull()
  })

  it('reads the same wall clock as Intl around every clock change, half-hour and 45-minute zones included', () => {
    for (const timeZone of ['America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Pacific/Chatham', 'Asia/Kathmandu', 'America/Santiago']) {
      const intl = new Intl.DateTimeFormat('sv-SE', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      const differing: string[] = []
      // Every 37 minutes and 11 seconds over two years: each clock change is passed at many different minutes of the day.
      for (let at = Date.UTC(2025, 0, 1); at < Date.UTC(2027, 0, 1); at += 37 * 60_000 + 11_000) {
        const iso = new Date(at).toISOString()
        if (shopTime(iso, timeZone) !== intl.format(new Date(at))) differing.push(iso)
      }
      expect(differing, timeZone).toEqual([])
    }
  })

  it('names the file after the table, the segment and the shop’s day', () => {
    expect(exportFileName('orders', '2026-06-15')).toBe('orders-2026-06-15.csv')
    expect(exportFileName('customers', '2026-06-15', 'At risk')).toBe('customers-at-risk-2026-06-15.csv')
    expect(exportFileName('customers', '2026-06-15', 'Zoë’s VIPs!')).toBe('customers-zoe-s-vips-2026-06-15.csv')
  })
})

describe('choosing columns', () => {
  const all: ExportColumn<{ n: number }>[] = [
    { id: 'a', headers: ['A'], cells: (r) => [r.n] },
    { id: 'b', headers: ['B1', 'B2'], cells: (r) => [r.n, r.n] },
    { id: 'c', headers: ['C'], cells: (r) => [r.n] },
  ]

  it('follows the view’s order and passes over ids it does not know', () => {
    expect(chooseColumns(all, ['c', 'select', 'a', 'c']).map((c) => c.id)).toEqual(['c', 'a'])
  })

  it('gives every column when the view names none it knows', () => {
    expect(chooseColumns(all, []).map((c) => c.id)).toEqual(['a', 'b', 'c'])
    expect(chooseColumns(all, ['select']).map((c) => c.id)).toEqual(['a', 'b', 'c'])
  })
})
