import type { Locator, Page } from 'playwright-core'

/**
 * Page objects for the browser tests: they find things the way a shop owner
 * does, by role and visible text, so a test reads as what the user sees.
 */

const COUNT = /^([\d,]+) (orders?|customers?)$/

/** "4,986 orders" -> 4986 */
function totalIn(summary: string): number {
  const match = COUNT.exec(summary.trim())
  if (!match?.[1]) throw new Error(`No total in "${summary}"`)
  return Number(match[1].replaceAll(',', ''))
}

export class AppShell {
  constructor(readonly page: Page) {}

  get header(): Locator {
    return this.page.getByRole('banner')
  }

  get openShop(): Locator {
    return this.header.getByRole('group', { name: 'Open shop' })
  }

  navLink(name: 'Orders' | 'Customers' | 'Segments' | 'Settings'): Locator {
    return this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name })
  }

  async goTo(name: 'Orders' | 'Customers' | 'Segments' | 'Settings'): Promise<void> {
    await this.navLink(name).click()
  }
}

export class FirstRunScreen {
  constructor(readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { name: 'Welcome to Aftersale' })
  }

  get loadDemoButton(): Locator {
    return this.page.getByRole('button', { name: 'Load demo shop' })
  }

  get progress(): Locator {
    return this.page.getByRole('group', { name: 'Demo shop loading' })
  }

  get cancelButton(): Locator {
    return this.progress.getByRole('button', { name: 'Cancel' })
  }

  get cancelledNotice(): Locator {
    return this.page.getByRole('alert').filter({ hasText: 'Loading cancelled' })
  }
}

/**
 * A list sorted, filtered and searched in the database, drawn a screenful at
 * a time as it scrolls: orders or customers.
 */
