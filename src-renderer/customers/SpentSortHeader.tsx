import { Menu } from '@mantine/core'
import { createContext, useContext } from 'react'
import type { SortDirection } from '../components/use-table-params'
import { HeaderButton } from '../components/TableView'

/** How the customers list sorts by amount spent, which only compares amounts in one currency. */
export interface SpentSort {
  /** The currencies customers paid in, the shop's main one first. */
  currencies: string[]
  /** The currency the list is sorted by, when it is sorted by spent. */
  sortedBy: { currency: string; direction: SortDirection } | null
  sort(currency: string, direction: SortDirection): void
}

export const SpentSortContext = createContext<SpentSort | null>(null)

/** "Spent", or "Spent (EUR)" when the list is sorted by it; choosing to sort asks which currency. */
export function SpentSortHeader() {
  const spent = useContext(SpentSortContext)
  if (!spent || spent.currencies.length === 0) return <>Spent</>
  const { sortedBy } = spent
  return (
    <Menu position="bottom-start" shadow="md" width={230}>
      <Menu.Target>
        <HeaderButton sorted={sortedBy?.direction ?? false}>
          {sortedBy ? `Spent (${sortedBy.currency})` : 'Spent'}
        </HeaderButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Sort by amount spent in</Menu.Label>
        {spent.currencies.flatMap((currency) => [
          <Menu.Item key={`${currency}-desc`} onClick={() => spent.sort(currency, 'desc')}>
            {currency}, most first
          </Menu.Item>,
          <Menu.Item key={`${currency}-asc`} onClick={() => spent.sort(currency, 'asc')}>
            {currency}, least first
          </Menu.Item>,
        ])}
      </Menu.Dropdown>
    </Menu>
  )
}
