import { getCoreRowModel, useReactTable, type ColumnDef } from '@tanstack/react-table'
import { TableView } from './TableView'

interface StaticTableProps<Row> {
  label: string
  columns: ColumnDef<Row>[]
  rows: Row[]
  getRowId(row: Row): string
  minWidth?: number
  onRowClick?(row: Row): void
}

/** A short list that arrives whole with its page (an order's lines, a customer's claims): no paging, no sorting. */
export function StaticTable<Row>({ label, columns, rows, getRowId, minWidth, onRowClick }: StaticTableProps<Row>) {
  const table = useReactTable({ data: rows, columns, getRowId, getCoreRowModel: getCoreRowModel() })
  return <TableView table={table} label={label} minWidth={minWidth} onRowClick={onRowClick} />
}