export class ListPage {
  constructor(
    readonly page: Page,
    readonly name: 'Orders' | 'Customers',
    private readonly scope: Locator = page.locator('body'),
  ) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: this.name })
  }

  get table(): Locator {
    return this.scope.getByRole('table', { name: this.name })
  }

  /** The rows drawn with their data (placeholders for rows still loading are hidden from the reader, and not counted). */
  get rows(): Locator {
    return this.table.locator('tbody').getByRole('row')
  }

  /** The list's scroll area, around its table. */
  get scroller(): Locator {
    return this.table.locator('xpath=..')
  }

  get searchBox(): Locator {
    return this.page.getByRole('searchbox', { name: `Search ${this.name.toLowerCase()}` })
  }

  /** The count of the whole list: "4,986 orders". */
  get summary(): Locator {
    return this.scope.getByRole('status').filter({ hasText: COUNT })
  }

  async shownTotal(): Promise<number> {
    return totalIn(await this.summary.innerText())
  }

  /** The first cell's text of every row drawn: order numbers or customer names. */
  async firstColumn(): Promise<string[]> {
    return this.rows.locator('td:first-child a').allInnerTexts()
  }

  columnHeader(name: string): Locator {
    return this.table.getByRole('columnheader', { name })
  }

  async sortBy(name: string): Promise<void> {
    await this.columnHeader(name).getByRole('button').click()
  }

  /** Scrolls the list until row `index` (from 0) is drawn with its data, and returns its first cell's text. */
  async scrollToRow(index: number): Promise<string> {
    const row = this.table.locator(`tbody tr[aria-rowindex="${index + 2}"]`)
    await this.scroller.evaluate((element, at) => {
      const rowHeight = element.querySelector('tbody tr[aria-rowindex]')?.getBoundingClientRect().height ?? 50
      element.scrollTop = at * rowHeight
    }, index)
    await row.waitFor({ timeout: 15_000 })
    return row.locator('td:first-child a').innerText()
  }

  async search(text: string): Promise<void> {
    await this.searchBox.fill(text)
    await this.searchBox.press('Enter')
  }

  /** Waits until the rows on screen are no longer the previous answer's, and nothing is loading (the old rows stay, dimmed, while the new ones load). */
  async waitForRowsOtherThan(previous: string[]): Promise<string[]> {
    await this.page.waitForFunction(
      ({ before, label }) => {
        const table = document.querySelector(`table[aria-label="${label}"]`)
        if (table?.parentElement?.getAttribute('aria-busy') === 'true') return false
        const now = [...(table?.querySelectorAll('tbody tr[data-loaded] td:first-child a') ?? [])].map((a) => a.textContent ?? '')
        return now.length > 0 && now.join('|') !== before.join('|')
      },
      { before: previous, label: this.name },
    )
    return this.firstColumn()
  }

  /** Waits until the list's count says `total`. */
  async waitForTotal(total: number): Promise<void> {
    await this.summary.filter({ hasText: new RegExp(`^${total.toLocaleString('en-US')} `) }).waitFor({ timeout: 15_000 })
  }

  get filtersButton(): Locator {
    return this.page.getByRole('button', { name: /^Filters/ })
  }

  /** The drawer with the list's filter form. */
  get filters(): Locator {
    return this.page.getByRole('dialog', { name: `Filter ${this.name.toLowerCase()}` })
  }

  async openFilters(): Promise<Locator> {
    await this.filtersButton.click()
    await this.filters.waitFor({ timeout: 15_000 })
    return this.filters
  }

  /** Ticks a choice in the filter form (a channel, a status): its label, as a person clicks it. */
  async choose(label: string): Promise<void> {
    const choice = this.filters.getByRole('checkbox', { name: label, exact: true })
    await this.filters.locator(`label[for="${await choice.getAttribute('id')}"]`).click()
  }

  async applyFilters(): Promise<void> {
    await this.filters.getByRole('button', { name: 'Apply filters' }).click()
    await this.filters.waitFor({ state: 'hidden', timeout: 15_000 })
  }

  get activeFilters(): Locator {
    return this.page.getByRole('group', { name: 'Active filters' })
  }

  get columnsButton(): Locator {
    return this.page.getByRole('button', { name: 'Columns', exact: true })
  }

  /** Shows or hides a column from the column chooser. */
  async toggleColumn(label: string): Promise<void> {
    await this.columnsButton.click()
    await this.page.getByRole('dialog', { name: 'Show columns' }).getByRole('checkbox', { name: label }).click()
    await this.page.keyboard.press('Escape')
  }

  /** The saved views menu: "Views" on orders, "Segments" on customers. */
  get viewsButton(): Locator {
    return this.page.getByRole('button', { name: this.name === 'Orders' ? /^Views/ : /^Segments/ })
  }

  get savedViews(): Locator {
    return this.page.getByRole('dialog', { name: this.name === 'Orders' ? 'Saved views' : 'Saved segments' })
  }

  async saveViewAs(name: string): Promise<void> {
    await this.viewsButton.click()
    await this.savedViews.getByRole('textbox').fill(name)
    await this.savedViews.getByRole('button', { name: /^Save (view|segment)$/ }).click()
    await this.savedViews.waitFor({ state: 'hidden', timeout: 15_000 })
  }

  async openView(name: string): Promise<void> {
    await this.viewsButton.click()
    await this.savedViews.getByRole('button', { name, exact: true }).click()
  }

  get exportButton(): Locator {
    return this.page.getByRole('button', { name: `Export ${this.name.toLowerCase()}` })
  }
}

/** The Segments screen: built-in RFM groups as cards, saved segments in a table. */
export class SegmentsScreen {
  constructor(readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: 'Segments' })
  }

  builtIn(name: string): Locator {
    return this.page.getByRole('article', { name })
  }

  get savedTable(): Locator {
    return this.page.getByRole('table', { name: 'Saved segments' })
  }

  saved(name: string): Locator {
    return this.savedTable.getByRole('row').filter({ hasText: name })
  }
}

export class DetailPage {
  constructor(readonly page: Page) {}

  get title(): Locator {
    return this.page.getByRole('heading', { level: 1 })
  }

  section(name: string): Locator {
    return this.page.getByRole('region', { name })
  }
}

export class SettingsScreen {
  constructor(readonly page: Page) {}

  get shopName(): Locator {
    return this.page.getByRole('textbox', { name: 'Shop name' })
  }

  get timeZone(): Locator {
    return this.page.getByRole('textbox', { name: 'Time zone' })
  }

  get saveButton(): Locator {
    return this.page.getByRole('button', { name: 'Save settings' })
  }

  async chooseTimeZone(zone: string): Promise<void> {
    await this.timeZone.click()
    await this.timeZone.fill(zone)
    await this.page.getByRole('option', { name: zone, exact: true }).click()
  }
}
