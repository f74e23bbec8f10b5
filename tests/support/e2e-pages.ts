import type { Locator, Page } from 'playwright-core'

/**
 * Page objects for the browser tests: they find things the way a shop owner
 * does, by role and visible text, so a test reads as what the user sees.
 */

/** "Showing 1–50 of 4,986 orders" -> 4986 */
function totalIn(summary: string): number {
  const match = /of ([\d,]+) /.exec(summary)
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

  navLink(name: 'Orders' | 'Customers' | 'Settings'): Locator {
    return this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name })
  }

  async goTo(name: 'Orders' | 'Customers' | 'Settings'): Promise<void> {
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

  get progressBar(): Locator {
    return this.page.getByRole('progressbar', { name: /Loading the demo shop/ })
  }

  get cancelButton(): Locator {
    return this.progress.getByRole('button', { name: 'Cancel' })
  }

  get cancelledNotice(): Locator {
    return this.page.getByRole('alert').filter({ hasText: 'Loading cancelled' })
  }
}

/** A list paged, sorted and searched in the database: orders or customers. */
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

  get rows(): Locator {
    return this.table.locator('tbody tr')
  }

  get searchBox(): Locator {
    return this.page.getByRole('searchbox', { name: `Search ${this.name.toLowerCase()}` })
  }

  get summary(): Locator {
    return this.scope.getByRole('status').filter({ hasText: 'Showing' })
  }

  async shownTotal(): Promise<number> {
    return totalIn(await this.summary.innerText())
  }

  /** The first cell's text of every row on the current page: order numbers or customer names. */
  async firstColumn(): Promise<string[]> {
    return this.rows.locator('td:first-child a').allInnerTexts()
  }

  columnHeader(name: string): Locator {
    return this.table.getByRole('columnheader', { name })
  }

  async sortBy(name: string): Promise<void> {
    await this.columnHeader(name).getByRole('button').click()
  }

  async goToPage(n: number): Promise<void> {
    await this.scope.getByRole('button', { name: `Page ${n}` }).click()
  }

  async search(text: string): Promise<void> {
    await this.searchBox.fill(text)
    await this.searchBox.press('Enter')
  }

  /** Waits until the rows on screen are no longer the previous answer's. */
  async waitForRowsOtherThan(previous: string[]): Promise<string[]> {
    await this.page.waitForFunction(
      ({ before, label }) => {
        const table = document.querySelector(`table[aria-label="${label}"]`)
        const now = [...(table?.querySelectorAll('tbody tr td:first-child a') ?? [])].map((a) => a.textContent ?? '')
        return now.length > 0 && now.join('|') !== before.join('|')
      },
      { before: previous, label: this.name },
    )
    return this.firstColumn()
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
