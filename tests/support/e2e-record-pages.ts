import type { Locator, Page } from 'playwright-core'
import { DetailPage } from './e2e-pages'

/**
 * Page objects for the customer and order records: what a shop owner reads and
 * edits there, found by role and visible text.
 */

export class CustomerRecordPage extends DetailPage {
  get noteBox(): Locator {
    return this.section('Note').getByRole('textbox', { name: 'Note' })
  }

  get noteStatus(): Locator {
    return this.section('Note').getByRole('status', { name: 'Note saving' })
  }

  get restoredNoteNotice(): Locator {
    return this.section('Note').getByText(/^Restored the note you typed on /)
  }

  get tagInput(): Locator {
    return this.section('Tags').getByRole('textbox', { name: 'Add a tag' })
  }

  get tags(): Locator {
    return this.section('Tags').getByRole('listitem')
  }

  tag(name: string): Locator {
    return this.tags.filter({ hasText: new RegExp(`^${name}$`) })
  }

  async addTag(name: string): Promise<void> {
    await this.tagInput.fill(name)
    await this.tagInput.press('Enter')
  }

  async removeTag(name: string): Promise<void> {
    await this.section('Tags').getByRole('button', { name: `Remove tag ${name}` }).click()
  }

  get timelineEvents(): Locator {
    return this.section('Timeline').getByRole('list', { name: 'Timeline events' }).getByRole('listitem')
  }

  /** Timeline entries of one kind, by the label its icon carries ("Order", "Return", "Loyalty points"…). */
  timelineEventsOf(kind: string): Locator {
    return this.timelineEvents.filter({ has: this.page.getByRole('img', { name: kind, exact: true }) })
  }

  get showOlderButton(): Locator {
    return this.section('Timeline').getByRole('button', { name: 'Show older' })
  }

  get mergeButton(): Locator {
    return this.page.getByRole('button', { name: 'Merge with another record…' })
  }

  get eraseButton(): Locator {
    return this.section('Danger zone').getByRole('button', { name: 'Erase personal data…' })
  }

  get erasedBanner(): Locator {
    return this.page.getByRole('alert').filter({ hasText: /^Personal data erased on / })
  }

  get pastMerges(): Locator {
    return this.section('Merged records')
  }
}

export class MergeDialog {
  constructor(readonly page: Page) {}

  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: /^Merge / })
  }

  get searchBox(): Locator {
    return this.dialog.getByRole('searchbox', { name: 'Find the other customer' })
  }

  candidate(text: string): Locator {
    return this.dialog.getByRole('button', { name: new RegExp(text) })
  }

  get preview(): Locator {
    return this.dialog.getByRole('region', { name: 'Merge preview' })
  }

  get confirmButton(): Locator {
    return this.dialog.getByRole('button', { name: 'Merge records' })
  }

  async choose(search: string): Promise<void> {
    await this.searchBox.fill(search)
    await this.candidate(search).first().click()
  }
}

export class EraseDialog {
  constructor(readonly page: Page) {}

  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: /^Erase / })
  }

  get confirmationBox(): Locator {
    return this.dialog.getByRole('textbox', { name: /^Type / })
  }

  get eraseButton(): Locator {
    return this.dialog.getByRole('button', { name: 'Erase personal data', exact: true })
  }
}

/** A notification with an action, such as "Records merged" with its Undo. */
export function notification(page: Page, title: string): Locator {
  return page.getByRole('alert').filter({ hasText: title })
}

export class OrderRecordPage extends DetailPage {
  trackingLink(trackingNumber: string): Locator {
    return this.section('Shipping').getByRole('link', { name: trackingNumber })
  }
}
