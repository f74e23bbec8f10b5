import { throwIfCancelled } from '../backend/progress'
import { streamCsvRows, type CsvRow } from './csv-rows'
import { DataRowCheck } from './csv-table'
import { decodeChunks, findMojibake, mojibakeWarningMessage } from './decode-text'
import { ExcelDamageCheck } from './excel-damage'
import type { GenericMapping } from './formats/generic-mapping'
import { importRejected, isImportRejection } from './import-problems'
import type { ImportedOrder, ImportRecord, ImportWarning } from './import-record'
import type { OpenedExport } from './open-export'
import { RecordCollector } from './record-collector'
import { rejectHeaderOnly } from './sniff-table'

/** Rows between progress records. */
const PROGRESS_EVERY = 2000

export interface ReadPlan {
  timeZone: string
  mapping: GenericMapping | null
  signal: AbortSignal | undefined
  currency: string | null
  companionOrders: ReadonlyMap<string, ImportedOrder> | null
  /** A companion's own notice ("import the other file too") is moot when it is read as one. */
  asCompanion: boolean
}

/** The first garbled text met while streaming. */
interface MojibakeWatch {
  warning: ImportWarning | null
}

/** Data rows after the header: blank rows skipped, the footer and what follows it dropped, widths checked. */
async function* dataRows(file: OpenedExport, mojibake: MojibakeWatch): AsyncGenerator<CsvRow[]> {
  const { table } = file.recognised
  const check = new DataRowCheck(table.header, file.fileName, table.dialect.delimiter)
  let toSkip = table.headerIndex + 1
  const watch = (text: string, firstLine: number) => {
    if (mojibake.warning !== null) return
    const sighting = findMojibake(text)
    if (sighting !== null) {
      mojibake.warning = { file: file.fileName, line: firstLine + sighting.line - 1, column: null, message: mojibakeWarningMessage(sighting.sample) }
    }
  }
  const text = decodeChunks(file.bytes.all(), file.recognised.encoding, file.fileName, file.recognised.garbledStart ? undefined : watch)
  for await (const batch of streamCsvRows(text, table.dialect, file.fileName, (parser) => parser.nameColumns(table.header))) {
    const rows: CsvRow[] = []
    let ended = false
    for (const row of batch) {
      if (toSkip > 0) {
        toSkip--
        continue
      }
      const verdict = check.verdict(row)
      if (verdict === 'end') {
        ended = true
        break
      }
      if (verdict === 'data') rows.push(row)
    }
    if (rows.length > 0) yield rows
    if (ended) return
  }
}

/** Streams a recognised file's records: warnings about the file, then records and progress, then merged warnings. */
export async function* recordsOf(file: OpenedExport, plan: ReadPlan): AsyncGenerator<ImportRecord> {
  const { table } = file.recognised
  const collector = new RecordCollector(file.fileName)
  const format = file.format
  const reader = format.createReader({
    fileName: file.fileName,
    header: table.header,
    dialect: table.dialect,
    timeZone: plan.timeZone,
    decimalSeparator: format.decimalSeparator(table.dialect, plan.mapping),
    currency: plan.currency,
    mapping: plan.mapping,
    companionOrders: plan.companionOrders,
    sink: collector,
  })
  for (const warning of file.recognised.warnings) yield { kind: 'warning', warning }
  const notice = plan.asCompanion ? null : (format.fileNotice?.(file.fileName) ?? null)
  if (notice !== null) yield { kind: 'warning', warning: { file: file.fileName, line: null, column: null, message: notice } }

  const excel = new ExcelDamageCheck(table.header, file.fileName)
  const mojibake: MojibakeWatch = { warning: null }
  let rowsRead = 0
  let reportedRows = 0
  try {
    for await (const rows of dataRows(file, mojibake)) {
      throwIfCancelled(plan.signal, `Reading ${file.fileName}`)
      for (const row of rows) {
        excel.inspect(row)
        reader.row(row)
      }
      rowsRead += rows.length
      yield* collector.take()
      if (rowsRead - reportedRows >= PROGRESS_EVERY) {
        reportedRows = rowsRead
        yield { kind: 'progress', bytesRead: file.bytes.bytesRead, rowsRead }
      }
      if (collector.full) break
    }
    reader.end()
  } catch (error) {
    if (isImportRejection(error) && collector.problems.length > 0) throw importRejected([...collector.problems, ...error.details.problems])
    throw error
  }
  if (collector.problems.length > 0) throw importRejected(collector.problems)
  if (rowsRead === 0) rejectHeaderOnly(file.fileName, table.headerLine)
  yield* collector.take()
  const garbled = mojibake.warning === null ? [] : [mojibake.warning]
  for (const warning of [...garbled, ...excel.warnings(), ...collector.warnings()]) yield { kind: 'warning', warning }
  yield { kind: 'progress', bytesRead: file.bytes.bytesRead, rowsRead }
}

/** Reads a companion file whole into its orders by id (Etsy's items file: thousands of rows, not millions). */
export async function companionOrdersOf(file: OpenedExport, plan: ReadPlan): Promise<{ orders: Map<string, ImportedOrder>; warnings: ImportWarning[] }> {
  const orders = new Map<string, ImportedOrder>()
  const warnings: ImportWarning[] = []
  for await (const record of recordsOf(file, { ...plan, asCompanion: true })) {
    if (record.kind === 'order') orders.set(record.order.externalId, record.order)
    else if (record.kind === 'warning') warnings.push(record.warning)
  }
  return { orders, warnings }
}

