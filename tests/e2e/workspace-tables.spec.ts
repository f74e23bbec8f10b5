import fs from 'node:fs'
import path from 'node:path'
import Papa from 'papaparse'
import type { Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { refreshCustomerStats } from '../../src-main/customers/customer-stats.repo'
import { addCustomer } from '../support/builders'
import { startE2eApp, type E2eApp } from '../support/e2e-app'
import { AppShell, DetailPage, ListPage, SegmentsScreen } from '../support/e2e-pages'

const VISIBLE = { timeout: 15_000 }
const SHOTS_DIR = process.env.AFTERSALE_SHOTS_DIR ?? '/tmp/aftersale-shots'
const FORMULA_NAME = '=HYPERLINK("http://x","y")'

/** A CSV the app exported, as records (the byte order mark removed, as a spreadsheet does). */
async function downloadedCsv(page: Page, button: Locator): Promise<string[][]> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()])
  const file = await download.path()
  const text = fs.readFileSync(file, 'utf8')
  expect(text.startsWith('\uFEFF')).toBe(true)
  return Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data
}

function column(records: string[][], header: string): string[] {
  const [headers = [], ...rows] = records
  const at = headers.indexOf(header)
  if (at < 0) throw new Error(`No "${header}" column in ${headers.join(', ')}`)
  return rows.map((row) => row[at] ?? '')
}

async function focusedRowIndex(page: Page): Promise<number | null> {
  return page.evaluate(() => {
    const index = document.activeElement?.getAttribute('aria-rowindex')
    return index ? Number(index) - 2 : null
  })
}

