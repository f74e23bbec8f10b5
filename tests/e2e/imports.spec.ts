import fs from 'node:fs'
import path from 'node:path'
import type { Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { writeShopifyOrdersExport } from '../bench/shopify-export-generator'
import { startE2eApp, type E2eApp } from '../support/e2e-app'
import { AppShell, ListPage } from '../support/e2e-pages'
import { makeTempDir } from '../support/temp-dir'

const VISIBLE = { timeout: 15_000 }
const FIXTURES = path.resolve(__dirname, '../fixtures/imports')
const SHOPIFY_ORDERS = path.join(FIXTURES, 'shopify-orders/orders_export_1.csv')
const GENERIC_ORDERS = path.join(FIXTURES, 'generic/old-shop-orders.csv')
const GENERIC_ORDERS_FEBRUARY = path.join(FIXTURES, 'generic/old-shop-orders-february.csv')
const MARKET_STALL = path.join(FIXTURES, 'generic/market-stall-sales.csv')
const WINDOWS_1252 = path.join(FIXTURES, 'generic/bestellungen-windows-1252.csv')
const ETSY_ORDERS = path.join(FIXTURES, 'etsy/EtsySoldOrders2025.csv')
const ETSY_ITEMS = path.join(FIXTURES, 'etsy/EtsySoldOrderItems2025.csv')
const UNREADABLE_AMOUNT = path.join(FIXTURES, 'malformed/unreadable-amount.csv')
const SHOTS_DIR = process.env.AFTERSALE_SHOTS_DIR ?? '/tmp/aftersale-shots'

/** Not the browser's zone (Pacific/Kiritimati): dates shown in the wrong zone would be a day off. */
const SHOP_TIME_ZONE = 'America/New_York'

const OLD_SHOP_MAPPING: [string, string][] = [
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

/** Chromium writes a narrow no-break space before AM/PM: compare texts with their spaces made plain. */
function plainSpaces(text: string): string {
  return text.replace(/\s+/g, ' ')
}

/** The whole page from the top: scrolled down, a full-page shot would show the fixed header in the middle. */
async function screenshot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0))
  await page.screenshot({ path: path.join(SHOTS_DIR, `${name}.png`), fullPage: true })
}

/** One card, for a closer look than the whole page gives. */
async function cardShot(card: Locator, name: string): Promise<void> {
  await card.screenshot({ path: path.join(SHOTS_DIR, `${name}.png`) })
}

