import { describe, expect, it } from 'vitest'
import { guessLineBreak, parseCsvText, StrictCsvParser, type CsvDialect } from '../../src-main/imports/csv-rows'
import { cleanHeader, DataRowCheck, findHeaderRow, guessHeaderRow, isFooterRow } from '../../src-main/imports/csv-table'
import { rejectionOf } from '../support/read-import'

const comma: CsvDialect = { delimiter: ',', lineBreak: '\n', quoted: true }
const rows = (text: string, dialect: CsvDialect = comma) => parseCsvText(text, dialect, 'test.csv', true)

/** Feeds the text a few characters at a time, as a stream would. */
function rowsInPieces(text: string, size: number, dialect: CsvDialect = comma) {
  const parser = new StrictCsvParser(dialect, 'test.csv')
  const result = []
  for (let offset = 0; offset < text.length; offset += size) result.push(...parser.push(text.slice(offset, offset + size)))
  result.push(...parser.end())
  return result
}

const TRICKY = 'id,note,city\n1,"two\nlines",Leeds\n2,"says ""hi""",York\n3,"a, b",\n4,,"Hull"\n'

describe('reading CSV rows strictly', () => {
  it('reads quoted line breaks, doubled quotes, commas and empty cells, with physical line numbers', () => {
    expect(rows(TRICKY)).toEqual([
      { cells: ['id', 'note', 'city'], line: 1 },
      { cells: ['1', 'two\nlines', 'Leeds'], line: 2 },
      { cells: ['2', 'says "hi"', 'York'], line: 4 },
      { cells: ['3', 'a, b', ''], line: 5 },
      { cells: ['4', '', 'Hull'], line: 6 },
    ])
  })

  it('gives the same rows and lines whatever the chunk boundaries', () => {
    const whole = rows(TRICKY)
    for (const size of [1, 2, 3, 5, 7, 13]) expect(rowsInPieces(TRICKY, size)).toEqual(whole)
  })

  it('reads CRLF files, and line breaks inside values of CRLF files', () => {
    const text = 'a,b\r\n1,"x\r\ny"\r\n2,z\r\n'
    const dialect: CsvDialect = { ...comma, lineBreak: guessLineBreak(text) }
    expect(dialect.lineBreak).toBe('\r\n')
    expect(rowsInPieces(text, 4, dialect).map((row) => [row.cells, row.line])).toEqual([
      [['a', 'b'], 1],
      [['1', 'x\r\ny'], 2],
      [['2', 'z'], 4],
    ])
  })

  it('guesses line breaks as papaparse does', () => {
    expect(guessLineBreak('a\nb\n')).toBe('\n')
    expect(guessLineBreak('a\r\nb\r\n')).toBe('\r\n')
    expect(guessLineBreak('a\rb\r')).toBe('\r')
  })

  it('keeps quotes as plain characters in reports that never quote (Amazon)', () => {
    const tsv: CsvDialect = { delimiter: '\t', lineBreak: '\n', quoted: false }
    expect(rows('sku\ttitle\nA1\t"Best" Mug\n', tsv)[1]?.cells).toEqual(['A1', '"Best" Mug'])
  })

  it('rejects an unclosed quote, naming the line where the quoted value starts', async () => {
    const parser = new StrictCsvParser(comma, 'test.csv')
    parser.nameColumns(['id', 'note'])
    parser.push('id,note\n1,ok\n2,"never closed\n3,x\n')
    const { problems, message } = await rejectionOf(Promise.resolve().then(() => parser.end()))
    expect(problems[0]).toMatchObject({ line: 3, column: 'note', value: '"never closed\n3,x\n' })
    expect(message).toContain('never closed')
  })

  it('rejects a quote that is not doubled inside a quoted value', async () => {
    const { problems } = await rejectionOf(Promise.resolve().then(() => rows('id,title\n1,"12" pan"\n')))
    expect(problems[0]).toMatchObject({ line: 2, column: 'column 2' })
    expect(problems[0]?.message).toContain('not doubled')
  })

  it('accepts a stray quote inside an unquoted value, as eBay titles have', () => {
    expect(rows('id,title\n1,Vintage 12" Pizza Pan\n')[1]?.cells).toEqual(['1', 'Vintage 12" Pizza Pan'])
  })

  it('rejects a row that never ends (an unclosed quote swallowing a big file) once it passes 4 MB', async () => {
    const parser = new StrictCsvParser(comma, 'big.csv')
    parser.push('id,note\n1,"open\n')
    const piece = 'x'.repeat(1024 * 1024)
    const { problems } = await rejectionOf(
      Promise.resolve().then(() => {
        for (let index = 0; index < 5; index++) parser.push(piece)
      }),
    )
    expect(problems[0]).toMatchObject({ line: 2 })
    expect(problems[0]?.message).toContain('never closed')
  })
})

describe('finding the table in the rows', () => {
  it('cleans header cells: BOM, a leading tab, padding', () => {
    expect(cleanHeader(['\uFEFFName', '\tSales Record Number', ' Email ', 'ï»¿Id'])).toEqual(['Name', 'Sales Record Number', 'Email', 'Id'])
  })

  it('finds the header below a preamble by its column names', () => {
    const parsed = rows(',,,\n"Seller","me"\n\nOrder,Total,Date,Buyer\n1,2,3,4\n')
    expect(findHeaderRow(parsed, (header) => header.includes('Total') && header.includes('Order'))).toBe(3)
  })

  it('guesses the header of an unknown file as the first full-width row', () => {
    expect(guessHeaderRow(rows('Report for May\n\na,b,c\n1,2,3\n4,5,6\n'))).toBe(2)
  })

  it('knows eBay footers', () => {
    expect(isFooterRow(['2', 'record(s) downloaded', 'from Sep-01-26 to Sep-30-26'])).toBe(true)
    expect(isFooterRow(['4', ' record(s) downloaded', 'from ', 'Jan-18-16'])).toBe(true)
    expect(isFooterRow(['Seller ID : aftersale_test_shop'])).toBe(true)
    expect(isFooterRow(['1042', '12-34567-89012'])).toBe(false)
  })

  it('skips blank rows, stops at a footer and rejects a row of the wrong width', async () => {
    const check = new DataRowCheck(['a', 'b', 'c'], 'test.csv', ',')
    expect(check.verdict({ cells: ['', ' ', ''], line: 2 })).toBe('skip')
    expect(check.verdict({ cells: [''], line: 3 })).toBe('skip')
    expect(check.verdict({ cells: ['1', '2', '3'], line: 4 })).toBe('data')
    expect(check.verdict({ cells: ['2', 'record(s) downloaded'], line: 5 })).toBe('end')
    const { problems } = await rejectionOf(Promise.resolve().then(() => check.verdict({ cells: ['1', '2', '3', '4'], line: 9 })))
    expect(problems[0]).toMatchObject({ line: 9, value: '1,2,3,4' })
    expect(problems[0]?.message).toContain('4 columns but the header has 3')
  })
})
