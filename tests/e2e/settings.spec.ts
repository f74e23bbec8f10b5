import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BROWSER_TIME_ZONE, startE2eApp, type E2eApp } from '../support/e2e-app'
import { AppShell, DetailPage, SettingsScreen } from '../support/e2e-pages'

const VISIBLE = { timeout: 15_000 }
const SHOP_TIME_ZONE = 'Asia/Tokyo'

/** Chromium and Node may space "11:30 PM" differently (ICU uses a narrow no-break space). */
const sameSpacing = (text: string) => text.replace(/\s+/g, ' ')

describe('settings', () => {
  let app: E2eApp
  let page: Page
  let settings: SettingsScreen

  beforeAll(async () => {
    app = await startE2eApp()
    await app.loadDemoShop()
    page = await app.openPage()
    await new AppShell(page).goTo('Settings')
    settings = new SettingsScreen(page)
    await settings.shopName.waitFor(VISIBLE)
  })
  afterAll(() => app.close())

  it("shows the backend's validation message on the field it is about", async () => {
    await settings.shopName.fill('   ')
    await settings.saveButton.click()
    await page.getByText('Give the shop a name').waitFor(VISIBLE)
    expect(await settings.shopName.getAttribute('aria-invalid')).toBe('true')
    expect((await app.backend.client.settings.get({})).shopName).toBe('My shop')
  })

  it('saves the shop name and shows it in the header', async () => {
    await settings.shopName.fill('Fern & Fig Ceramics')
    await settings.saveButton.click()
    const header = new AppShell(page).openShop
    await header.getByText('Fern & Fig Ceramics').waitFor(VISIBLE)
    expect((await app.backend.client.settings.get({})).shopName).toBe('Fern & Fig Ceramics')
  })

  it("shows times in the shop's time zone, not the computer's", async () => {
    await settings.chooseTimeZone(SHOP_TIME_ZONE)
    await settings.saveButton.click()
    await page.getByText(`now uses ${SHOP_TIME_ZONE} time`).waitFor(VISIBLE)
    expect((await app.backend.client.settings.get({})).timeZone).toBe(SHOP_TIME_ZONE)

    const [order] = (await app.backend.client.orders.list({ pageSize: 1 })).rows
    if (!order) throw new Error('The demo shop has no orders.')
    await page.goto(new URL(`/#/orders/${order.id}`, app.server.url).href)
    const detail = new DetailPage(page)
    await detail.title.filter({ hasText: order.orderNumber }).waitFor(VISIBLE)

    const placed = (timeZone: string) =>
      sameSpacing(new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(order.placedAt)))
    const description = sameSpacing(await page.getByText(/^Placed /).innerText())
    expect(description).toContain(placed(SHOP_TIME_ZONE))
    expect(description).not.toContain(placed(BROWSER_TIME_ZONE))
  })
})
