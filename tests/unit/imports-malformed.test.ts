import { describe, expect, it } from 'vitest'
import { readFixture, readText, rejectionOf } from '../support/read-import'

/** Each broken file is rejected as a whole, with where, what and what to do. */
describe('rejecting malformed files', () => {
  it('an unclosed quote: the line where the quoted value starts, its column and its start', async () => {
    const { message, problems } = await rejectionOf(readFixture('malformed/unclosed-quote.csv'))
    expect(problems[0]).toMatchObject({ file: 'unclosed-quote.csv', line: 3, column: 'Lineitem name' })
    expect(problems[0]?.value?.startsWith('"Mug, large,fine\n#3,')).toBe(true)
    expect(message).toMatch(/^unclosed-quote\.csv can't be imported \(line 3, column “Lineitem name”, value “"Mug, large,fine⏎#3,/)
    expect(message).toContain('never closed')
  })

  it('a file cut short inside a quoted note (a real Shopify customers sample)', async () => {
    const { problems } = await rejectionOf(readFixture('malformed/truncated-customers.csv'))
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatchObject({ line: 3, column: 'Note' })
    expect(problems[0]?.value?.startsWith('"Prefers WhatsApp.\nAsked about')).toBe(true)
    expect(problems[0]?.message).toContain('cut short')
  })

  it('a quote inside a quoted value that is not doubled', async () => {
    const { problems } = await rejectionOf(readFixture('malformed/stray-quote.csv'))
    expect(problems[0]).toMatchObject({ line: 3, column: 'Lineitem name' })
    expect(problems[0]?.value?.startsWith('"Mug "Large" blue"')).toBe(true)
  })

  it('text that is neither UTF-8 nor Windows-1252 (Shift_JIS)', async () => {
    const { problems } = await rejectionOf(readFixture('malformed/shift-jis.csv'))
    expect(problems[0]).toMatchObject({ line: 3, column: null, value: '0x96' })
    expect(problems[0]?.message).toContain('choose the right encoding in the preview')
  })

  it('UTF-16 without a byte-order mark, unless the user chooses the encoding', async () => {
    const { message } = await rejectionOf(readFixture('malformed/utf16-no-bom.csv'))
    expect(message).toContain('Choose “UTF-16 LE” as the encoding in the preview')
    const records = await readFixture('malformed/utf16-no-bom.csv', { encoding: 'utf-16le' })
    expect(records.filter((record) => record.kind === 'order')).toHaveLength(1)
  })

  it('a PNG picture renamed .csv', async () => {
    const { message } = await rejectionOf(readFixture('malformed/screenshot.csv'))
    expect(message).toBe(
      'screenshot.csv can\'t be imported: This is not a CSV file: it looks like a PNG image. Export the report again as CSV (in Excel: File › Save As › “CSV UTF-8”) and import that file.',
    )
  })

  it('an empty file, and one with only blank lines', async () => {
    expect((await rejectionOf(readFixture('malformed/empty.csv'))).message).toContain('The file is empty (0 bytes)')
    expect((await rejectionOf(readText('\n\n  \n'))).message).toContain('The file is empty: it has no header row')
  })

  it('a header and no rows', async () => {
    const { problems } = await rejectionOf(readFixture('malformed/header-only.csv'))
    expect(problems[0]).toMatchObject({ line: 1, column: null })
    expect(problems[0]?.message).toContain('header row but no rows of data')
  })

  it('a missing key column, named with the format', async () => {
    const { problems } = await rejectionOf(readFixture('malformed/missing-order-column.csv'))
    expect(problems[0]).toMatchObject({ line: 1, column: 'Name', value: null })
    expect(problems[0]?.message).toBe('The file has no “Name” column, which a Shopify orders export needs. Check that this is the right file and format, or export it again.')
  })

  it('a missing key column when the user forced the format', async () => {
    const { problems } = await rejectionOf(readText('Date,Customer,Total\n2026-01-01,Ann,5\n', { format: 'etsy-orders' }))
    expect(problems[0]).toMatchObject({ column: 'Order ID' })
    expect(problems[0]?.message).toContain('Etsy sold orders')
  })

  it('a header naming the same column twice', async () => {
    const { problems } = await rejectionOf(readFixture('malformed/duplicated-header.csv'))
    expect(problems[0]).toMatchObject({ line: 1, column: 'Order Total', value: 'Order Total' })
    expect(problems[0]?.message).toContain('two columns named “Order Total”')
  })

  it('a row with more columns than the header', async () => {
    const { problems } = await rejectionOf(readFixture('malformed/wrong-column-count.csv'))
    expect(problems[0]).toMatchObject({ line: 3, column: null })
    expect(problems[0]?.value).toContain('#2,b@example.com,paid')
    expect(problems[0]?.message).toContain('9 columns but the header has 8')
  })

  it('an unreadable amount', async () => {
    const { message, problems } = await rejectionOf(readFixture('malformed/unreadable-amount.csv'))
    expect(problems).toEqual([
      {
        file: 'unreadable-amount.csv',
        line: 3,
        column: 'Total',
        value: '12.5O',
        message: '“12.5O” is not an amount. Correct it in the file (or export the file again), then import it again.',
      },
    ])
    expect(message).toBe(
      'unreadable-amount.csv can\'t be imported (line 3, column “Total”, value “12.5O”): “12.5O” is not an amount. Correct it in the file (or export the file again), then import it again.',
    )
  })

  it('an unreadable date in a required column', async () => {
    const { problems } = await rejectionOf(readFixture('malformed/unreadable-date.csv'))
    expect(problems[0]).toMatchObject({ line: 3, column: 'Created at', value: '31/12/2025 10:00' })
    expect(problems[0]?.message).toContain('is not a date written like “2025-12-07 19:08:25 +0000”')
  })

  it('lists every problem of the file at once, not just the first', async () => {
    const header = 'Name,Email,Financial Status,Created at,Currency,Total,Lineitem quantity,Lineitem name\n'
    const rows = ['#1,a@example.com,paid,2025-12-07 19:08:25 +0000,GBP,1O.00,1,Mug', '#2,b@example.com,paid,yesterday,GBP,10.00,1,Mug', '#3,c@example.com,paid,2025-12-07 19:08:25 +0000,GBPX,10.00,x,Mug']
    const { message, problems } = await rejectionOf(readText(header + rows.join('\n') + '\n'))
    expect(problems.map((problem) => [problem.line, problem.column])).toEqual([
      [2, 'Total'],
      [3, 'Created at'],
      [4, 'Currency'],
    ])
    expect(message).toContain('2 more problems are listed.')
  })

  it('an unreadable optional date is a warning, not a rejection', async () => {
    const records = await readText('Name,Email,Financial Status,Created at,Paid at,Currency,Total,Lineitem quantity,Lineitem name\n#1,a@example.com,paid,2025-12-07 19:08:25 +0000,soon,GBP,10.00,1,Mug\n')
    const order = records.find((record) => record.kind === 'order')
    expect(order?.kind === 'order' && order.order.paidAt).toBeNull()
    expect(records.some((record) => record.kind === 'warning' && record.warning.column === 'Paid at' && record.warning.message.includes('“soon”'))).toBe(true)
  })

  it('a file of no known format, unless the user maps its columns', async () => {
    const { message } = await rejectionOf(readText('colour,size\nred,L\n'))
    expect(message).toContain('not an export this app recognises')
  })
})
