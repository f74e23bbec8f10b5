import type { CsvRow } from '../csv-rows'
import { DATE_SPEC_EXAMPLES, parseDate, type DateSpec } from '../parse-date'
import {
  currencyExponent,
  hasFractionWithoutMinorUnit,
  normaliseCurrencyCode,
  plainMinorUnits,
  readAmount,
  toMinorUnits,
  type AmountReading,
  type DecimalSeparator,
} from '../parse-money'
import type { Column } from './columns'
import type { FormatContext } from './format'

/** Cells that mean "nothing here" in optional fields. */
const PLACEHOLDERS = new Set(['-', '--', 'n/a', 'none', 'scrubbed'])
const LONGEST_PLACEHOLDER = 8

/** Checked on every cell of big files: a glance at the length and first letter spares most values the lower-casing. */
function isPlaceholder(value: string): boolean {
  if (value.length > LONGEST_PLACEHOLDER) return false
  const first = value.charCodeAt(0) | 0x20
  return (first === 0x2d || first === 0x6e || first === 0x73) && PLACEHOLDERS.has(value.toLowerCase())
}

const PLAIN_STATUS = /^[a-z_]*$/

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** `Partially Refunded`, `partially-refunded`, `wc-on-hold` -> `partially_refunded`, `on_hold`. */
export function statusKey(raw: string): string {
  return raw.trim().toLowerCase().replace(/^wc-/, '').replace(/[\s-]+/g, '_')
}

/** A word looked up in a table keyed by statusKey(); own keys only, so a cell saying `constructor` finds nothing. */
export function lookUpWord<T>(table: Readonly<Record<string, T>>, raw: string): T | undefined {
  const key = PLAIN_STATUS.test(raw) ? raw : statusKey(raw)
  return Object.hasOwn(table, key) ? table[key] : undefined
}

export interface PricedAmount {
  minor: number
  currency: string
}

const FIX_IT = 'Correct it in the file (or export the file again), then import it again.'

/**
 * Reads typed values out of a row's cells. Values that can't be read are
 * reported as problems (line, column, raw value) and read as empty, so a
 * reader can carry on and the whole file's problems are listed at once.
 */
export class CellReader {
  private readonly sink: FormatContext['sink']
  private readonly decimalSeparator: DecimalSeparator

  constructor(private readonly context: FormatContext) {
    this.sink = context.sink
    this.decimalSeparator = context.decimalSeparator
  }

  raw(row: CsvRow, column: Column): string {
    return column.index === -1 ? '' : (row.cells[column.index] ?? '')
  }

  /** Trimmed text; empty cells and placeholders (`-`, `N/A`, `scrubbed`…) are null. */
  text(row: CsvRow, column: Column): string | null {
    const value = this.raw(row, column).trim()
    return value === '' || isPlaceholder(value) ? null : value
  }

  /** Ids, phones and zips, without the apostrophe Shopify puts in front to keep Excel off them. */
  identifier(row: CsvRow, column: Column): string | null {
    const value = this.text(row, column)
    if (value === null || !value.startsWith("'")) return value
    const stripped = value.slice(1).trim()
    return stripped === '' ? null : stripped
  }

  /** An identifier the record can't do without; a missing one is a problem. */
  required(row: CsvRow, column: Column, what: string): string | null {
    const value = this.identifier(row, column)
    if (value === null) this.report(row, column, `This ${what} is empty, but every row needs one. ${FIX_IT}`)
    return value
  }

  email(row: CsvRow, column: Column): string | null {
    const value = this.text(row, column)?.toLowerCase() ?? null
    if (value === null || EMAIL.test(value)) return value
    this.sink.warn({
      key: `email:${column.name}`,
      line: row.line,
      column: column.name,
      message: `“${value}” is not an email address, so the order is imported without one.`,
    })
    return null
  }

  currency(row: CsvRow, column: Column): string | null {
    const raw = this.raw(row, column).trim()
    if (raw === '') return null
    const code = normaliseCurrencyCode(raw)
    if (code === null) this.report(row, column, `“${raw}” is not a currency code such as USD, EUR or GBP. ${FIX_IT}`)
    return code
  }

  /** An amount in a known currency; empty cells are null, unreadable ones a problem. */
  optionalMoney(row: CsvRow, column: Column, currency: string): number | null {
    const raw = this.raw(row, column)
    const exponent = this.decimalSeparator === '.' ? currencyExponent(currency) : null
    const plain = exponent === null ? null : plainMinorUnits(raw, exponent)
    if (plain !== null) return plain
    if (this.isEmpty(raw)) return null
    const reading = readAmount(raw, this.decimalSeparator)
    const minor = reading === null ? null : toMinorUnits(reading, currency)
    if (minor === null) this.reportAmount(row, column, raw, reading === null ? null : { reading, currency })
    return minor
  }

  money(row: CsvRow, column: Column, currency: string): number {
    return this.optionalMoney(row, column, currency) ?? 0
  }

