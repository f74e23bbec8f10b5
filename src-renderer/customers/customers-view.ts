import { useCallback } from 'react'
import { useNavigate } from 'react-router'
import type { CustomerFilters } from '../../src-main/customers/customer-filters'
import type { CustomerSort } from '../api/types'
import type { ViewStateOf } from '../components/saved-view-types'
import { writeTableParams, type TableParamsConfig } from '../components/use-table-params'
import { customerFilterAddress } from './customer-filter-address'
import { CUSTOMER_SORTS } from './customers-columns'

export type CustomerViewState = ViewStateOf<'customers'>

/** The customers list's address: most recent buyers first unless sorted otherwise. */
export const CUSTOMER_LIST: TableParamsConfig<CustomerSort, CustomerFilters> = {
  sorts: CUSTOMER_SORTS,
  defaultSort: 'lastOrderAt',
  defaultDirection: 'desc',
  filters: customerFilterAddress,
}

/** The currency the "spent" sort compares sits in the address beside the sort. */
export const SPEND_PARAM = 'spend'

/** Where the customers list shows a saved view, a segment or an RFM group. */
export function customersPath(state: Partial<CustomerViewState>): string {
  const address = writeTableParams(new URLSearchParams(), state, CUSTOMER_LIST)
  if (state.spendCurrency) address.set(SPEND_PARAM, state.spendCurrency)
  const search = address.toString()
  return search ? `/customers?${search}` : '/customers'
}

/** Opens a saved customers view (a segment) as the list it saved: its search, sort, filters and columns. */
export function useOpenCustomersView(setColumns: (ids: readonly string[]) => void): (state: CustomerViewState) => void {
  const navigate = useNavigate()
  return useCallback(
    (state) => {
      setColumns(state.columns)
      void navigate(customersPath(state))
    },
    [navigate, setColumns],
  )
}
