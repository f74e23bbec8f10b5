import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../../src-main/security/content-security-policy'
import { startE2eApp, type E2eApp } from '../support/e2e-app'
import { AppShell, DetailPage, FirstRunScreen, ListPage } from '../support/e2e-pages'

const VISIBLE = { timeout: 15_000 }

/**
 * Here the demo shop loads in a fraction of a second, quicker than anyone can
 * press Cancel. Holding its request back in the browser until the test lets
 * it go stands in for a slower computer, so the progress screen is there to
 * watch and to cancel, however busy the machine running the test is.
 */
async function holdDemoLoad(page: Page): Promise<{ release(): Promise<void> }> {
  const held: Promise<void>[] = []
  let letGo: () => void = () => undefined
  const gate = new Promise<void>((resolve) => (letGo = resolve))
  await page.route('**/rpc/demo/load', (route) => {
    held.push(
      gate
        .then(() => route.continue())
        // A request the page has meanwhile aborted can no longer be continued: that is the point.
        .catch(() => undefined),
    )
  })
  return {
    async release() {
      letGo()
      await Promise.all(held)
      await page.unrouteAll()
    },
  }
}

/** Every label the demo progress bar shows, as it changes: the phases the user saw. */
async function recordProgressLabels(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const seen: string[] = []
    Object.assign(window, { progressLabelsSeen: seen })
    new MutationObserver(() => {
      const label = document.querySelector('[role="progressbar"]')?.getAttribute('aria-label')
      if (label && seen.at(-1) !== label) seen.push(label)
    }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-label'] })
  })
  return () => page.evaluate(() => (window as unknown as { progressLabelsSeen: string[] }).progressLabelsSeen)
}

describe('a new shop', () => {
  let app: E2eApp
  let page: Page
  let firstRun: FirstRunScreen

  const shopCounts = async () => {
    const { tables } = await app.backend.client.shop.stats({})
    return { orders: tables.orders, customers: tables.customers }
  }

  beforeAll(async () => {
    app = await startE2eApp()
    page = await app.openPage()
    firstRun = new FirstRunScreen(page)
  })
  afterAll(() => app.close())

  it('shows the first-run screen on an empty database, offering the demo shop and an import', async () => {
    await firstRun.heading.waitFor(VISIBLE)
    expect(await firstRun.loadDemoButton.isVisible()).toBe(true)
    expect(await page.getByRole('button', { name: /import your shop/i }).or(page.getByRole('link', { name: /import your shop/i })).count()).toBe(1)
  })

  it('cancelling the demo load on the progress screen leaves the shop empty', async () => {
    const held = await holdDemoLoad(page)
    await firstRun.loadDemoButton.click()
    await firstRun.progress.waitFor(VISIBLE)
    await firstRun.cancelButton.click()
    await firstRun.cancelledNotice.waitFor(VISIBLE)
    await held.release()
    expect(await shopCounts()).toEqual({ orders: 0, customers: 0 })
    await page.reload()
    await firstRun.heading.waitFor(VISIBLE)
  })

  it('rolls back a demo load cancelled over HTTP while the backend is working on it', async () => {
    const controller = new AbortController()
    const phases: string[] = []
    const consume = async () => {
      for await (const event of await app.httpClient().demo.load({}, { signal: controller.signal })) {
        if (event.kind === 'progress') phases.push(event.phase)
        controller.abort()
      }
    }
    await expect(consume()).rejects.toThrow()
    expect(phases.length).toBeGreaterThan(0)
    // The backend has one connection: this waits for the load's transaction to end, then counts.
    expect(await shopCounts()).toEqual({ orders: 0, customers: 0 })
  })

  it('loads the demo shop with progress, then shows its orders and customers', async () => {
    const held = await holdDemoLoad(page)
    const progressLabels = await recordProgressLabels(page)
    await firstRun.loadDemoButton.click()
    await firstRun.progress.waitFor(VISIBLE)
    expect(await firstRun.cancelButton.isEnabled()).toBe(true)
    await held.release()

    // A shop with data opens on its dashboard; the orders are one click away.
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor({ timeout: 60_000 })
    await new AppShell(page).goTo('Orders')
    const orders = new ListPage(page, 'Orders')
    await orders.rows.first().waitFor(VISIBLE)
    expect(await orders.rows.count()).toBeGreaterThan(5)
    expect(await page.getByRole('alert').filter({ hasText: 'Demo shop loaded' }).count()).toBe(1)
    const labels = await progressLabels()
    expect(labels[0]).toBe('Loading the demo shop: Starting')
    expect(labels.length).toBeGreaterThan(1)

    await new AppShell(page).goTo('Customers')
    const customers = new ListPage(page, 'Customers')
    await customers.rows.first().waitFor(VISIBLE)
    expect(await customers.shownTotal()).toBe((await shopCounts()).customers)
  })
})

