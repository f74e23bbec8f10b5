import fs from 'node:fs'
import path from 'node:path'
import type { Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiClient } from '../../src-main/backend/router'
import { addDays } from '../../src-main/dashboard/metrics.rules'
import { policyViolationsOf, startE2eApp, type E2eApp } from '../support/e2e-app'
import { ListPage } from '../support/e2e-pages'

type Metrics = Awaited<ReturnType<ApiClient['dashboard']['metrics']>>

const VISIBLE = { timeout: 15_000 }
const SHOTS_DIR = process.env.AFTERSALE_SHOTS_DIR ?? '/tmp/aftersale-shots'

/** As the page writes figures: the browser runs in en-US (tests/support/e2e-app.ts). */
const count = (n: number) => n.toLocaleString('en-US')
const money = (minor: number, currency: string) => new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(minor / 100)
const longMonth = (month: string) => new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`))
const shopDate = (date: string) => new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`))

class DashboardScreen {
  constructor(readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: 'Dashboard' })
  }

  /** A KPI card or a chart's section, by its title. */
  region(title: string): Locator {
    return this.page.getByRole('region', { name: title, exact: true })
  }

  /** The headline figure of a KPI card: a link to the rows it counts. */
  figure(card: string): Locator {
    return this.region(card).getByRole('link').first()
  }

  /** Waits until a card shows `text` as one of its figures, which it does once the figures for the asked view have arrived. */
  async waitForFigure(card: string, text: string): Promise<void> {
    await this.region(card).getByRole('link', { name: text, exact: true }).first().waitFor(VISIBLE)
  }

  async choosePeriod(label: string): Promise<void> {
    await this.page.getByRole('radiogroup', { name: 'Period' }).getByText(label, { exact: true }).click()
  }

  async waitForPeriod(from: string, to: string): Promise<void> {
    await this.region('Period and filters').getByText(`${shopDate(from)} – ${shopDate(to)}`, { exact: true }).waitFor(VISIBLE)
  }

  filter(name: 'Source' | 'Currency'): Locator {
    return this.page.getByRole('combobox', { name })
  }

  async showAsTable(section: string): Promise<void> {
    await this.region(section).getByText('Table', { exact: true }).click()
  }

  get charts(): Locator {
    return this.page.locator('canvas')
  }
}

