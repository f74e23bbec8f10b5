import { Box, Group, Loader, Skeleton, Table, Text } from '@mantine/core'
import { useCallbackRef } from '@mantine/hooks'
import { IconFilterOff, IconSearch } from '@tabler/icons-react'
import {
  flexRender,
  getCoreRowModel,
  useReactTable,
  type ColumnDef,
  type Row as TableRow,
  type SortingState,
  type Updater,
  type VisibilityState,
} from '@tanstack/react-table'
import { useVirtualizer } from '@tanstack/react-virtual'
import { memo, useEffect, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState, type ReactNode, type Ref } from 'react'
import { EmptyState } from './EmptyState'
import { pluralize } from './format'
import { LoadError } from './QueryFeedback'
import { fromInteractiveChild, TableHead } from './TableView'
import classes from './TableView.module.css'
import { useRowKeys } from './use-row-keys'
import { useRowWindows, WINDOW_SIZE, type WindowQuery } from './use-row-windows'
import { useScrollMemory } from './use-scroll-memory'
import { useViewportFill } from './use-viewport-fill'
import type { SortDirection } from './use-table-params'

export type { PageOf } from './use-row-windows'

/** What a page can ask of its table from the keyboard: ArrowDown in the search box moves into the rows. */
export interface DataTableKeys {
  focusRows(): void
}

interface SortControl {
  params: { sort: string; direction: SortDirection; search: string }
  setSort(column: string, direction: SortDirection): void
}

interface DataTableProps<Row> {
  label: string
  /** Sortable columns have `enableSorting: true`, an accessor, and the procedure's sort key as their `id`; each has a `size` in pixels. */
  columns: ColumnDef<Row>[]
  /** The list procedure's query options for one window of rows, for the current search, sort and filters. */
  windowQuery: WindowQuery<Row>
  control: SortControl
  getRowId(row: Row): string
  onRowOpen?(row: Row): void
  noun: { one: string; other: string }
  /** Shown when the list is empty without any search or filter. */
  empty: ReactNode
  /** Some filter narrows the list (an empty list then says so). */
  filtered?: boolean
  columnVisibility?: VisibilityState
  /** Every row has this height, so a list of 500,000 rows can be scrolled anywhere without measuring any. */
  rowHeight?: number
  /** The scroll area grows with its rows up to this CSS height, then scrolls; `fill`: down to the bottom of the window. */
  maxHeight?: string | 'fill'
  /** Search, filters and the like, on the bar above the rows; the count sits at its end. */
  toolbar?: ReactNode
  keysRef?: Ref<DataTableKeys>
  /** ArrowUp on the first row goes here (the search box). */
  onLeaveTop?(): void
}

const HEADER_HEIGHT = 40
/** Below a list that fills the window: the page's own bottom padding. */
const PAGE_BOTTOM_GAP = 34
/** Rows drawn beyond the visible ones, so a short scroll never shows a gap. */
const OVERSCAN = 8
/** Placeholder rows while the first window loads. */
const FIRST_LOAD_ROWS = 8

/**
 * A list sorted, filtered and searched in SQL, however long: only the rows
 * in view are drawn, and they are fetched window by window as the list
 * scrolls (use-row-windows.ts). Rows not yet fetched show as placeholders.
 */
