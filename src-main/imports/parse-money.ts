/**
 * Amounts as exports write them, turned into integer minor units with decimal
 * string arithmetic: a binary float never touches money.
 */

export type DecimalSeparator = '.' | ','

export interface AmountReading {
  negative: boolean
  integerDigits: string
  fractionDigits: string
  /** The currency the cell itself names (`£`, `AU $`, `EUR`, `116,99 €`), if it names one. */
  currency: string | null
  /** A bare `$`, which names no country: the format decides what it means. */
  bareDollar: boolean
}

/** Prefixes and suffixes, with spaces and dots removed and upper-cased. */
const CURRENCY_MARKS: Readonly<Record<string, string>> = {
  US$: 'USD',
  AU$: 'AUD',
  A$: 'AUD',
  C$: 'CAD',
  CA$: 'CAD',
  NZ$: 'NZD',
  HK$: 'HKD',
  S$: 'SGD',
  SG$: 'SGD',
  MX$: 'MXN',
  R$: 'BRL',
  '£': 'GBP',
  '€': 'EUR',
  '¥': 'JPY',
  '₹': 'INR',
  RS: 'INR',
  '৳': 'BDT',
  '₩': 'KRW',
  '₺': 'TRY',
  '₱': 'PHP',
  '₪': 'ILS',
  '₫': 'VND',
  '₦': 'NGN',
  ZŁ: 'PLN',
  KČ: 'CZK',
}

const exponents = new Map<string, number>()

/** Digits after the decimal point in the currency's minor unit (JPY 0, USD 2, BHD 3). */
export function currencyExponent(currency: string): number | null {
  const cached = exponents.get(currency)
  if (cached !== undefined) return cached
  try {
    const exponent = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2
    exponents.set(currency, exponent)
    return exponent
  } catch {
    return null
  }
}

let knownCodes: ReadonlySet<string> | null = null

/** An ISO 4217 code as written in a currency column, or null if it isn't one. */
export function normaliseCurrencyCode(raw: string): string | null {
  // Intl formats any three letters as a currency, so check against the codes it knows.
  knownCodes ??= new Set(Intl.supportedValuesOf('currency'))
  const code = raw.trim().toUpperCase()
  return knownCodes.has(code) ? code : null
}