describe('the dashboard of a demo shop', () => {
  let app: E2eApp
  let api: ApiClient
  let lastYear: Metrics
  let today: string

  const openDashboard = async (options?: { colorScheme: 'light' | 'dark' }) => {
    const page = await app.openPage(options)
    const dashboard = new DashboardScreen(page)
    await dashboard.heading.waitFor(VISIBLE)
    await dashboard.figure('Customers').waitFor(VISIBLE)
    return { page, dashboard }
  }

  beforeAll(async () => {
    fs.mkdirSync(SHOTS_DIR, { recursive: true })
    app = await startE2eApp()
    await app.loadDemoShop()
    api = app.httpClient()
    lastYear = await api.dashboard.metrics({})
    today = lastYear.period.to
  })
  afterAll(() => app.close())

  it('opens on the dashboard, with the last 365 days’ KPI cards and the definition of each', async () => {
    const { page, dashboard } = await openDashboard()
    expect(await dashboard.figure('Customers').innerText()).toBe(count(lastYear.kpis.customers.current))
    expect(await dashboard.figure('Orders').innerText()).toBe(count(lastYear.kpis.orders.current))
    for (const [card, figure] of [
      ['Customers', lastYear.kpis.customers],
      ['Repeat purchase rate', lastYear.kpis.repeatPurchaseRate],
      ['Net revenue', lastYear.kpis.netRevenue],
      ['Average order value', lastYear.kpis.averageOrderValue],
      ['Customer lifetime value', lastYear.kpis.lifetimeValue],
      ['Return rate', lastYear.kpis.returnRate],
      ['Net Promoter Score', lastYear.kpis.nps],
    ] as const) {
      expect(await dashboard.region(card).innerText(), card).toContain(figure.definition)
    }
    // Money per currency, never summed: one line per currency.
    for (const { currency, netMinor } of lastYear.kpis.netRevenue.current) {
      expect(await dashboard.region('Net revenue').getByRole('link', { name: money(netMinor, currency), exact: true }).count()).toBe(1)
    }
    expect(await page.getByText(`${count(lastYear.excluded.current.ordersWithoutCustomer)} orders without a known customer`).count()).toBe(1)
    await page.context().close()
  })

  it('changes the figures with the period picker, to those the API gives for the same days', async () => {
    const { page, dashboard } = await openDashboard()
    const from = addDays(today, -89)
    const expected = await api.dashboard.metrics({ from, to: today })
    expect(expected.kpis.customers.current).not.toBe(lastYear.kpis.customers.current)

    await dashboard.choosePeriod('Last 90 days')
    await dashboard.waitForPeriod(from, today)
    expect(await dashboard.figure('Customers').innerText()).toBe(count(expected.kpis.customers.current))
    expect(await dashboard.figure('Orders').innerText()).toBe(count(expected.kpis.orders.current))

    // The period is in the address: back returns to the last 365 days.
    await page.goBack()
    await dashboard.waitForPeriod(lastYear.period.from, today)
    expect(await dashboard.figure('Customers').innerText()).toBe(count(lastYear.kpis.customers.current))
    await page.context().close()
  })

  it('changes the figures with the source and currency filters', async () => {
    const { page, dashboard } = await openDashboard()
    const shopify = await api.dashboard.metrics({ source: 'shopify' })
    expect(shopify.kpis.customers.current).toBeLessThan(lastYear.kpis.customers.current)
    await dashboard.filter('Source').selectOption({ label: 'Shopify' })
    await dashboard.waitForFigure('Customers', count(shopify.kpis.customers.current))
    expect(await dashboard.figure('Orders').innerText()).toBe(count(shopify.kpis.orders.current))

    const shopifyInEuros = await api.dashboard.metrics({ source: 'shopify', currency: 'EUR' })
    const [euros] = shopifyInEuros.kpis.netRevenue.current
    if (!euros) throw new Error('The demo shop sold nothing in euros on Shopify in the last year.')
    await dashboard.filter('Currency').selectOption('EUR')
    // The euro line was there before too: the sign of the new figures is that it is the only one.
    await expect.poll(() => dashboard.region('Net revenue').getByRole('link').count(), VISIBLE).toBe(1)
    expect(await dashboard.figure('Net revenue').innerText()).toBe(money(euros.netMinor, 'EUR'))
    expect(await dashboard.figure('Customers').innerText()).toBe(count(shopifyInEuros.kpis.customers.current))
    await page.context().close()
  })

  it('opens exactly a cohort cell’s customers from the heatmap’s table', async () => {
    const { page, dashboard } = await openDashboard()
    const row = lastYear.cohorts.rows[1]
    const cell = row?.cells.find((c) => c.monthsAfter === 2)
    if (!row || !cell || cell.activeCustomers === 0) throw new Error('The demo shop has no second cohort with customers back in month 2.')

    await dashboard.showAsTable('Cohorts')
    await dashboard.region('Cohorts').getByRole('link', { name: new RegExp(`^${longMonth(row.cohort)} cohort, month 2 `) }).click()

    const customers = new ListPage(page, 'Customers')
    await customers.heading.waitFor(VISIBLE)
    const chip = page.getByRole('group', { name: 'Drill-down filter' })
    expect(await chip.innerText()).toContain(`Customers of the ${longMonth(row.cohort)} cohort who ordered in month 2`)
    await customers.rows.first().waitFor(VISIBLE)
    expect(await customers.shownTotal()).toBe(cell.activeCustomers)
    await page.context().close()
  })

  it('shows lifetime value by cohort and whose next order is due, opening exactly those customers', async () => {
    const { page, dashboard } = await openDashboard()
    const [cohortValue] = lastYear.cohortLifetimeValue.rows.filter((row) => row.currency === 'USD' && row.windows[0]?.averageMinor !== null)
    if (!cohortValue) throw new Error('The demo shop has no dollar cohort with a 30-day value in the last year.')
    // One currency at a time: amounts in different currencies are never set side by side as if comparable.
    await dashboard.region('Lifetime value by cohort').getByText('USD', { exact: true }).click()
    const valueTable = dashboard.region('Lifetime value by cohort').getByRole('table', { name: 'Lifetime value by cohort in USD' })
    const valueRow = valueTable.getByRole('row').filter({ hasText: new Intl.DateTimeFormat('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${cohortValue.cohort}-01T00:00:00Z`)) })
    expect(await valueRow.innerText()).toContain(money(cohortValue.windows[0]!.averageMinor!, 'USD'))

    const { recentlyOverdue } = lastYear.orderGaps.expectedNextOrder
    expect(recentlyOverdue).toBeGreaterThan(0)
    await dashboard.region('Time between orders').getByRole('link', { name: `${count(recentlyOverdue)} customers whose next order is recently overdue` }).click()
    const customers = new ListPage(page, 'Customers')
    await customers.rows.first().waitFor(VISIBLE)
    expect(await customers.shownTotal()).toBe(recentlyOverdue)
    expect(await page.getByRole('group', { name: 'Drill-down filter' }).innerText()).toContain(`Customers whose next order was recently overdue on ${shopDate(today)}`)
    await page.context().close()
  })

  it('opens the customers and orders behind a KPI, and lets the filter go', async () => {
    const { page, dashboard } = await openDashboard()
    await dashboard.figure('Customers').click()
    const customers = new ListPage(page, 'Customers')
    await customers.rows.first().waitFor(VISIBLE)
    expect(await customers.shownTotal()).toBe(lastYear.kpis.customers.current)
    expect(await page.getByRole('group', { name: 'Drill-down filter' }).innerText()).toContain(
      `Customers who ordered ${shopDate(lastYear.period.from)} – ${shopDate(lastYear.period.to)}`,
    )

    await page.goBack()
    await dashboard.heading.waitFor(VISIBLE)
    const [dollars] = lastYear.kpis.netRevenue.current.filter((r) => r.currency === 'USD')
    if (!dollars) throw new Error('The demo shop sold nothing in dollars in the last year.')
    await dashboard.region('Net revenue').getByRole('link', { name: money(dollars.netMinor, 'USD'), exact: true }).click()
    const orders = new ListPage(page, 'Orders')
    await orders.rows.first().waitFor(VISIBLE)
    expect(await orders.shownTotal()).toBe(dollars.orders)

    await page.getByRole('button', { name: 'Remove this filter' }).click()
    const { tables } = await app.backend.client.shop.stats({})
    await page.waitForFunction((total) => document.body.innerText.includes(`${total} orders`), count(tables.orders))
    expect(await page.getByRole('group', { name: 'Drill-down filter' }).count()).toBe(0)
    await page.context().close()
  })

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`draws its charts in the ${colorScheme} scheme without spilling sideways`, async () => {
      const { page, dashboard } = await openDashboard({ colorScheme })
      await dashboard.charts.nth(2).waitFor(VISIBLE)
      expect(await dashboard.charts.count()).toBeGreaterThanOrEqual(3)
      expect(await page.locator('html').getAttribute('data-mantine-color-scheme')).toBe(colorScheme)
      const spill = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
      expect(spill).toBeLessThanOrEqual(0)
      // ECharts draws on the next frame; give the canvases a moment before the picture.
      await page.waitForTimeout(500)
      await page.screenshot({ path: path.join(SHOTS_DIR, `dashboard-${colorScheme}.png`), fullPage: true })
      expect(policyViolationsOf(page)).toEqual([])
      await page.context().close()
    })
  }
})
