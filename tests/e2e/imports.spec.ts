import fs from 'node:fs'
import path from 'node:path'
import type { Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startE2eApp, type E2eApp } from '../support/e2e-app'
import { AppShell, ListPage } from '../support/e2e-pages'

const VISIBLE = { timeout: 15_000 }
const FIXTURES = path.resolve(__dirname, '../fixtures/imports')
const SHOPIFY_ORDERS = path.join(FIXTURES, 'shopify-orders/orders_export_1.csv')
const GENERIC_ORDERS = path.join(FIXTURES, 'generic/old-shop-orders.csv')
const UNREADABLE_AMOUNT = path.join(FIXTURES, 'malformed/unreadable-amount.csv')
const SHOTS_DIR = process.env.AFTERSALE_SHOTS_DIR ?? '/tmp/aftersale-shots'

/** The whole page from the top: scrolled down, a full-page shot would show the fixed header in the middle. */
async function screenshot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0))
  await page.screenshot({ path: path.join(SHOTS_DIR, `${name}.png`), fullPage: true })
}

/** The import screen as the user sees it: a drop zone, one card per file, and the history. */
class ImportScreen {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import' }).click()
    await this.page.getByRole('heading', { level: 1, name: 'Import' }).waitFor(VISIBLE)
  }

  /** What dropping files does: the files land on the drop zone's file input. */
  async drop(file: string): Promise<Locator> {
    await this.page.locator('input[type=file]').setInputFiles(file)
    const card = this.card(path.basename(file))
    await card.getByTestId('detected-format').waitFor(VISIBLE)
    return card
  }

  card(fileName: string): Locator {
    return this.page.getByRole('region', { name: fileName })
  }

  async ordersCreated(card: Locator): Promise<number> {
    const cell = card.getByRole('table', { name: 'Counts' }).locator('tr[data-entity="orders"] td[data-kind="created"]')
    await cell.waitFor(VISIBLE)
    return Number((await cell.innerText()).replaceAll(',', ''))
  }

  async preview(card: Locator): Promise<void> {
    await card.getByRole('button', { name: 'Preview' }).click()
  }

  async commit(card: Locator, fileName: string): Promise<void> {
    await card.getByRole('button', { name: 'Import', exact: true }).click()
    await card.getByText(`Imported ${fileName}`).waitFor(VISIBLE)
  }

  async mapColumn(card: Locator, column: string, field: string): Promise<void> {
    await card.getByRole('textbox', { name: `Field for column ${column}` }).click()
    await this.page.getByRole('option', { name: field, exact: true }).click()
  }

  get history(): Locator {
    return this.page.getByRole('table', { name: 'Import history' })
  }

  historyRow(fileName: string): Locator {
    return this.history.locator('tbody tr').filter({ hasText: fileName })
  }
}

describe('importing a shop’s exports', () => {
  let app: E2eApp
  let page: Page
  let imports: ImportScreen

  const ordersInShop = async () => (await app.backend.client.orders.list({})).total
  const committedImports = async () => (await app.backend.client.imports.list({})).rows.filter((batch) => batch.status === 'committed').length

  beforeAll(async () => {
    fs.mkdirSync(SHOTS_DIR, { recursive: true })
    app = await startE2eApp()
    page = await app.openPage()
    imports = new ImportScreen(page)
  })
  afterAll(() => app.close())

  it('is offered on the first-run screen of an empty shop', async () => {
    await page.getByRole('link', { name: "Import your shop's exports" }).click()
    await page.getByRole('heading', { level: 1, name: 'Import' }).waitFor(VISIBLE)
    await page.getByText('Nothing has been imported into this shop yet.').waitFor(VISIBLE)
  })

  it('previews a Shopify orders export, imports it, shows its orders, and undoes it', async () => {
    const card = await imports.drop(SHOPIFY_ORDERS)
    expect(await card.getByTestId('detected-format').innerText()).toMatch(/Shopify orders/i)
    await imports.preview(card)
    const previewed = await imports.ordersCreated(card)
    expect(previewed).toBeGreaterThan(0)
    expect(await ordersInShop()).toBe(0)

    await imports.commit(card, 'orders_export_1.csv')
    expect(await ordersInShop()).toBe(previewed)

    await card.getByRole('link', { name: 'See the orders' }).click()
    const orders = new ListPage(page, 'Orders')
    await orders.summary.waitFor(VISIBLE)
    expect(await orders.shownTotal()).toBe(previewed)

    await imports.open()
    const row = imports.historyRow('orders_export_1.csv')
    await row.getByRole('button', { name: /Undo import of/ }).click()
    await page.getByRole('dialog').getByRole('button', { name: 'Undo import' }).click()
    await row.getByText('Undone').waitFor(VISIBLE)
    expect(await ordersInShop()).toBe(0)
  })

  it('maps the columns of a generic CSV, previews it and imports it', async () => {
    const card = await imports.drop(GENERIC_ORDERS)
    expect(await card.getByTestId('detected-format').innerText()).toMatch(/Not a known export/)
    const mapping: [string, string][] = [
      ['order', 'Order number'],
      ['date', 'Order date'],
      ['email', 'Customer email'],
      ['first', 'First name'],
      ['last', 'Last name'],
      ['currency', 'Currency'],
      ['total', 'Order total'],
      ['item', 'Item name'],
      ['qty', 'Item quantity'],
      ['price', 'Item price'],
    ]
    for (const [column, field] of mapping) await imports.mapColumn(card, column, field)
    await imports.preview(card)
    expect(await imports.ordersCreated(card)).toBe(2)
    await screenshot(page, 'imports-light')
    await imports.commit(card, 'old-shop-orders.csv')
    expect(await ordersInShop()).toBe(2)
    await imports.historyRow('old-shop-orders.csv').waitFor(VISIBLE)
  })

  it('shows the line of a malformed file and imports nothing', async () => {
    const before = { orders: await ordersInShop(), imports: await committedImports() }
    const card = await imports.drop(UNREADABLE_AMOUNT)
    await imports.preview(card)
    const problems = card.getByRole('table', { name: 'Problems' })
    await problems.waitFor(VISIBLE)
    const firstProblem = problems.locator('tbody tr').first()
    expect(await firstProblem.locator('td').nth(1).innerText()).toBe('3')
    expect(await firstProblem.innerText()).toContain('12.5O')
    expect(await card.getByRole('button', { name: 'Import', exact: true }).count()).toBe(0)
    expect({ orders: await ordersInShop(), imports: await committedImports() }).toEqual(before)
  })

  it('looks right in the dark', async () => {
    const dark = await app.openPage({ colorScheme: 'dark' })
    const darkImports = new ImportScreen(dark)
    await new AppShell(dark).header.waitFor(VISIBLE)
    await darkImports.open()
    const card = await darkImports.drop(SHOPIFY_ORDERS)
    await darkImports.preview(card)
    await darkImports.ordersCreated(card)
    await screenshot(dark, 'imports-dark')
    await dark.context().close()
  })
})