const PLAIN = /^(-?)(\d+)(?:\.(\d+))?$/
const LEADING_MARK = /^(?:[\p{Sc}]|[\p{L}]+\.?)/u
const TRAILING_MARK = /(?:[\p{Sc}]|[\p{L}]+\.?)$/u
const SPACES = /^[\s\u00A0\u202F]+|[\s\u00A0\u202F]+$/g
const WITH_POINT = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d*))?$|^\.(\d+)$/
const WITH_COMMA = /^(?:\d{1,3}(?:[.\s\u00A0\u202F']\d{3})+|\d+)(?:,(\d*))?$|^,(\d+)$/

function markCurrency(marks: string): { currency: string | null; bareDollar: boolean } | null {
  const key = marks.replace(/[\s.\u00A0\u202F]/g, '').toUpperCase()
  if (key === '') return { currency: null, bareDollar: false }
  if (key === '$') return { currency: null, bareDollar: true }
  const mapped = CURRENCY_MARKS[key]
  if (mapped !== undefined) return { currency: mapped, bareDollar: false }
  const code = normaliseCurrencyCode(key)
  return code === null ? null : { currency: code, bareDollar: false }
}

/**
 * Reads `14997.00`, `$8.00`, `-$7.00`, `$-7.00`, `(33.62)`, `($33.62)`,
 * `"$1,240.00 "`, `AU $3,000.00`, `3.3`, `70`, `-0`, and with a decimal comma
 * `EUR 90,00`, `116,99 €`, `1.234,56`. Null when it is not an amount.
 */
export function readAmount(raw: string, decimalSeparator: DecimalSeparator = '.'): AmountReading | null {
  const plain = decimalSeparator === '.' ? PLAIN.exec(raw) : null
  if (plain !== null) {
    return { negative: plain[1] === '-', integerDigits: plain[2] ?? '0', fractionDigits: plain[3] ?? '', currency: null, bareDollar: false }
  }
  let text = raw.replace(SPACES, '')
  let negative = false
  let signs = 0
  if (text.startsWith('(') && text.endsWith(')')) {
    negative = true
    signs++
    text = text.slice(1, -1).replace(SPACES, '')
  }
  let prefix = ''
  for (;;) {
    if (text.startsWith('-') || text.startsWith('+')) {
      negative = negative !== text.startsWith('-')
      signs++
      text = text.slice(1)
      continue
    }
    const mark = LEADING_MARK.exec(text)
    if (mark === null) break
    prefix += mark[0]
    text = text.slice(mark[0].length).replace(SPACES, '')
  }
  let suffix = ''
  for (let mark = TRAILING_MARK.exec(text); mark !== null; mark = TRAILING_MARK.exec(text)) {
    suffix = mark[0] + suffix
    text = text.slice(0, -mark[0].length).replace(SPACES, '')
  }
  if (signs > 1 || (prefix !== '' && suffix !== '')) return null
  const marks = markCurrency(prefix + suffix)
  if (marks === null) return null
  const body = (decimalSeparator === '.' ? WITH_POINT : WITH_COMMA).exec(text)
  if (body === null) return null
  const separatorIndex = text.lastIndexOf(decimalSeparator)
  const hasFraction = body[1] !== undefined || body[2] !== undefined
  const integerPart = hasFraction ? text.slice(0, separatorIndex) : text
  return {
    negative,
    integerDigits: integerPart.replace(/\D/g, '') || '0',
    fractionDigits: body[1] ?? body[2] ?? '',
    currency: marks.currency,
    bareDollar: marks.bareDollar,
  }
}

/** Beyond this many digits a double can no longer hold every integer exactly. */
const MAX_DIGITS = 15

/**
 * Digits past a currency's minor unit that are the tail of a binary float
 * (`12.300000000000001`, `12.2999999999999`), not part of the amount.
 */
const FLOAT_TAIL = /^(?:0{4,}|9{4,})\d*$/

/**
 * True for an amount with a fraction in a currency of whole units (`14.50`
 * as yen): a sign that the file's currency was chosen wrong, so it is not
 * read rather than rounded. A float tail or zeros (`1500.00`) are fine.
 */
export function hasFractionWithoutMinorUnit(reading: AmountReading, currency: string): boolean {
  return currencyExponent(currency) === 0 && !/^0*$/.test(reading.fractionDigits) && !FLOAT_TAIL.test(reading.fractionDigits)
}

/**
 * Scales a reading to minor units of `currency`. Extra fraction digits (an
 * Excel float such as `12.300000000000001`, a unit price to a tenth of a
 * cent) are rounded half away from zero; a fraction of a currency without
 * minor units is not read (hasFractionWithoutMinorUnit).
 */
export function toMinorUnits(reading: AmountReading, currency: string): number | null {
  const exponent = currencyExponent(currency)
  if (exponent === null || hasFractionWithoutMinorUnit(reading, currency)) return null
  const fraction = reading.fractionDigits
  const kept = fraction.length >= exponent ? fraction.slice(0, exponent) : fraction.padEnd(exponent, '0')
  const roundUp = fraction.length > exponent && (fraction.charCodeAt(exponent) >= 53)
  const digits = (reading.integerDigits + kept).replace(/^0+(?=\d)/, '')
  if (digits.length > MAX_DIGITS) return null
  const magnitude = Number(digits) + (roundUp ? 1 : 0)
  return reading.negative && magnitude !== 0 ? -magnitude : magnitude
}

/**
 * The common case of big files, `14997.00`, `-7`, `0.5`, read digit by digit
 * without a regular expression or a string copy. Null for anything else
 * (symbols, separators, spaces, too many digits), which readAmount handles.
 */
const POWERS_OF_TEN = Array.from({ length: MAX_DIGITS + 1 }, (_, power) => 10 ** power)

export function plainMinorUnits(raw: string, exponent: number): number | null {
  const length = raw.length
  let index = 0
  let negative = false
  if (raw.charCodeAt(0) === 45) {
    negative = true
    index = 1
  }
  let integer = 0
  const integerStart = index
  for (; index < length; index++) {
    const digit = raw.charCodeAt(index) - 48
    if (digit < 0 || digit > 9) break
    integer = integer * 10 + digit
  }
  const scaleUp = POWERS_OF_TEN[exponent] ?? 0
  if (index === integerStart || integer >= (POWERS_OF_TEN[MAX_DIGITS - exponent] ?? 0)) return null
  let fraction = 0
  let scale = 0
  let roundUp = false
  if (index < length) {
    // A fraction of whole units goes to the slow path, which says what is wrong with it.
    if (raw.charCodeAt(index) !== 46 || index === length - 1 || exponent === 0) return null
    for (index++; index < length; index++) {
      const digit = raw.charCodeAt(index) - 48
      if (digit < 0 || digit > 9) return null
      if (scale < exponent) {
        fraction = fraction * 10 + digit
        scale++
      } else if (scale === exponent) {
        roundUp = digit >= 5
        scale++
      }
    }
  }
  for (; scale < exponent; scale++) fraction *= 10
  const magnitude = integer * scaleUp + fraction + (roundUp ? 1 : 0)
  return negative && magnitude !== 0 ? -magnitude : magnitude
}

/** One step for cells whose currency is known from elsewhere (a Currency column). */
export function parseMoney(raw: string, currency: string, decimalSeparator: DecimalSeparator = '.'): number | null {
  const reading = readAmount(raw, decimalSeparator)
  return reading === null ? null : toMinorUnits(reading, currency)
}