const MARKET_STALL_MAPPING: [string, string][] = [
  ['Receipt', 'Order number'],
  ['Sold at', 'Order date'],
  ['Buyer email', 'Customer email'],
  ['Item', 'Item name'],
  ['Qty', 'Item quantity'],
  ['Price', 'Item price'],
  ['Total', 'Order total'],
]

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

  /** Several files dropped at once; the card to wait for is named by the caller (a pair shares one). */
  async dropTogether(files: string[], cardName: string): Promise<Locator> {
    await this.page.locator('input[type=file]').setInputFiles(files)
    const card = this.card(cardName)
    await card.getByTestId('detected-format').waitFor(VISIBLE)
    return card
  }

  card(fileName: string): Locator {
    return this.page.getByRole('region', { name: fileName })
  }

  /** Closes a file's card, so the same file can be dropped again. */
  async remove(fileName: string): Promise<void> {
    await this.card(fileName).getByRole('button', { name: `Remove ${fileName}` }).click()
    await this.card(fileName).waitFor({ state: 'detached' })
  }

  async created(card: Locator, entity: 'orders' | 'lines'): Promise<number> {
    const cell = card.getByRole('table', { name: 'Counts' }).locator(`tr[data-entity="${entity}"] td[data-kind="created"]`)
    await cell.waitFor(VISIBLE)
    return Number((await cell.innerText()).replaceAll(',', ''))
  }

  ordersCreated(card: Locator): Promise<number> {
    return this.created(card, 'orders')
  }

  async preview(card: Locator): Promise<void> {
    await card.getByRole('button', { name: 'Preview' }).click()
  }

  async commit(card: Locator, fileName: string): Promise<void> {
    await card.getByRole('button', { name: 'Import', exact: true }).click()
    await card.getByText(`Imported ${fileName}`).waitFor(VISIBLE)
  }

  async mapColumn(card: Locator, column: string, field: string): Promise<void> {
    await card.getByRole('textbox', { name: `Field for column ${column}`, exact: true }).click()
    await this.page.getByRole('option', { name: field, exact: true }).click()
  }

  async mapColumns(card: Locator, mapping: [string, string][]): Promise<void> {
    for (const [column, field] of mapping) await this.mapColumn(card, column, field)
  }

  fieldOf(card: Locator, column: string): Locator {
    return card.getByRole('textbox', { name: `Field for column ${column}`, exact: true })
  }

  /** A column's row in the mapping table: its name, its field, the sample cell as written, and as read. */
  private mappingRow(card: Locator, column: string): Locator {
    return card
      .getByRole('table', { name: 'Column mapping' })
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell', { name: column, exact: true }) })
  }

  inFile(card: Locator, column: string): Locator {
    return this.mappingRow(card, column).getByRole('cell').nth(2)
  }

  readAs(card: Locator, column: string): Locator {
    return this.mappingRow(card, column).getByRole('cell').nth(3)
  }

  async showSampleRow(card: Locator, row: number): Promise<void> {
    await card.getByText(`Row ${row}`, { exact: true }).click()
  }

  async chooseEncoding(card: Locator, label: string): Promise<void> {
    await card.getByRole('textbox', { name: 'Encoding' }).click()
    await this.page.getByRole('option', { name: label, exact: true }).click()
  }

  async chooseCurrency(card: Locator, code: string): Promise<void> {
    const picker = card.getByRole('textbox', { name: 'Currency of the file' })
    await picker.click()
    await picker.fill(code)
    await this.page.getByRole('option', { name: new RegExp(`^${code} `) }).click()
  }

  async saveMapping(card: Locator, name: string): Promise<void> {
    await card.getByRole('textbox', { name: 'Mapping name' }).fill(name)
    await card.getByRole('button', { name: 'Save mapping as preset' }).click()
    await this.page.getByText(`Files with these columns will use “${name}”.`).waitFor(VISIBLE)
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
    await app.backend.client.settings.update({ timeZone: SHOP_TIME_ZONE })
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
    await imports.mapColumns(card, OLD_SHOP_MAPPING)
    await imports.preview(card)
    expect(await imports.ordersCreated(card)).toBe(2)
    await screenshot(page, 'imports-light')
    await imports.commit(card, 'old-shop-orders.csv')
    expect(await ordersInShop()).toBe(2)
    await imports.historyRow('old-shop-orders.csv').waitFor(VISIBLE)
  })

  it('saves a mapping under a name and applies it to the next file with the same columns', async () => {
    await imports.remove('old-shop-orders.csv')
    const first = await imports.drop(GENERIC_ORDERS)
    await imports.mapColumns(first, OLD_SHOP_MAPPING)
    await imports.saveMapping(first, 'Old shop orders')
    await imports.remove('old-shop-orders.csv')

    const card = await imports.drop(GENERIC_ORDERS_FEBRUARY)
    await card.getByText('Using the saved mapping “Old shop orders”.').waitFor(VISIBLE)
    expect(await imports.fieldOf(card, 'date').inputValue()).toBe('Order date')
    expect(await imports.fieldOf(card, 'price').inputValue()).toBe('Item price')
    await imports.readAs(card, 'total').getByText('€42.00').waitFor(VISIBLE)
    await imports.preview(card)
    expect(await imports.ordersCreated(card)).toBe(3)
    const before = await ordersInShop()
    await imports.commit(card, 'old-shop-orders-february.csv')
    expect(await ordersInShop()).toBe(before + 3)
  })

  it('says a file imported before was already imported, and when, and changes nothing', async () => {
    const before = { orders: await ordersInShop(), imports: await committedImports() }
    const batch = (await app.backend.client.imports.list({})).rows.find((row) => row.fileName === 'old-shop-orders.csv' && row.status === 'committed')
    if (!batch) throw new Error('old-shop-orders.csv should have been imported by an earlier test')
    const when = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: SHOP_TIME_ZONE }).format(new Date(batch.createdAt))

    const card = await imports.drop(GENERIC_ORDERS)
    await card.getByText('Using the saved mapping “Old shop orders”.').waitFor(VISIBLE)
    await imports.preview(card)
    const notice = card.getByText(/^Already imported on /)
    await notice.waitFor(VISIBLE)
    expect(plainSpaces(await notice.innerText())).toBe(plainSpaces(`Already imported on ${when}`))
    expect(await card.getByRole('button', { name: 'Import', exact: true }).count()).toBe(0)
    expect({ orders: await ordersInShop(), imports: await committedImports() }).toEqual(before)
    await imports.remove('old-shop-orders.csv')
  })

  it('reads a Windows-1252 file as such, and shows what another encoding makes of it', async () => {
    const card = await imports.drop(WINDOWS_1252)
    expect(await card.getByRole('textbox', { name: 'Encoding' }).inputValue()).toBe('Windows-1252 (Western European)')
    expect(await imports.inFile(card, 'Nachname').innerText()).toBe('Müller')
    expect(await imports.inFile(card, 'Vorname').innerText()).toBe('Jürgen')
    await imports.mapColumn(card, 'Nachname', 'Last name')
    await imports.readAs(card, 'Nachname').getByText('Müller', { exact: true }).waitFor(VISIBLE)

    await imports.chooseEncoding(card, 'UTF-8')
    await card.getByText(/This line is not valid UTF-8 text/).first().waitFor(VISIBLE)
    expect(await card.getByText('Müller').count()).toBe(0)

    await imports.chooseEncoding(card, 'Windows-1252 (Western European)')
    await imports.inFile(card, 'Nachname').getByText('Müller', { exact: true }).waitFor(VISIBLE)
    expect(await card.getByText(/not valid UTF-8/).count()).toBe(0)
    await imports.remove('bestellungen-windows-1252.csv')
  })

  it('shows beside each mapped column what the import reads, and asks for the currency the file does not name', async () => {
    const card = await imports.drop(MARKET_STALL)
    await imports.mapColumns(card, MARKET_STALL_MAPPING)
    const currencyMissing = 'Choose the column that holds the currency, or the currency of the whole file.'
    const problem = imports.readAs(card, 'Total').getByText(currencyMissing)
    await problem.waitFor(VISIBLE)
    const [red, green] = await problem.evaluate((element) => {
      const [r = 0, g = 0] = getComputedStyle(element).color.match(/\d+/g)?.map(Number) ?? []
      return [r, g]
    })
    expect(red).toBeGreaterThan(green + 80)
    await card.getByRole('alert').filter({ hasText: 'Before this file can be imported' }).getByText(currencyMissing).waitFor(VISIBLE)
    await cardShot(card, 'imports-mapping-no-currency-light')

    await imports.chooseCurrency(card, 'EUR')
    await imports.readAs(card, 'Total').getByText('€18.50').waitFor(VISIBLE)
    expect(await imports.readAs(card, 'Price').innerText()).toBe('€18.50')
    expect(plainSpaces(await imports.readAs(card, 'Sold at').innerText())).toBe('Mar 7, 2026, 4:45 PM')
    expect(await imports.readAs(card, 'Buyer email').innerText()).toBe('mia.hart@example.com')
    expect(await imports.inFile(card, 'Buyer email').innerText()).toBe('Mia.Hart@Example.com')
    await cardShot(card, 'imports-mapping-light')

    await imports.showSampleRow(card, 3)
    await imports.readAs(card, 'Item').getByText('Hand-thrown bowl').waitFor(VISIBLE)
    expect(await imports.readAs(card, 'Buyer email').innerText()).toBe('empty')

    await imports.preview(card)
    expect(await imports.ordersCreated(card)).toBe(3)
    await imports.commit(card, 'market-stall-sales.csv')
    const orders = await app.backend.context.db.selectFrom('orders').select(['order_number', 'currency', 'total_minor']).where('order_number', 'like', 'R-%').orderBy('order_number').execute()
    expect(orders).toEqual([
      { order_number: 'R-101', currency: 'EUR', total_minor: 1850 },
      { order_number: 'R-102', currency: 'EUR', total_minor: 1450 },
      { order_number: 'R-103', currency: 'EUR', total_minor: 3200 },
    ])
  })

  it('imports Etsy’s orders and items files, dropped together, as one import', async () => {
    const name = 'EtsySoldOrders2025.csv + EtsySoldOrderItems2025.csv'
    const card = await imports.dropTogether([ETSY_ITEMS, ETSY_ORDERS], name)
    await card.getByText(/With its order items from EtsySoldOrderItems2025\.csv/).waitFor(VISIBLE)
    expect(await page.getByRole('region', { name: /^EtsySoldOrderItems2025\.csv/ }).count()).toBe(0)
    // Etsy writes each order's currency: there is nothing to choose.
    expect(await card.getByRole('textbox', { name: 'Currency of the file' }).count()).toBe(0)
    await cardShot(card, 'imports-etsy-pair-light')

    await imports.preview(card)
    const orders = await imports.ordersCreated(card)
    expect(orders).toBeGreaterThan(0)
    expect(await imports.created(card, 'lines')).toBeGreaterThanOrEqual(orders)
    await imports.commit(card, 'EtsySoldOrders2025.csv')

    const etsy = await app.backend.context.db
      .selectFrom('orders')
      .leftJoin('order_lines', 'order_lines.order_id', 'orders.id')
      .select(['orders.id', (eb) => eb.fn.count<number>('order_lines.id').as('lines')])
      .where('orders.source', '=', 'etsy')
      .groupBy('orders.id')
      .execute()
    expect(etsy).toHaveLength(orders)
    expect(etsy.every((order) => Number(order.lines) > 0)).toBe(true)
    await imports.historyRow('EtsySoldOrders2025.csv').waitFor(VISIBLE)
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

  it('imports a big export with live progress, cancels it leaving nothing, then imports it whole', async () => {
    const temp = makeTempDir()
    try {
      // Big enough to run on the import's own threads (imports/run-import.ts).
      const big = path.join(temp.dir, 'orders_export_big.csv')
      const generated = await writeShopifyOrdersExport(big, { lineRows: 60_000, seed: 3 })
      const before = { orders: await ordersInShop(), imports: await committedImports() }
      await imports.open()
      const card = await imports.drop(big)
      await imports.preview(card)
      expect(await imports.ordersCreated(card)).toBe(generated.orders)

      await card.getByRole('button', { name: 'Import', exact: true }).click()
      const progress = card.getByRole('group', { name: 'Import progress' })
      await progress.getByText(/^Importing: [1-9][\d,]* rows, [\d,]+ rows\/s$/).waitFor(VISIBLE)
      await cardShot(card, 'imports-big-progress')
      await progress.getByRole('button', { name: 'Cancel' }).click()
      await card.getByText('The import cancelled').waitFor(VISIBLE)
      await card.getByText('Nothing was changed.').waitFor(VISIBLE)
      expect({ orders: await ordersInShop(), imports: await committedImports() }).toEqual(before)

      await card.getByRole('button', { name: 'Start over' }).click()
      await imports.preview(card)
      await imports.ordersCreated(card)
      await imports.commit(card, 'orders_export_big.csv')
      expect(await imports.ordersCreated(card)).toBe(generated.orders)
      expect({ orders: await ordersInShop(), imports: await committedImports() }).toEqual({ orders: before.orders + generated.orders, imports: before.imports + 1 })
      await imports.remove('orders_export_big.csv')
    } finally {
      temp.cleanup()
    }
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

    const mapped = await darkImports.drop(MARKET_STALL)
    await darkImports.mapColumns(mapped, MARKET_STALL_MAPPING)
    await darkImports.readAs(mapped, 'Total').getByText('Choose the column that holds the currency, or the currency of the whole file.').waitFor(VISIBLE)
    await cardShot(mapped, 'imports-mapping-no-currency-dark')
    await darkImports.chooseCurrency(mapped, 'EUR')
    await darkImports.readAs(mapped, 'Total').getByText('€18.50').waitFor(VISIBLE)
    await cardShot(mapped, 'imports-mapping-dark')
    const pair = await darkImports.dropTogether([ETSY_ORDERS, ETSY_ITEMS], 'EtsySoldOrders2025.csv + EtsySoldOrderItems2025.csv')
    await cardShot(pair, 'imports-etsy-pair-dark')
    await dark.context().close()
  })
})
