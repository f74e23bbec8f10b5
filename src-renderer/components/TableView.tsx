import { Table, UnstyledButton } from '@mantine/core'
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react'
import { flexRender, type Header, type RowData, type SortDirection, type Table as TanstackTable } from '@tanstack/react-table'
import type { ComponentPropsWithoutRef, MouseEvent, Ref } from 'react'
import classes from './TableView.module.css'

declare module '@tanstack/react-table' {
  // Unused here, but the type parameters must match the library's declaration for the merge.
  interface ColumnMeta<TData extends RowData, TValue> {
    align?: 'left' | 'right'
    /** What the column chooser calls a column whose header is not plain text. */
    label?: string
    /** Offered by the column chooser, but not shown until chosen. */
    hiddenByDefault?: boolean
    /** The column that names each row and links to it: it cannot be hidden. */
    alwaysShown?: boolean
  }
}

interface TableViewProps<Row> {
  table: TanstackTable<Row>
  label: string
  /** Narrower than this, the table scrolls sideways instead of squeezing its columns. */
  minWidth?: number
  onRowClick?(row: Row): void
}

interface HeaderButtonProps extends ComponentPropsWithoutRef<'button'> {
  sorted: false | SortDirection
  ref?: Ref<HTMLButtonElement>
}

/** A column header that sorts: its arrow says which way the list is sorted by it, if it is. */
export function HeaderButton({ sorted, children, ...props }: HeaderButtonProps) {
  const Icon = sorted === 'asc' ? IconArrowUp : sorted === 'desc' ? IconArrowDown : IconArrowsSort
  return (
    <UnstyledButton {...props} className={classes.sortButton} data-active={sorted || undefined}>
      {children}
      <Icon size={14} stroke={2} aria-hidden />
    </UnstyledButton>
  )
}

function SortableHeader<Row>({ header }: { header: Header<Row, unknown> }) {
  return (
    <HeaderButton sorted={header.column.getIsSorted()} onClick={header.column.getToggleSortingHandler()}>
      {flexRender(header.column.columnDef.header, header.getContext())}
    </HeaderButton>
  )
}

/** Clicks on a link or button inside a row belong to it, not to the row. */
export function fromInteractiveChild(event: MouseEvent): boolean {
  return event.target instanceof Element && event.target.closest('a, button, input') !== null
}

/** The header row of any table: sortable columns are buttons, and the sorted one says which way. */
export function TableHead<Row>({ table }: { table: TanstackTable<Row> }) {
  return (
    <Table.Thead className={classes.head}>
      {table.getHeaderGroups().map((group) => (
        <Table.Tr key={group.id}>
          {group.headers.map((header) => {
            const sorted = header.column.getIsSorted()
            return (
              <Table.Th
                key={header.id}
                ta={header.column.columnDef.meta?.align}
                aria-sort={sorted ? (sorted === 'asc' ? 'ascending' : 'descending') : undefined}
                className={classes.headerCell}
              >
                {header.isPlaceholder ? null : header.column.getCanSort() ? (
                  <SortableHeader header={header} />
                ) : (
                  flexRender(header.column.columnDef.header, header.getContext())
                )}
              </Table.Th>
            )
          })}
        </Table.Tr>
      ))}
    </Table.Thead>
  )
}

/** A short table whose rows are all at hand (see StaticTable); long lists are DataTable's. */
export function TableView<Row>({ table, label, minWidth = 0, onRowClick }: TableViewProps<Row>) {
  return (
    <Table.ScrollContainer minWidth={minWidth} type="native">
      <Table aria-label={label} highlightOnHover={Boolean(onRowClick)} verticalSpacing="sm" horizontalSpacing="sm" className={classes.table}>
        <TableHead table={table} />
        <Table.Tbody>
          {table.getRowModel().rows.map((row) => (
            <Table.Tr
              key={row.id}
              className={onRowClick ? classes.clickableRow : undefined}
              onClick={onRowClick ? (event) => fromInteractiveChild(event) || onRowClick(row.original) : undefined}
            >
              {row.getVisibleCells().map((cell) => (
                <Table.Td key={cell.id} ta={cell.column.columnDef.meta?.align}>
                  {flexRender(cell.column.columnDef.cell, cell.getContext())}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