export function DataTable<Row>(props: DataTableProps<Row>) {
  const { control, noun, rowHeight = 52, maxHeight = '560px' } = props
  const { params } = control
  const scroller = useRef<HTMLDivElement>(null)
  const fill = useViewportFill(scroller, PAGE_BOTTOM_GAP, maxHeight === 'fill')
  const memory = useScrollMemory()
  const [visible, setVisible] = useState({ first: 0, last: FIRST_LOAD_ROWS })
  const list = useRowWindows(props.windowQuery, visible)
  const total = list.total

  const virtualizer = useVirtualizer({
    count: total ?? 0,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan: OVERSCAN,
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
    initialOffset: memory.saved,
    onChange: (instance) => {
      const range = instance.range
      if (range) setVisible((current) => (current.first === range.startIndex && current.last === range.endIndex ? current : { first: range.startIndex, last: range.endIndex }))
      if (instance.scrollOffset !== null) memory.remember(instance.scrollOffset)
    },
  })
  const items = virtualizer.getVirtualItems()

  const data = useMemo(() => list.windows.flatMap((window) => window.rows), [list.windows])
  const sorting: SortingState = [{ id: params.sort, desc: params.direction === 'desc' }]
  const table = useReactTable({
    data,
    columns: props.columns,
    getRowId: props.getRowId,
    getCoreRowModel: getCoreRowModel(),
    manualSorting: true,
    enableSortingRemoval: false,
    enableMultiSort: false,
    state: { sorting, columnVisibility: props.columnVisibility ?? {} },
    defaultColumn: { enableSorting: false },
    onSortingChange: (updater: Updater<SortingState>) => {
      const [next] = typeof updater === 'function' ? updater(sorting) : updater
      if (next) control.setSort(next.id, next.desc ? 'desc' : 'asc')
    },
  })
  const rowModels = table.getRowModel().rows
  const rowsByIndex = useMemo(() => {
    const byIndex = new Map<number, TableRow<Row>>()
    let at = 0
    for (const window of list.windows) {
      window.rows.forEach((_, i) => {
        const model = rowModels[at + i]
        if (model) byIndex.set(window.page * WINDOW_SIZE + i, model)
      })
      at += window.rows.length
    }
    return byIndex
  }, [list.windows, rowModels])

  // One function for every render, so drawn rows are not drawn again because a page passed a new arrow.
  const openRow = useCallbackRef((row: Row) => props.onRowOpen?.(row))
  const keys = useRowKeys({
    virtualizer,
    scroller,
    count: total ?? 0,
    rowAt: (index) => rowsByIndex.get(index)?.original,
    onOpen: openRow,
    onExitTop: props.onLeaveTop,
  })
  useImperativeHandle(props.keysRef, () => ({ focusRows: () => keys.focus(keys.active) }), [keys])

  // A new search, sort or filter is a new list: start it from the top. Coming back to a list finds it where it was left.
  const listKey = JSON.stringify(props.windowQuery(0, WINDOW_SIZE).queryKey)
  const shownKey = useRef(listKey)
  const restore = useRef(memory.saved)
  useEffect(() => {
    if (shownKey.current === listKey) return
    shownKey.current = listKey
    restore.current = 0
    virtualizer.scrollToOffset(0)
    keys.reset()
  }, [listKey, virtualizer, keys])
  useLayoutEffect(() => {
    if (restore.current > 0 && total !== undefined && total > 0) {
      virtualizer.scrollToOffset(restore.current)
      restore.current = 0
    }
  }, [total, virtualizer])

  if (list.error && total === undefined) return <LoadError error={list.error} onRetry={list.retry} />

  const shownRows = total ?? FIRST_LOAD_ROWS
  const contentHeight = HEADER_HEIGHT + shownRows * rowHeight + 1
  const limit = maxHeight === 'fill' ? `${fill ?? 480}px` : maxHeight
  const visibleColumns = table.getVisibleLeafColumns()
  const visibleKey = visibleColumns.map((column) => column.id).join(',')
  const minWidth = visibleColumns.reduce((sum, column) => sum + column.getSize(), 0)
  const paddingTop = items.length > 0 ? (items[0]?.start ?? 0) - HEADER_HEIGHT : 0
  // Before the first measure there are no items yet, but the list already has its full height to be scrolled back into.
  const paddingBottom = items.length > 0 ? virtualizer.getTotalSize() - ((items.at(-1)?.end ?? 0) - HEADER_HEIGHT) : virtualizer.getTotalSize()

  return (
    <Box>
      {props.toolbar ? (
        <Group justify="space-between" align="flex-start" gap="sm" px="md" py="sm" wrap="nowrap" className={classes.toolbar}>
          <Box miw={0} style={{ flex: 1 }}>
            {props.toolbar}
          </Box>
          <ListCount total={total} noun={noun} isFetching={list.isFetching} inToolbar />
        </Group>
      ) : (
        // Under a section's title (a customer's orders): the count reads as its subtitle.
        <Group px="md" pb={8} mt={-4}>
          <ListCount total={total} noun={noun} isFetching={list.isFetching} inToolbar={false} />
        </Group>
      )}
      {list.error && <LoadError error={list.error} onRetry={list.retry} />}
      <div
        ref={scroller}
        className={classes.scroller}
        style={{ height: `min(${limit}, ${total === 0 ? HEADER_HEIGHT + 1 : contentHeight}px)`, opacity: list.isStale ? 0.6 : 1 }}
        aria-busy={list.isFetching}
        tabIndex={-1}
        onKeyDown={keys.onKeyDown}
      >
        <Table
          aria-label={props.label}
          aria-rowcount={total === undefined ? undefined : total + 1}
          layout="fixed"
          stickyHeader
          highlightOnHover={Boolean(props.onRowOpen)}
          verticalSpacing={0}
          horizontalSpacing="sm"
          className={classes.table}
          style={{ minWidth }}
        >
          <colgroup>
            {visibleColumns.map((column) => (
              <col key={column.id} style={{ width: column.getSize() }} />
            ))}
          </colgroup>
          <TableHead table={table} />
          <Table.Tbody>
            {paddingTop > 0 && <tr aria-hidden style={{ height: paddingTop }} />}
            {total === undefined
              ? Array.from({ length: FIRST_LOAD_ROWS }, (_, index) => <PlaceholderRow key={index} columns={visibleColumns.length} height={rowHeight} />)
              : items.map((item) => {
                  const row = rowsByIndex.get(item.index)
                  return row ? (
                    // Keyed by place, not by id: a row keeps its element (and the focus) when its list reloads under it.
                    <DataRow
                      key={item.index}
                      row={row}
                      index={item.index}
                      height={rowHeight}
                      active={item.index === keys.active}
                      visibleKey={visibleKey}
                      onOpen={props.onRowOpen ? openRow : undefined}
                      onFocusRow={keys.setActive}
                      onFocusLost={keys.focusLost}
                    />
                  ) : (
                    <PlaceholderRow key={item.index} columns={visibleColumns.length} height={rowHeight} />
                  )
                })}
            {paddingBottom > 0 && <tr aria-hidden style={{ height: paddingBottom }} />}
          </Table.Tbody>
        </Table>
      </div>
      {total === 0 && <EmptyList search={params.search} filtered={props.filtered} noun={noun} empty={props.empty} />}
    </Box>
  )
}