  /**
   * An amount whose currency the cell names (`AU $3,000.00`, `116,99 €`).
   * `bareDollar` says what a lone `$` means in this format (eBay.com: US
   * dollars); null leaves it to the user's chosen currency, else US dollars
   * with a warning. Without any mark the user's chosen currency applies.
   */
  pricedMoney(row: CsvRow, column: Column, bareDollar: string | null): PricedAmount | null {
    const raw = this.raw(row, column)
    if (this.isEmpty(raw)) return null
    const reading = readAmount(raw, this.decimalSeparator)
    if (reading === null) {
      this.reportAmount(row, column, raw)
      return null
    }
    const dollar = reading.bareDollar ? (bareDollar ?? this.assumedDollar(row, column)) : null
    const currency = reading.currency ?? dollar ?? this.context.currency
    if (currency === null) {
      this.report(row, column, `“${raw.trim()}” does not say its currency and the file has no currency column. Choose the shop's currency for this import and try again.`)
      return null
    }
    const minor = toMinorUnits(reading, currency)
    if (minor === null) this.reportAmount(row, column, raw, { reading, currency })
    return minor === null ? null : { minor, currency }
  }

  date(row: CsvRow, column: Column, spec: DateSpec, required: boolean): string | null {
    const raw = this.raw(row, column)
    if (this.isEmpty(raw)) {
      if (required) this.report(row, column, `This date is empty, but every row needs one. ${FIX_IT}`)
      return null
    }
    const reading = parseDate(raw, spec, this.context.timeZone)
    if (reading !== null) return reading.iso
    const message = `“${raw.trim()}” is not a date written like “${DATE_SPEC_EXAMPLES[spec]}”.`
    if (required) {
      this.report(row, column, `${message} ${FIX_IT}`)
    } else {
      this.sink.warn({ key: `date:${column.name}`, line: row.line, column: column.name, message: `${message} It is left empty.` })
    }
    return null
  }

  /** A count of items; decimals are allowed (Square sells by weight) and the sign is kept (refund rows). */
  quantity(row: CsvRow, column: Column, required = false): number | null {
    const raw = this.raw(row, column).trim()
    if (raw === '') {
      if (required) this.report(row, column, `The quantity is empty, but every item row needs one. ${FIX_IT}`)
      return null
    }
    if (!/^-?\d+(?:[.,]\d+)?$/.test(raw)) {
      this.report(row, column, `“${raw}” is not a quantity. ${FIX_IT}`)
      return null
    }
    return Number(raw.replace(',', '.'))
  }

  yesNo(row: CsvRow, column: Column): boolean | null {
    const value = this.text(row, column)?.toLowerCase() ?? null
    if (value === null) return null
    if (value === 'yes' || value === 'true' || value === '1' || value === 'y') return true
    if (value === 'no' || value === 'false' || value === '0' || value === 'n') return false
    this.sink.warn({
      key: `yes-no:${column.name}`,
      line: row.line,
      column: column.name,
      message: `“${value}” is neither yes nor no, so it is read as unknown.`,
    })
    return null
  }

  /**
   * A status word looked up in the format's table (keys lower-case, words
   * joined by `_`, `''` for an empty cell). An unknown word is not a reason to
   * reject a file: it reads as `unknown` and is reported once with its count.
   */
  status<T>(row: CsvRow, column: Column, table: Readonly<Record<string, T>>, unknown: T): T {
    const raw = this.text(row, column) ?? ''
    const mapped = lookUpWord(table, raw)
    if (mapped !== undefined) return mapped
    this.sink.warn({
      key: `status:${column.name}:${raw.toLowerCase()}`,
      line: row.line,
      column: column.name,
      message: raw === '' ? 'Rows with an empty status are read as unknown.' : `“${raw}” is not a status this app knows for this file, so it is read as unknown.`,
    })
    return unknown
  }

  /** A comma-separated list in one cell (tags). */
  list(row: CsvRow, column: Column): string[] {
    const value = this.text(row, column)
    if (value === null) return []
    return value
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item !== '')
  }

  report(row: CsvRow, column: Column, message: string): void {
    this.sink.problem({ file: this.context.fileName, line: row.line, column: column.name, value: this.raw(row, column), message })
  }

  private assumedDollar(row: CsvRow, column: Column): string {
    if (this.context.currency !== null) return this.context.currency
    this.sink.warn({
      key: 'bare-dollar',
      line: row.line,
      column: column.name,
      message: 'Amounts written with a bare “$” were read as US dollars. If the shop sells in Canadian, Australian or other dollars, choose that currency for the import and import again.',
    })
    return 'USD'
  }

  private reportAmount(row: CsvRow, column: Column, raw: string, read: { reading: AmountReading; currency: string } | null = null): void {
    if (read !== null && hasFractionWithoutMinorUnit(read.reading, read.currency)) {
      this.report(row, column, `“${raw.trim()}” has a fraction, but ${read.currency} amounts are whole numbers. Check the currency chosen for this file.`)
    } else this.report(row, column, `“${raw.trim()}” is not an amount. ${FIX_IT}`)
  }

  private isEmpty(raw: string): boolean {
    const value = raw.trim()
    return value === '' || isPlaceholder(value)
  }
}
