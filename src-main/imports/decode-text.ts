import { rejectImport } from './import-problems'

export const TEXT_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'] as const
export type TextEncodingName = (typeof TEXT_ENCODINGS)[number]

const ENCODING_LABELS: Record<TextEncodingName, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'windows-1252': 'Windows-1252',
}

interface Signature {
  bytes: readonly number[]
  what: string
}

/** Files people pick by mistake: a spreadsheet, a screenshot, a PDF invoice, a zipped export. */
const NOT_TEXT_SIGNATURES: readonly Signature[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'a PDF document' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive or an Excel workbook (.xlsx)' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an old Excel workbook (.xls)' },
  { bytes: [0x1f, 0x8b], what: 'a gzip archive' },
]

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, index) => bytes[index] === byte)
}

function bomEncoding(head: Uint8Array): TextEncodingName | null {
  if (startsWith(head, [0xef, 0xbb, 0xbf])) return 'utf-8'
  if (startsWith(head, [0xff, 0xfe])) return 'utf-16le'
  if (startsWith(head, [0xfe, 0xff])) return 'utf-16be'
  return null
}

/** UTF-16 text without a BOM shows up as a NUL byte beside nearly every ASCII character. */
function bomlessUtf16(head: Uint8Array): TextEncodingName | null {
  const length = Math.min(head.length, 4096) & ~1
  if (length < 4) return null
  let zerosAtEven = 0
  let zerosAtOdd = 0
  for (let index = 0; index < length; index += 2) {
    if (head[index] === 0) zerosAtEven++
    if (head[index + 1] === 0) zerosAtOdd++
  }
  const pairs = length / 2
  if (zerosAtOdd > pairs * 0.4 && zerosAtEven < pairs * 0.05) return 'utf-16le'
  if (zerosAtEven > pairs * 0.4 && zerosAtOdd < pairs * 0.05) return 'utf-16be'
  return null
}

function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1
  for (let index = 0; index < offset; index++) if (bytes[index] === 0x0a) line++
  return line
}

function rejectNotText(fileName: string, what: string): never {
  return rejectImport({
    file: fileName,
    line: null,
    column: null,
    value: null,
    message: `This is not a CSV file: it looks like ${what}. Export the report again as CSV (in Excel: File › Save As › “CSV UTF-8”) and import that file.`,
  })
}

function isValidUtf8(head: Uint8Array, endOfFile: boolean): boolean {
  try {
    // stream: a 64 KB head may end in the middle of a multi-byte character.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: !endOfFile })
    return true
  } catch {
    return false
  }
}

/** Bytes Windows-1252 leaves undefined, and control characters no text export contains. */
function firstNonCp1252TextByte(bytes: Uint8Array): number {
  for (let index = 0; index < bytes.length; index++) {
    const byte = bytes[index] ?? 0
    if (byte === 0x81 || byte === 0x8d || byte === 0x8f || byte === 0x90 || byte === 0x9d) return index
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) return index
  }
  return -1
}

/**
 * In Windows-1252 text a byte above 0x7F is one accented letter or sign
 * between ASCII letters (`Müller`, `Größe`); runs of three or more are what
 * double-byte encodings (Shift_JIS, GBK) look like. The start of the first
 * such run, when most high bytes sit in them; else -1.
 */
function firstMultiByteRun(bytes: Uint8Array): number {
  let highBytes = 0
  let inRuns = 0
  let firstRun = -1
  let runStart = -1
  const closeRun = (end: number) => {
    if (runStart !== -1 && end - runStart >= 3) {
      inRuns += end - runStart
      if (firstRun === -1) firstRun = runStart
    }
    runStart = -1
  }
  for (let index = 0; index < bytes.length; index++) {
    if ((bytes[index] ?? 0) < 0x80) {
      closeRun(index)
      continue
    }
    highBytes++
    if (runStart === -1) runStart = index
  }
  closeRun(bytes.length)
  return highBytes >= 4 && inRuns * 2 >= highBytes ? firstRun : -1
}

function hex(byte: number): string {
  return `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`
}

/** Rejects a spreadsheet, image, PDF or archive picked by mistake, whatever encoding was chosen. */
export function rejectIfNotText(head: Uint8Array, fileName: string): void {
  const signature = NOT_TEXT_SIGNATURES.find((candidate) => startsWith(head, candidate.bytes))
  if (signature !== undefined) rejectNotText(fileName, signature.what)
}

/**
 * Guesses the text encoding from the start of the file: a BOM decides; else
 * strict UTF-8 if every byte sequence is valid; else Windows-1252 (what Excel
 * writes on Windows) if the bytes are plausible text in it. Statistical
 * detectors guess wrong on short files, so there is no further guessing: the
 * preview lets the user override.
 */
export function detectEncoding(head: Uint8Array, fileName: string, endOfFile: boolean): TextEncodingName {
  const bom = bomEncoding(head)
  if (bom !== null) return bom
  const utf16 = bomlessUtf16(head)
  if (utf16 !== null) {
    rejectImport({
      file: fileName,
      line: null,
      column: null,
      value: null,
      message: `This file looks like ${ENCODING_LABELS[utf16]} text without a byte-order mark, so its encoding can't be told for sure. Choose “${ENCODING_LABELS[utf16]}” as the encoding in the preview, or save the file again as “CSV UTF-8”.`,
    })
  }
  const nul = head.indexOf(0)
  if (nul !== -1) rejectNotText(fileName, `a binary file (it contains a NUL byte on line ${lineOfByte(head, nul)})`)
  if (isValidUtf8(head, endOfFile)) return 'utf-8'
  const undefinedByte = firstNonCp1252TextByte(head)
  const offending = undefinedByte !== -1 ? undefinedByte : firstMultiByteRun(head)
  if (offending !== -1) {
    rejectImport({
      file: fileName,
      line: lineOfByte(head, offending),
      column: null,
      value: hex(head[offending] ?? 0),
      message: 'The text in this file is neither UTF-8 nor Windows-1252, so names and addresses would come out garbled. Export the file again as “CSV UTF-8”, or choose the right encoding in the preview.',
    })
  }
  return 'windows-1252'
}