interface ListCountProps {
  total: number | undefined
  noun: { one: string; other: string }
  isFetching: boolean
  /** Beside the toolbar's buttons, on their line. */
  inToolbar: boolean
}

function ListCount({ total, noun, isFetching, inToolbar }: ListCountProps) {
  return (
    <Group gap={6} wrap="nowrap" mih={inToolbar ? 36 : 20}>
      {total !== undefined && (
        <Text size="sm" c="dimmed" role="status" aria-live="polite" className="aftersale-numeric" style={{ whiteSpace: 'nowrap' }}>
          {pluralize(total, noun.one, noun.other)}
        </Text>
      )}
      {isFetching && <Loader size={14} aria-label="Loading" />}
    </Group>
  )
}

interface DataRowProps<Row> {
  row: TableRow<Row>
  index: number
  height: number
  active: boolean
  /** Changes when columns are shown or hidden, so the row draws its cells again. */
  visibleKey: string
  onOpen?(row: Row): void
  onFocusRow(index: number): void
  onFocusLost(index: number): void
}

/** Rows already drawn are not drawn again on every scroll frame, only when their data, focus or columns change. */
const DataRow = memo(function DataRow<Row>({ row, index, height, active, onOpen, onFocusRow, onFocusLost }: DataRowProps<Row>) {
  const element = useRef<HTMLTableRowElement>(null)
  // Runs before the row leaves the page, while it still knows whether it had the focus.
  useLayoutEffect(() => () => (document.activeElement === element.current ? onFocusLost(index) : undefined), [index, onFocusLost])
  return (
    <Table.Tr
      ref={element}
      data-index={index}
      data-loaded
      aria-rowindex={index + 2}
      tabIndex={active ? 0 : -1}
      className={classes.dataRow}
      style={{ height }}
      onFocus={(event) => event.target === event.currentTarget && onFocusRow(index)}
      onClick={onOpen ? (event) => fromInteractiveChild(event) || onOpen(row.original) : undefined}
    >
      {row.getVisibleCells().map((cell) => (
        <Table.Td key={cell.id} ta={cell.column.columnDef.meta?.align} className={classes.cell}>
          {flexRender(cell.column.columnDef.cell, cell.getContext())}
        </Table.Td>
      ))}
    </Table.Tr>
  )
}) as <Row>(props: DataRowProps<Row>) => ReactNode

function PlaceholderRow({ columns, height }: { columns: number; height: number }) {
  return (
    <Table.Tr aria-hidden style={{ height }}>
      {Array.from({ length: columns }, (_, cell) => (
        <Table.Td key={cell} className={classes.cell}>
          <Skeleton height={12} radius="sm" width={cell === 0 ? '60%' : '80%'} />
        </Table.Td>
      ))}
    </Table.Tr>
  )
}

function EmptyList({ search, filtered, noun, empty }: { search: string; filtered?: boolean; noun: { other: string }; empty: ReactNode }) {
  if (search) {
    return (
      <EmptyState icon={<IconSearch size={22} />} title={`No ${noun.other} match “${search}”${filtered ? ' with these filters' : ''}`}>
        Search looks at numbers, names, email addresses and tracking numbers. Accents and capitals don’t matter.
      </EmptyState>
    )
  }
  if (filtered) {
    return (
      <EmptyState icon={<IconFilterOff size={22} />} title={`No ${noun.other} match these filters`}>
        Remove a filter above to widen the list.
      </EmptyState>
    )
  }
  return empty
}
