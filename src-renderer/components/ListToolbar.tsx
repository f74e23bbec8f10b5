import { Group } from '@mantine/core'
import type { ReactNode, RefObject } from 'react'
import { ColumnChooser } from './ColumnChooser'
import type { DataTableKeys } from './DataTable'
import type { FilterLabel } from './filter-labels'
import { ActiveFilters, FiltersDrawer } from './FiltersDrawer'
import { SearchBox } from './SearchBox'
import type { ColumnChoice, ColumnOption } from './use-column-choice'

interface ListToolbarProps<F extends object> {
  /** "orders" or "customers": names the search box and the filters drawer. */
  noun: string
  searchPlaceholder: string
  search: string
  onSearch(text: string): void
  searchRef: RefObject<HTMLInputElement | null>
  keysRef: RefObject<DataTableKeys | null>
  filters: F
  filterLabels: FilterLabel<F>[]
  filtersUnreadable: boolean
  onFilters(filters: F): void
  /** The list's filter form, which calls `apply` with the filters the user chose. */
  filtersForm(apply: (filters: F) => void): ReactNode
  columnOptions: ColumnOption[]
  columns: ColumnChoice
}

/** Above a list: search, the filters drawer, the column chooser, and the active filters as removable chips. */
export function ListToolbar<F extends object>(props: ListToolbarProps<F>) {
  return (
    <>
      <Group gap="sm" wrap="wrap">
        <SearchBox
          label={`Search ${props.noun}`}
          placeholder={props.searchPlaceholder}
          value={props.search}
          onSearch={props.onSearch}
          inputRef={props.searchRef}
          onArrowDown={() => props.keysRef.current?.focusRows()}
        />
        <FiltersDrawer count={props.filterLabels.length} title={`Filter ${props.noun}`}>
          {(close) =>
            props.filtersForm((filters) => {
              props.onFilters(filters)
              close()
            })
          }
        </FiltersDrawer>
        <ColumnChooser options={props.columnOptions} choice={props.columns} />
      </Group>
      <ActiveFilters labels={props.filterLabels} filters={props.filters} onChange={props.onFilters} unreadable={props.filtersUnreadable} />
    </>
  )
}