describe('the orders and customers workspace', () => {
  let app: E2eApp

  beforeAll(async () => {
    fs.mkdirSync(SHOTS_DIR, { recursive: true })
    app = await startE2eApp()
    await app.loadDemoShop()
    const db = app.backend.context.db
    const added = [
      await addCustomer(db, { first_name: 'Zoë', last_name: 'Ångström-Lindqvist', email: 'zoe.a@example.com' }),
      await addCustomer(db, { first_name: FORMULA_NAME, last_name: 'Formulaic', email: 'formula@example.com' }),
    ]
    await refreshCustomerStats(db, added.map((customer) => customer.id))
  })
  afterAll(() => app.close())

  async function openList(name: 'Orders' | 'Customers', colorScheme: 'light' | 'dark' = 'light') {
    const page = await app.openPage({ colorScheme })
    await new AppShell(page).goTo(name)
    const list = new ListPage(page, name)
    await list.rows.first().waitFor(VISIBLE)
    return { page, list }
  }

  it('finds a customer by part of an accented name typed without accents', async () => {
    const { page, list } = await openList('Customers')
    await list.search('angstrom-lind')
    await list.waitForTotal(1)
    expect(await list.firstColumn()).toEqual(['Zoë Ångström-Lindqvist'])
    await page.context().close()
  })

  it('narrows the orders with filters, counting exactly the orders the database holds', async () => {
    const { page, list } = await openList('Orders')
    const filters = await list.openFilters()
    await list.choose('Shopify')
    await list.choose('Etsy')
    await filters.getByRole('radiogroup', { name: 'Refunded' }).getByText('No', { exact: true }).click()
    await list.applyFilters()

    const db = app.backend.context.db
    const expected = await db
      .selectFrom('orders')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('source', 'in', ['shopify', 'etsy'])
      .where('refunded_minor', '=', 0)
      .executeTakeFirstOrThrow()
    const all = await db.selectFrom('orders').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
    expect(Number(expected.n)).toBeLessThan(Number(all.n))
    await list.waitForTotal(Number(expected.n))
    expect(await list.activeFilters.innerText()).toContain('Channel: Shopify, Etsy')
    expect(await list.activeFilters.innerText()).toContain('Not refunded')

    // The filters are in the address: a reload shows the same list.
    expect(page.url()).toContain('channels=shopify%2Cetsy')
    await page.reload()
    await list.waitForTotal(Number(expected.n))

    // A chip removes its own filter.
    await list.activeFilters.getByRole('button', { name: 'Remove filter: Not refunded' }).click()
    const shopifyOrEtsy = await db
      .selectFrom('orders')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('source', 'in', ['shopify', 'etsy'])
      .executeTakeFirstOrThrow()
    await list.waitForTotal(Number(shopifyOrEtsy.n))
    await page.context().close()
  })

  it('says what is wrong with a filter next to its field', async () => {
    const { page, list } = await openList('Orders')
    const filters = await list.openFilters()
    await filters.getByLabel('Placed from').fill('2025-03-10')
    await filters.getByLabel('Placed to').fill('2025-03-01')
    await filters.getByRole('button', { name: 'Apply filters' }).click()
    expect(await filters.getByText('The first day must not be after the last day').isVisible()).toBe(true)
    await page.context().close()
  })

  it('fetches the rows further down as the list scrolls, and comes back to them', async () => {
    const { page, list } = await openList('Orders')
    const { rows } = await app.backend.client.orders.list({ page: 2, pageSize: 100 })
    const wanted = rows[50]
    if (!wanted) throw new Error('The demo shop has fewer orders than this test expects.')
    expect(await list.scrollToRow(250)).toBe(wanted.orderNumber)

    await list.rows.filter({ hasText: wanted.orderNumber }).getByRole('cell').nth(1).click()
    await new DetailPage(page).title.filter({ hasText: wanted.orderNumber }).waitFor(VISIBLE)
    await page.goBack()
    await list.table.locator('tbody tr[aria-rowindex="252"]').waitFor(VISIBLE)
    expect(await list.scroller.evaluate((element) => element.scrollTop)).toBeGreaterThan(0)
    await page.context().close()
  })

  it('saves a view and opens it again with its filters, sort and columns', async () => {
    const { page, list } = await openList('Orders')
    const filters = await list.openFilters()
    await filters.getByRole('radiogroup', { name: 'Cancelled' }).getByText('Yes', { exact: true }).click()
    await list.applyFilters()
    await list.sortBy('Total')
    await list.toggleColumn('Channel')
    await list.toggleColumn('Items')
    await list.saveViewAs('Cancelled, largest first')
    expect(await list.viewsButton.innerText()).toBe('Views: Cancelled, largest first')

    // Back to the plain list, with the usual columns.
    await list.activeFilters.getByRole('button', { name: 'Remove filter: Cancelled' }).click()
    await list.sortBy('Order')
    await list.columnsButton.click()
    await page.getByRole('button', { name: 'Show the usual columns' }).click()
    await page.keyboard.press('Escape')
    expect(await list.viewsButton.innerText()).toBe('Views')
    expect(await list.columnHeader('Channel').count()).toBe(1)

    await list.openView('Cancelled, largest first')
    const cancelled = await app.backend.client.orders.list({ filters: { cancelled: true }, sort: 'total', direction: 'desc', pageSize: 5 })
    await list.waitForTotal(cancelled.total)
    expect(await list.activeFilters.innerText()).toContain('Cancelled')
    expect(await list.columnHeader('Total').getAttribute('aria-sort')).toBe('descending')
    expect(await list.columnHeader('Channel').count()).toBe(0)
    expect(await list.columnHeader('Items').count()).toBe(1)
    expect((await list.firstColumn()).slice(0, 5)).toEqual(cancelled.rows.map((order) => order.orderNumber))
    await page.context().close()
  })

  it('exports a segment with exactly its customers', async () => {
    const { page, list } = await openList('Customers')
    const filters = await list.openFilters()
    await filters.getByRole('textbox', { name: 'RFM group' }).click()
    await page.getByRole('option', { name: 'Loyal' }).click()
    await list.choose('Subscribed')
    await list.applyFilters()
    await list.saveViewAs('Loyal subscribers')

    const db = app.backend.context.db
    const members = await db
      .selectFrom('customers')
      .innerJoin('customer_stats as stats', 'stats.customer_id', 'customers.id')
      .select('customers.email')
      .where('stats.rfm_group', '=', 'loyal')
      .where('customers.marketing_consent', '=', 'granted')
      .execute()
    expect(members.length).toBeGreaterThan(0)

    await new AppShell(page).goTo('Segments')
    const segments = new SegmentsScreen(page)
    const row = segments.saved('Loyal subscribers')
    await row.waitFor(VISIBLE)
    expect(await row.getByRole('cell').nth(1).innerText()).toBe(members.length.toLocaleString('en-US'))

    const records = await downloadedCsv(page, row.getByRole('button', { name: 'Export Loyal subscribers' }))
    expect(column(records, 'Email').sort()).toEqual(members.map((m) => m.email ?? '').sort())
    await page.context().close()
  })

  it('neutralises a formula-like name in the exported file', async () => {
    const { page, list } = await openList('Customers')
    await list.search('formulaic')
    await list.waitForTotal(1)
    const records = await downloadedCsv(page, list.exportButton)
    expect(column(records, 'First name')).toEqual([`'${FORMULA_NAME}`])
    expect(column(records, 'Last name')).toEqual(['Formulaic'])
    await page.context().close()
  })

  it('moves through the rows from the keyboard: / searches, arrows move, Enter opens, Esc comes back', async () => {
    const { page, list } = await openList('Orders')
    await page.keyboard.press('/')
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Search orders')

    await page.keyboard.press('ArrowDown')
    expect(await focusedRowIndex(page)).toBe(0)
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowUp')
    expect(await focusedRowIndex(page)).toBe(1)
    const [, second] = await list.firstColumn()

    await page.keyboard.press('Enter')
    await new DetailPage(page).title.filter({ hasText: `Order ${second}` }).waitFor(VISIBLE)
    await page.keyboard.press('Escape')
    await list.heading.waitFor(VISIBLE)
    await list.rows.first().waitFor(VISIBLE)
    await page.context().close()
  })

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`looks right in the ${colorScheme} scheme: orders, customers with filters open, segments`, async () => {
      const { page } = await openList('Orders', colorScheme)
      await page.screenshot({ path: path.join(SHOTS_DIR, `tables-orders-${colorScheme}.png`) })

      await new AppShell(page).goTo('Customers')
      const customers = new ListPage(page, 'Customers')
      await customers.rows.first().waitFor(VISIBLE)
      const filters = await customers.openFilters()
      await customers.choose('Subscribed')
      await filters.getByLabel('Last order over').fill('90')
      await page.screenshot({ path: path.join(SHOTS_DIR, `tables-customers-filters-${colorScheme}.png`) })
      await customers.applyFilters()
      await page.screenshot({ path: path.join(SHOTS_DIR, `tables-customers-${colorScheme}.png`) })

      await new AppShell(page).goTo('Segments')
      const segments = new SegmentsScreen(page)
      await segments.builtIn('Champions').waitFor(VISIBLE)
      await page.screenshot({ path: path.join(SHOTS_DIR, `tables-segments-${colorScheme}.png`), fullPage: true })
      const spill = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
      expect(spill).toBeLessThanOrEqual(0)
      await page.context().close()
    })
  }
})