function newDecoder(encoding: TextEncodingName): TextDecoder {
  // Windows-1252 maps every byte, so only the Unicode encodings can be strict.
  return new TextDecoder(encoding, { fatal: encoding !== 'windows-1252' })
}

function countLineFeeds(text: string): number {
  let count = 0
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) count++
  return count
}

function rejectUndecodable(fileName: string, encoding: TextEncodingName, line: number): never {
  return rejectImport({
    file: fileName,
    line,
    column: null,
    value: null,
    message:
      encoding === 'utf-8'
        ? 'This line is not valid UTF-8 text (if the start of the file was, the file mixes encodings). Choose “Windows-1252” in the preview if the names look right that way, or export the file again as “CSV UTF-8”.'
        : `This line is not valid ${ENCODING_LABELS[encoding]} text. Choose another encoding in the preview, or export the file again as “CSV UTF-8”.`,
  })
}

/** Where the first undecodable byte of a chunk falls, counted in lines from the chunk's start. */
function linesBeforeFirstBadByte(chunk: Uint8Array, encoding: TextEncodingName): number {
  const lenient = new TextDecoder(encoding).decode(chunk, { stream: true })
  const bad = lenient.indexOf('\uFFFD')
  return countLineFeeds(bad === -1 ? lenient : lenient.slice(0, bad))
}

/** Decodes the start of a file for the preview (the last, possibly cut, character is held back). */
export function decodeHead(head: Uint8Array, encoding: TextEncodingName, fileName: string, endOfFile: boolean): string {
  try {
    // Always in stream mode: Node 20 decodes Windows-1252 as Latin-1 (0x92 -> U+0092, not ’) when not streaming.
    const decoder = newDecoder(encoding)
    const text = decoder.decode(head, { stream: true })
    return endOfFile ? text + decoder.decode() : text
  } catch {
    return rejectUndecodable(fileName, encoding, 1 + linesBeforeFirstBadByte(head, encoding))
  }
}

/**
 * Decodes a byte stream chunk by chunk. Characters split across chunks are
 * carried over by the decoder; a byte sequence that is invalid in the chosen
 * encoding rejects the file with its line number. The BOM is dropped.
 */
export async function* decodeChunks(
  chunks: AsyncIterable<Uint8Array>,
  encoding: TextEncodingName,
  fileName: string,
  /** Sees each piece of text with the line it starts on (to look for garbled text). */
  watch?: (text: string, firstLine: number) => void,
): AsyncGenerator<string> {
  const decoder = newDecoder(encoding)
  let lineFeeds = 0
  for await (const chunk of chunks) {
    let text: string
    try {
      text = decoder.decode(chunk, { stream: true })
    } catch {
      return rejectUndecodable(fileName, encoding, 1 + lineFeeds + linesBeforeFirstBadByte(chunk, encoding))
    }
    watch?.(text, 1 + lineFeeds)
    lineFeeds += countLineFeeds(text)
    if (text.length > 0) yield text
  }
  let rest: string
  try {
    rest = decoder.decode()
  } catch {
    return rejectUndecodable(fileName, encoding, 1 + lineFeeds)
  }
  if (rest.length > 0) yield rest
}

/**
 * UTF-8 text that was read as Windows-1252 and saved again as UTF-8 (Excel
 * does this): `é` becomes `Ã©`, `’` becomes `â€™`. A lead character followed
 * by what a UTF-8 continuation byte looks like in Windows-1252 is the tell.
 */
const MOJIBAKE_LEADS = ['Ã', 'Â', 'â']
const MOJIBAKE_PAIR =
  /^(?:[ÂÃ][\u00A0-\u00BF\u20AC\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u017D\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u017E\u0178]|â€)/

export interface MojibakeSighting {
  /** 0-based index in the text. */
  index: number
  /** 1-based line within the text. */
  line: number
  sample: string
}

/** The first sighting. The lead characters are rare in clean text, so searching for them first keeps a 370 MB file cheap. */
export function findMojibake(text: string): MojibakeSighting | null {
  let first = -1
  for (const lead of MOJIBAKE_LEADS) {
    for (let index = text.indexOf(lead); index !== -1 && (first === -1 || index < first); index = text.indexOf(lead, index + 1)) {
      if (MOJIBAKE_PAIR.test(text.slice(index, index + 2))) {
        first = index
        break
      }
    }
  }
  if (first === -1) return null
  const lineStart = text.lastIndexOf('\n', first) + 1
  const lineEnd = text.indexOf('\n', first)
  const end = Math.min(lineEnd === -1 ? text.length : lineEnd, first + 16)
  return { index: first, line: 1 + countLineFeeds(text.slice(0, first)), sample: text.slice(Math.max(first - 12, lineStart), end) }
}

export function mojibakeWarningMessage(sample: string): string {
  return `Some text looks garbled (“${sample}”): the file was probably opened and saved again by Excel, which turns “é” into “Ã©”. Export it again from the platform, or check the names in the preview before importing.`
}
