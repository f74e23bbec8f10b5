import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { decodeChunks, decodeHead, detectEncoding, findMojibake, rejectIfNotText } from '../../src-main/imports/decode-text'
import { fixturePath, rejectionOf } from '../support/read-import'

const bytes = (...values: number[]) => new Uint8Array(values)
const ascii = (text: string) => new TextEncoder().encode(text)

async function decodeAll(parts: Uint8Array[], encoding: Parameters<typeof decodeChunks>[1]): Promise<string> {
  async function* chunks() {
    yield* parts
  }
  let text = ''
  for await (const piece of decodeChunks(chunks(), encoding, 'test.csv')) text += piece
  return text
}

describe('recognising the text encoding', () => {
  it('trusts a byte-order mark', () => {
    expect(detectEncoding(bytes(0xef, 0xbb, 0xbf, 0x41), 'a.csv', true)).toBe('utf-8')
    expect(detectEncoding(bytes(0xff, 0xfe, 0x41, 0x00), 'a.csv', true)).toBe('utf-16le')
    expect(detectEncoding(bytes(0xfe, 0xff, 0x00, 0x41), 'a.csv', true)).toBe('utf-16be')
  })

  it('takes valid UTF-8 as UTF-8, even when the head cuts a character in two', () => {
    const text = ascii('Name,City\nHélène,Montréal\n')
    expect(detectEncoding(text, 'a.csv', true)).toBe('utf-8')
    const cut = text.subarray(0, text.indexOf(0xa9))
    expect(detectEncoding(cut, 'a.csv', false)).toBe('utf-8')
  })

  it('falls back to Windows-1252 for what Excel writes on Windows', () => {
    expect(detectEncoding(fs.readFileSync(fixturePath('shopify-customers/customers_windows1252.csv')), 'c.csv', true)).toBe('windows-1252')
  })

  it('rejects bytes that are neither UTF-8 nor Windows-1252, naming the line', async () => {
    const { problems } = await rejectionOf(Promise.resolve().then(() => detectEncoding(fs.readFileSync(fixturePath('malformed/shift-jis.csv')), 'shift-jis.csv', true)))
    expect(problems[0]).toMatchObject({ line: 3, value: '0x96' })
    expect(problems[0]?.message).toContain('neither UTF-8 nor Windows-1252')
  })

  it('rejects UTF-16 without a byte-order mark rather than guessing', async () => {
    const { message } = await rejectionOf(Promise.resolve().then(() => detectEncoding(fs.readFileSync(fixturePath('malformed/utf16-no-bom.csv')), 'u.csv', true)))
    expect(message).toContain('UTF-16 LE text without a byte-order mark')
  })

  it('rejects a picture, a PDF or a workbook renamed .csv', async () => {
    const png = await rejectionOf(Promise.resolve().then(() => rejectIfNotText(fs.readFileSync(fixturePath('malformed/screenshot.csv')), 'screenshot.csv')))
    expect(png.message).toContain('This is not a CSV file: it looks like a PNG image')
    const nul = await rejectionOf(Promise.resolve().then(() => detectEncoding(bytes(0x41, 0x42, 0x0a, 0x43, 0x00, 0x44, 0x45, 0x46, 0x47), 'x.csv', true)))
    expect(nul.message).toContain('a binary file (it contains a NUL byte on line 2)')
  })
})

describe('decoding a stream', () => {
  it('joins a character split across chunks', async () => {
    const text = ascii('Zoë’s café')
    const split = text.indexOf(0x99)
    expect(await decodeAll([text.subarray(0, split), text.subarray(split)], 'utf-8')).toBe('Zoë’s café')
  })

  it('drops the byte-order mark', async () => {
    expect(await decodeAll([bytes(0xef, 0xbb), bytes(0xbf, 0x41)], 'utf-8')).toBe('A')
    expect(await decodeAll([bytes(0xff, 0xfe, 0x41, 0x00, 0xe9, 0x00)], 'utf-16le')).toBe('Aé')
  })

  it('rejects invalid UTF-8 further down the file with its line', async () => {
    const { problems } = await rejectionOf(decodeAll([ascii('a\nb\n'), bytes(0x63, 0x0a, 0x64, 0xe9, 0x0a)], 'utf-8'))
    expect(problems[0]).toMatchObject({ file: 'test.csv', line: 4 })
    expect(problems[0]?.message).toContain('Windows-1252')
  })

  it('decodes Windows-1252 curly quotes and accents, in a stream and in a whole small file', async () => {
    expect(await decodeAll([bytes(0x48, 0xe9, 0x6c, 0xe8, 0x6e, 0x65, 0x92)], 'windows-1252')).toBe('Hélène’')
    expect(decodeHead(bytes(0x48, 0xe9, 0x92, 0x83), 'windows-1252', 'x.csv', true)).toBe('Hé’ƒ')
  })
})

describe('spotting garbled text', () => {
  it('finds UTF-8 read as Windows-1252 and saved again', () => {
    expect(findMojibake('ok\nLÃ© Hoa Tran,MontrÃ©al')).toEqual({ index: 4, line: 2, sample: 'LÃ© Hoa Tran,Mont' })
    expect(findMojibake('8 Place de lâ€™Église')?.index).toBe(12)
  })

  it('leaves clean text alone, Portuguese Ã included', () => {
    expect(findMojibake('Hélène, Montréal, SÃO PAULO, São Tomé')).toBeNull()
  })
})
