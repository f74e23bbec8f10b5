import type { CsvRow } from './csv-rows'
import type { ImportWarning } from './import-record'
import type { WallTime } from './time-zones'

/**
 * Traces Excel leaves when an export is opened and saved again: dates become
 * serial numbers, long ids become `3.14251E+11`, zip codes lose their leading
 * zeros. The data may still import, but the shop owner should know.
 */

/** Serial days 20000–80000 are the years 1954–2119: any other number is not a date. */
export function isExcelSerialDate(text: string): boolean {
  if (!/^\d{5}(?:\.\d+)?$/.test(text)) return false
  const serial = Number(text)
  return serial >= 20_000 && serial <= 80_000
}

/** Excel's 1900 date system counts days from 1899-12-30 (it keeps Lotus' 1900 leap-year bug). */
export function excelSerialToWallTime(serial: number): WallTime {
  const days = Math.floor(serial)
  const millisOfDay = Math.round((serial - days) * 86_400_000)
  const at = new Date(Date.UTC(1899, 11, 30) + days * 86_400_000 + millisOfDay)
  return {
    year: at.getUTCFullYear(),
    month: at.getUTCMonth() + 1,
    day: at.getUTCDate(),
    hour: at.getUTCHours(),
    minute: at.getUTCMinutes(),
    second: at.getUTCSeconds(),
    millisecond: 0,
  }
}

export function isScientificNotation(text: string): boolean {
  return /^\d(?:\.\d+)?E\+\d+$/i.test(text.trim())
}

const DATE_COLUMN = /date|time|created|updated|paid|fulfilled|shipped|cancelled|(^|\s)at$/i
const ZIP_COLUMN = /zip|postcode|postal/i
const COUNTRY_COLUMN = /country/i
const UNITED_STATES = /^(us|usa|united states|united states of america)$/i

/** A whole file is re-saved at once, so the first rows tell. */
const ROWS_TO_INSPECT = 1000

type DamageKind = 'serial-date' | 'scientific' | 'zip'

/** Watches the first rows of a file and reports each kind of damage once per column. */
export class ExcelDamageCheck {
  private inspected = 0
  private readonly found = new Map<string, ImportWarning>()
  private readonly dateColumns: number[]
  private readonly zipColumns: number[]
  private readonly countryColumns: number[]

  constructor(
    private readonly header: readonly string[],
    private readonly fileName: string,
  ) {
    const indexesOf = (pattern: RegExp) => header.flatMap((name, index) => (pattern.test(name) ? [index] : []))
    this.dateColumns = indexesOf(DATE_COLUMN)
    this.zipColumns = indexesOf(ZIP_COLUMN)
    this.countryColumns = indexesOf(COUNTRY_COLUMN)
  }

  inspect(row: CsvRow): void {
    if (this.inspected >= ROWS_TO_INSPECT) return
    this.inspected++
    row.cells.forEach((cell, index) => {
      if (cell !== '' && isScientificNotation(cell)) this.note('scientific', index, row, cell)
    })
    for (const index of this.dateColumns) {
      const cell = row.cells[index]?.trim() ?? ''
      if (isExcelSerialDate(cell)) this.note('serial-date', index, row, cell)
    }
    if (this.countryColumns.some((index) => UNITED_STATES.test(row.cells[index]?.trim() ?? ''))) {
      for (const index of this.zipColumns) {
        const cell = row.cells[index]?.trim() ?? ''
        if (/^\d{3,4}(?:-\d{4})?$/.test(cell)) this.note('zip', index, row, cell)
      }
    }
  }

  warnings(): ImportWarning[] {
    return [...this.found.values()]
  }

  private note(kind: DamageKind, columnIndex: number, row: CsvRow, cell: string): void {
    const column = this.header[columnIndex] ?? `column ${columnIndex + 1}`
    // Every date column of a re-saved file is damaged alike: once per file is enough; ids are told apart.
    const key = kind === 'scientific' ? `${kind}:${column}` : kind
    if (this.found.has(key)) return
    this.found.set(key, { file: this.fileName, line: row.line, column, message: damageMessage(kind, cell) })
  }
}

function damageMessage(kind: DamageKind, cell: string): string {
  switch (kind) {
    case 'serial-date':
      return `“${cell}” is an Excel date number: the file was re-saved by Excel. Its dates were converted and read in the shop's time zone; exporting again from the platform is safer.`
    case 'scientific':
      return `“${cell}” is a number Excel shortened to scientific notation when the file was re-saved, so its last digits are lost. Export the file again from the platform without opening it in Excel.`
    case 'zip':
      return `The US zip code “${cell}” has lost its leading zero, probably because the file was re-saved by Excel. It is imported as written.`
  }
}
