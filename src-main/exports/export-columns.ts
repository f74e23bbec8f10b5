import type { Cell } from './csv-text'

/**
 * One column of a table as it goes into a file. `id` is the screen's column
 * id (saved views and the column chooser use the same ids); a column may
 * write several cells, such as an amount and its currency.
 */
export interface ExportColumn<Row> {
  id: string
  headers: readonly string[]
  cells(row: Row): Cell[]
}

/**
 * The columns a view shows, in its order. Ids this export does not know (a
 * screen-only column such as a selection box) are passed over; a view that
 * names none of them gets every column, as a file without columns is no use.
 */
export function chooseColumns<Row>(all: readonly ExportColumn<Row>[], ids: readonly string[] | undefined): ExportColumn<Row>[] {
  const chosen = (ids ?? []).flatMap((id) => all.filter((column) => column.id === id))
  const unique = chosen.filter((column, i) => chosen.indexOf(column) === i)
  return unique.length > 0 ? unique : [...all]
}

export function headerRow<Row>(columns: readonly ExportColumn<Row>[]): Cell[] {
  return columns.flatMap((column) => column.headers)
}

export function cellsOf<Row>(columns: readonly ExportColumn<Row>[], row: Row): Cell[] {
  return columns.flatMap((column) => column.cells(row))
}
