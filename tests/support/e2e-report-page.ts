import type { FrameLocator, Locator, Page } from 'playwright-core'

/** The Monthly report screen as a shop owner sees it: filters, two buttons and the report itself in a preview. */
export class ReportScreen {
  constructor(readonly page: Page) {}

  get navLink(): Locator {
    return this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Monthly report' })
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: 'Monthly report' })
  }

  get month(): Locator {
    return this.page.getByRole('textbox', { name: 'Month' })
  }

  async chooseMonth(label: string): Promise<void> {
    await this.month.click()
    await this.page.getByRole('option', { name: label, exact: true }).click()
  }

  /** The report document inside its sandboxed frame. */
  get preview(): FrameLocator {
    return this.page.frameLocator('iframe[title^="Report preview"]')
  }

  get printButton(): Locator {
    return this.page.getByRole('button', { name: 'Print' })
  }

  get saveButton(): Locator {
    return this.page.getByRole('button', { name: 'Save as PDF' })
  }

  get failure(): Locator {
    return this.page.getByRole('alert').filter({ hasText: 'The PDF was not saved' })
  }
}
