import { cellsOf, headerRow, type ExportColumn } from './export-columns'
import { BYTE_ORDER_MARK, csvRecords } from './csv-text'

/** A CSV file of rows as they come, batch by batch: each batch is written and encoded before the next is read. */
export async function csvFile<Row>(fileName: string, columns: readonly ExportColumn<Row>[], batches: AsyncIterable<Row[]>): Promise<File> {
  const encoder = new TextEncoder()
  const parts: BlobPart[] = [encoder.encode(BYTE_ORDER_MARK + csvRecords([headerRow(columns)]))]
  for await (const rows of batches) parts.push(encoder.encode(csvRecords(rows.map((row) => cellsOf(columns, row)))))
  return new File(parts, fileName, { type: 'text/csv;charset=utf-8' })
}
