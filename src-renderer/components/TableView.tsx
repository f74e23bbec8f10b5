import { Skeleton, Table, UnstyledButton } from '@mantine/core'
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react'
import { flexRender, type Header, type RowData, type Table as TanstackTable } from '@tanstack/react-table'
import type { MouseEvent } from 'react'
import classes from './TableView.module.css'

declare module '@tanstack/react-table' {
  // Unused here, but the type parameters must match the library's declaration for the merge.
  interface ColumnMeta<TData extends RowData, TValue> {
    align?: 'left' | 'right'
  }
}

interface TableViewProps<Row> {
  table: TanstackTable<Row>
  label: string
  /** Narrower than this, the table scrolls sideways instead of squeezing its columns. */
  minWidth?: number
  onRowClick?(row: Row): void
  /** While the first page loads: this many placeholder rows under the real headers. */
  skeletonRows?: number
}

function SortableHeader<Row>({ header }: { header: Header<Row, unknown> }) {
  const sorted = header.column.getIsSorted()
  const Icon = sorted === 'asc' ? IconArrowUp : sorted === 'desc' ? IconArrowDown : IconArrowsSort
  return (
    <UnstyledButton className={classes.sortButton} data-active={sorted || undefined} onClick={header.column.getToggleSortingHandler()}>
      {flexRender(header.column.columnDef.header, header.getContext())}
      <Icon size={14} stroke={2} aria-hidden />
    </UnstyledButton>
  )
}

/** Clicks on a link or button inside a row belong to it, not to the row. */
function fromInteractiveChild(event: MouseEvent): boolean {
  return event.target instanceof Element && event.target.closest('a, button, input') !== null
}

/** Renders any @tanstack/react-table instance with Mantine's table; paging and data fetching are the caller's. */
export function TableView<Row>({ table, label, minWidth = 0, onRowClick, skeletonRows = 0 }: TableViewProps<Row>) {
  const columnCount = table.getVisibleLeafColumns().length
  return (
    <Table.ScrollContainer minWidth={minWidth} type="native">
      <Table aria-label={label} highlightOnHover={Boolean(onRowClick)} verticalSpacing="sm" horizontalSpacing="sm" className={classes.table}>
        <Table.Thead>
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
        <Table.Tbody>
          {Array.from({ length: skeletonRows }, (_, index) => (
            <Table.Tr key={`skeleton-${index}`} aria-hidden>
              {Array.from({ length: columnCount }, (_, cell) => (
                <Table.Td key={cell}>
                  <Skeleton height={12} radius="sm" width={cell === 0 ? '60%' : '80%'} />
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
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
