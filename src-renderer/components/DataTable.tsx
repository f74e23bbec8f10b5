import { Box, Group, Loader, Pagination, Select, Text } from '@mantine/core'
import { IconSearch } from '@tabler/icons-react'
import { keepPreviousData, useQuery, type QueryKey, type UseQueryOptions } from '@tanstack/react-query'
import { getCoreRowModel, useReactTable, type ColumnDef, type SortingState, type Updater, type VisibilityState } from '@tanstack/react-table'
import { useId, type ReactNode } from 'react'
import { EmptyState } from './EmptyState'
import { formatCount, pluralize } from './format'
import { LoadError } from './QueryFeedback'
import { TableView } from './TableView'
import { PAGE_SIZES, type TableParamsControl } from './use-table-params'

/** One page of a list procedure (src-main/backend/paging.ts). */
export interface PageOf<Row> {
  rows: Row[]
  total: number
  page: number
  pageSize: number
}

interface DataTableProps<Row, S extends string> {
  label: string
  /** Sortable columns have `enableSorting: true`, an accessor, and the procedure's sort key as their `id`. */
  columns: ColumnDef<Row>[]
  /** The list procedure's query options for the current params (from the oRPC query utils). */
  query: UseQueryOptions<PageOf<Row>, Error, PageOf<Row>, QueryKey>
  control: TableParamsControl<S>
  getRowId(row: Row): string
  onRowClick?(row: Row): void
  noun: { one: string; other: string }
  /** Shown when the list is empty without any search. */
  empty: ReactNode
  columnVisibility?: VisibilityState
  minWidth?: number
}

/**
 * A list paged, sorted and searched in SQL: the table only ever holds one
 * page, and its sorting and paging state are the procedure's input.
 */
export function DataTable<Row, S extends string>(props: DataTableProps<Row, S>) {
  const { control, noun } = props
  const { params } = control
  const result = useQuery({ ...props.query, placeholderData: keepPreviousData })
  const page = result.data

  const sorting: SortingState = [{ id: params.sort, desc: params.direction === 'desc' }]
  const onSortingChange = (updater: Updater<SortingState>) => {
    const [next] = typeof updater === 'function' ? updater(sorting) : updater
    if (next) control.setSort(next.id, next.desc ? 'desc' : 'asc')
  }

  const table = useReactTable({
    data: page?.rows ?? [],
    columns: props.columns,
    getRowId: props.getRowId,
    getCoreRowModel: getCoreRowModel(),
    manualPagination: true,
    manualSorting: true,
    enableSortingRemoval: false,
    enableMultiSort: false,
    rowCount: page?.total ?? 0,
    state: {
      sorting,
      pagination: { pageIndex: params.page, pageSize: params.pageSize },
      columnVisibility: props.columnVisibility ?? {},
    },
    defaultColumn: { enableSorting: false },
    onSortingChange,
  })

  if (result.isError && !page) return <LoadError error={result.error} onRetry={() => void result.refetch()} />

  const isEmpty = page !== undefined && page.total === 0
  return (
    <Box>
      <Box style={{ opacity: result.isPlaceholderData ? 0.6 : 1, transition: 'opacity 120ms' }} aria-busy={result.isFetching}>
        <TableView
          table={table}
          label={props.label}
          minWidth={props.minWidth}
          onRowClick={props.onRowClick}
          skeletonRows={page ? 0 : Math.min(params.pageSize, 12)}
        />
      </Box>
      {isEmpty &&
        (params.search ? (
          <EmptyState icon={<IconSearch size={22} />} title={`No ${noun.other} match “${params.search}”`}>
            Search looks at numbers, names, email addresses and tracking numbers. Accents and capitals don’t matter.
          </EmptyState>
        ) : (
          props.empty
        ))}
      {result.isError && page && <LoadError error={result.error} onRetry={() => void result.refetch()} />}
      {page && !isEmpty && <PageFooter page={page} control={control} noun={noun} isFetching={result.isFetching} />}
    </Box>
  )
}

interface FooterProps<S extends string> {
  page: PageOf<unknown>
  control: TableParamsControl<S>
  noun: { one: string; other: string }
  isFetching: boolean
}

function PageFooter<S extends string>({ page, control, noun, isFetching }: FooterProps<S>) {
  const { params } = control
  const first = params.page * params.pageSize + 1
  const last = Math.min(first + page.rows.length - 1, page.total)
  return (
    <Group justify="space-between" px="md" py="sm" gap="sm" wrap="wrap" style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}>
      <Group gap="xs">
        <Text size="sm" c="dimmed" role="status" aria-live="polite">
          Showing {formatCount(first)}–{formatCount(last)} of {pluralize(page.total, noun.one, noun.other)}
        </Text>
        {isFetching && <Loader size={14} aria-label="Loading" />}
      </Group>
      {/* A list that fits on the smallest page has nothing to page through. */}
      {page.total > PAGE_SIZES[0] && <PageControls total={page.total} control={control} />}
    </Group>
  )
}

function PageControls<S extends string>({ total, control }: { total: number; control: TableParamsControl<S> }) {
  const { params, update } = control
  const sizeId = useId()
  return (
    <Group gap="md" wrap="wrap">
      <Group gap={6}>
        <Text size="sm" c="dimmed" component="label" htmlFor={sizeId}>
          Rows per page
        </Text>
        <Select
          id={sizeId}
          size="xs"
          w={76}
          allowDeselect={false}
          data={PAGE_SIZES.map(String)}
          value={String(params.pageSize)}
          onChange={(value) => value && update({ pageSize: Number(value) })}
        />
      </Group>
      <Pagination
        size="sm"
        total={Math.ceil(total / params.pageSize)}
        value={params.page + 1}
        onChange={(value) => update({ page: value - 1 })}
        siblings={1}
        getItemProps={(n) => ({ 'aria-label': `Page ${n}` })}
        getControlProps={(button) => ({ 'aria-label': button === 'next' ? 'Next page' : button === 'previous' ? 'Previous page' : undefined })}
      />
    </Group>
  )
}
