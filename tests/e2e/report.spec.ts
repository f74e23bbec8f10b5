import fs from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { CHROMIUM_VARIABLE } from '../../src-main/report/find-chromium'
import { formatCount, formatMoney } from '../../src-main/report/report-format'
import { policyViolationsOf, startE2eApp, type E2eApp } from '../support/e2e-app'
import { ReportScreen } from '../support/e2e-report-page'

const VISIBLE = { timeout: 20_000 }
const SHOTS_DIR = process.env.AFTERSALE_SHOTS_DIR ?? '/tmp/aftersale-shots'
const SHOP_NAME = 'Lumen & Linen'

/** Waits for the preview to show the report of `month` ("April 2026"), not the one before it. */
async function waitForReportOf(screen: ReportScreen, month: string): Promise<void> {
  await screen.preview.getByRole('heading', { level: 1, name: SHOP_NAME }).waitFor(VISIBLE)
  await screen.preview.locator('.masthead .month', { hasText: month }).waitFor(VISIBLE)
}

async function screenshot(page: Page, name: string): Promise<void> {
  const spill = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  expect(spill, `${name} is wider than the window`).toBeLessThanOrEqual(0)
  await page.screenshot({ path: path.join(SHOTS_DIR, `${name}.png`) })
}

describe('the monthly report screen', () => {
  let app: E2eApp

  beforeAll(async () => {
    fs.mkdirSync(SHOTS_DIR, { recursive: true })
    app = await startE2eApp()
    await app.loadDemoShop()
    await app.backend.client.settings.update({ shopName: SHOP_NAME })
  })
  afterAll(() => app.close())

  it('previews the chosen month with the shop name and its key figures, prints it and saves it as a PDF', async () => {
    const page = await app.openPage({ colorScheme: 'light' })
    const screen = new ReportScreen(page)
    await screen.navLink.click()
    await screen.heading.waitFor(VISIBLE)
    // The shop's clock stands in June 2026: the report opens on the last complete month.
    expect(await screen.month.inputValue()).toBe('May 2026')

    await screen.chooseMonth('April 2026')
    await waitForReportOf(screen, 'April 2026')
    const { kpis } = await app.backend.client.dashboard.metrics({ from: '2026-04-01', to: '2026-04-30' })
    const keyFigures = await screen.preview.locator('table.kpis').innerText()
    expect(keyFigures).toContain(formatCount(kpis.customers.current))
    expect(keyFigures).toContain(formatCount(kpis.orders.current))
    for (const revenue of kpis.netRevenue.current) expect(keyFigures).toContain(formatMoney(revenue.netMinor, revenue.currency))
    await screenshot(page, 'report-page-light')

    // The browser's print dialog cannot be driven from a test: count the calls to the preview's own print instead.
    await page.evaluate(() => {
      const preview = document.querySelector<HTMLIFrameElement>('iframe[title^="Report preview"]')!.contentWindow!
      preview.print = () => document.body.setAttribute('data-printed', 'yes')
    })
    await screen.printButton.click()
    await page.locator('body[data-printed="yes"]').waitFor(VISIBLE)

    const [download] = await Promise.all([page.waitForEvent('download', VISIBLE), screen.saveButton.click()])
    expect(download.suggestedFilename()).toBe('lumen-linen-report-2026-04.pdf')
    const saved = await download.path()
    expect(fs.readFileSync(saved).subarray(0, 4).toString('latin1')).toBe('%PDF')
    expect(policyViolationsOf(page)).toEqual([])
    await page.context().close()
  })

  it('looks right in the dark theme, the report itself staying on white paper', async () => {
    const page = await app.openPage({ colorScheme: 'dark' })
    await page.goto(new URL('/#/report', app.server.url).href)
    const screen = new ReportScreen(page)
    await waitForReportOf(screen, 'May 2026')
    expect(await page.locator('html').getAttribute('data-mantine-color-scheme')).toBe('dark')
    await screenshot(page, 'report-page-dark')
    expect(policyViolationsOf(page)).toEqual([])
    await page.context().close()
  })

  it('says where the owner clicked that no Chromium was found to make the PDF', async () => {
    vi.stubEnv(CHROMIUM_VARIABLE, '/nowhere/chromium')
    try {
      const page = await app.openPage()
      await page.goto(new URL('/#/report', app.server.url).href)
      const screen = new ReportScreen(page)
      await waitForReportOf(screen, 'May 2026')
      await screen.saveButton.click()
      await screen.failure.waitFor(VISIBLE)
      expect(await screen.failure.innerText()).toContain(CHROMIUM_VARIABLE)
      await page.context().close()
    } finally {
      vi.unstubAllEnvs()
    }
  })
})
