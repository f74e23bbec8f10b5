import fs from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { policyViolationsOf, startE2eApp, type E2eApp } from '../support/e2e-app'
import { AppShell, DetailPage, FirstRunScreen, ListPage } from '../support/e2e-pages'

const VISIBLE = { timeout: 15_000 }
const SHOTS_DIR = process.env.AFTERSALE_SHOTS_DIR ?? '/tmp/aftersale-shots'
const SCHEMES = ['light', 'dark'] as const
type Scheme = (typeof SCHEMES)[number]

/**
 * Every screen in both themes: the theme follows the OS, nothing spills out
 * sideways, and a screenshot is left for a person to look at (lists as the
 * window shows them, detail pages whole). The tour ends by checking that the
 * browser refused nothing under the content security policy.
 */
async function checkScreen(page: Page, scheme: Scheme, name: string, { fullPage }: { fullPage: boolean }): Promise<void> {
  expect(await page.locator('html').getAttribute('data-mantine-color-scheme')).toBe(scheme)
  const spill = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  expect(spill, `${name} is wider than the window`).toBeLessThanOrEqual(0)
  await page.screenshot({ path: path.join(SHOTS_DIR, `${name}-${scheme}.png`), fullPage })
}

describe('every screen, light and dark', () => {
  let app: E2eApp
  let showcase: { orderId: string; orderNumber: string }

  beforeAll(async () => {
    fs.mkdirSync(SHOTS_DIR, { recursive: true })
    app = await startE2eApp()
  })
  afterAll(() => app.close())

  it('the first-run screen', async () => {
    for (const scheme of SCHEMES) {
      const page = await app.openPage({ colorScheme: scheme })
      await new FirstRunScreen(page).heading.waitFor(VISIBLE)
      await checkScreen(page, scheme, 'first-run', { fullPage: false })
      await page.context().close()
    }
    await app.loadDemoShop()
    // An order with a return, whose customer also has a claim and a survey answer: every section has something to show.
    const returned = await app.backend.context.db
      .selectFrom('returns')
      .innerJoin('orders', 'orders.id', 'returns.order_id')
      .select(['orders.id', 'orders.order_number'])
      .where((eb) =>
        eb.and([
          eb.exists(eb.selectFrom('claims').select('claims.id').whereRef('claims.customer_id', '=', 'orders.customer_id')),
          eb.exists(eb.selectFrom('survey_responses').select('survey_responses.id').whereRef('survey_responses.customer_id', '=', 'orders.customer_id')),
        ]),
      )
      .orderBy('returns.requested_at', 'desc')
      .executeTakeFirstOrThrow()
    showcase = { orderId: returned.id, orderNumber: returned.order_number }
  })

  for (const scheme of SCHEMES) {
    it(`orders, an order, its customer, customers and settings (${scheme})`, async () => {
      const page = await app.openPage({ colorScheme: scheme })
      const shell = new AppShell(page)
      await shell.goTo('Orders')
      const orders = new ListPage(page, 'Orders')
      await orders.rows.first().waitFor(VISIBLE)
      await checkScreen(page, scheme, 'orders', { fullPage: false })

      await page.goto(new URL(`/#/orders/${showcase.orderId}`, app.server.url).href)
      const order = new DetailPage(page)
      await order.title.filter({ hasText: showcase.orderNumber }).waitFor(VISIBLE)
      await checkScreen(page, scheme, 'order', { fullPage: true })

      await order.section('Customer').getByRole('link').click()
      const customer = new DetailPage(page)
      await customer.section('Orders').getByRole('table').locator('tbody tr').first().waitFor(VISIBLE)
      await checkScreen(page, scheme, 'customer', { fullPage: true })

      await shell.goTo('Customers')
      await new ListPage(page, 'Customers').rows.first().waitFor(VISIBLE)
      await checkScreen(page, scheme, 'customers', { fullPage: false })

      await shell.goTo('Settings')
      await page.getByRole('button', { name: 'Save settings' }).waitFor(VISIBLE)
      await checkScreen(page, scheme, 'settings', { fullPage: false })
      expect(policyViolationsOf(page)).toEqual([])
      await page.context().close()
    })
  }
})