describe('a demo shop', () => {
  let app: E2eApp
  let page: Page
  let orders: ListPage

  beforeAll(async () => {
    app = await startE2eApp()
    await app.loadDemoShop()
    page = await app.openPage()
    await new AppShell(page).goTo('Orders')
    orders = new ListPage(page, 'Orders')
    await orders.rows.first().waitFor(VISIBLE)
  })
  afterAll(() => app.close())

  it('lists orders with the total the database holds', async () => {
    const { tables } = await app.backend.client.shop.stats({})
    expect(tables.orders).toBeGreaterThan(1_000)
    expect(await orders.shownTotal()).toBe(tables.orders)
    expect(await orders.rows.count()).toBeGreaterThan(5)
  })

  it('scrolls through the orders in the database', async () => {
    const expected = await app.backend.client.orders.list({ page: 1, pageSize: 100 })
    expect(await orders.scrollToRow(150)).toBe(expected.rows[50]?.orderNumber)
  })

  it('sorts the orders in the database, both ways', async () => {
    const before = await orders.firstColumn()
    await orders.sortBy('Total')
    const largestFirst = await orders.waitForRowsOtherThan(before)
    expect(await orders.columnHeader('Total').getAttribute('aria-sort')).toBe('descending')
    const largest = await app.backend.client.orders.list({ sort: 'total', direction: 'desc' })
    expect(largestFirst).toEqual(largest.rows.slice(0, largestFirst.length).map((order) => order.orderNumber))

    await orders.sortBy('Total')
    const smallestFirst = await orders.waitForRowsOtherThan(largestFirst)
    expect(await orders.columnHeader('Total').getAttribute('aria-sort')).toBe('ascending')
    const smallest = await app.backend.client.orders.list({ sort: 'total', direction: 'asc' })
    expect(smallestFirst).toEqual(smallest.rows.slice(0, smallestFirst.length).map((order) => order.orderNumber))
  })

  it('finds an order by its number and opens it', async () => {
    const { rows } = await app.backend.client.orders.list({ page: 7 })
    const wanted = rows[13]
    if (!wanted) throw new Error('The demo shop has fewer orders than this test expects.')
    await orders.search(wanted.orderNumber)
    await page.waitForFunction((n) => document.querySelector('table[aria-label="Orders"] tbody tr td:first-child a')?.textContent === n, wanted.orderNumber)
    expect(await orders.shownTotal()).toBeLessThan(10)

    await orders.rows.first().getByRole('cell').nth(1).click()
    const order = new DetailPage(page)
    await order.title.filter({ hasText: `Order ${wanted.orderNumber}` }).waitFor(VISIBLE)
    expect(await order.section('Items').getByRole('table', { name: 'Order lines' }).locator('tbody tr').count()).toBeGreaterThan(0)
  })

  it('opens a customer from the list and shows their orders', async () => {
    await new AppShell(page).goTo('Customers')
    const customers = new ListPage(page, 'Customers')
    await customers.rows.first().waitFor(VISIBLE)
    const { rows } = await app.backend.client.customers.list({})
    const customer = rows.find((row) => row.orderCount > 1)
    if (!customer) throw new Error('No repeat customer on the first page of the demo shop.')
    const name = [customer.firstName, customer.lastName].filter(Boolean).join(' ')

    await customers.rows.filter({ hasText: name }).first().click()
    const detail = new DetailPage(page)
    await detail.title.filter({ hasText: name }).waitFor(VISIBLE)
    const theirOrders = new ListPage(page, 'Orders', detail.section('Orders'))
    await theirOrders.rows.first().waitFor(VISIBLE)
    const expected = await app.backend.client.orders.list({ customerId: customer.id })
    expect(await theirOrders.firstColumn()).toEqual(expected.rows.map((order) => order.orderNumber))
    expect(await theirOrders.shownTotal()).toBe(expected.total)
  })

  it('shows which database file is open in the header', async () => {
    const openShop = new AppShell(page).openShop
    expect(await openShop.textContent()).toContain(app.dbPath)
  })

  it("shows the backend's message in place when an order cannot be found", async () => {
    await page.goto(new URL('/#/orders/no-such-order', app.server.url).href)
    const failure = page.getByRole('alert').filter({ hasText: 'This order could not be shown' })
    await failure.waitFor(VISIBLE)
    expect(await failure.innerText()).toContain('That order is no longer in this shop.')
    expect(await failure.getByRole('button', { name: 'Try again' }).isVisible()).toBe(true)
  })

  it('carries the app-wide content security policy and no inline script', async () => {
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
    expect(policy).toBe(CONTENT_SECURITY_POLICY)
    expect(await page.locator('script:not([src])').count()).toBe(0)
  })

  it('refuses an API request that does not carry the session token', async () => {
    const answer = await page.evaluate(async () => {
      const response = await fetch('/rpc/shop/status', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })
      return { status: response.status, body: (await response.json()) as { code: string } }
    })
    expect(answer.status).toBe(401)
    expect(answer.body.code).toBe('UNAUTHORIZED')
  })
})
