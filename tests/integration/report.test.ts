import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { resultOf } from '../../src-main/backend/progress'
import { CHROMIUM_VARIABLE } from '../../src-main/report/find-chromium'
import { countPdfPages, printHtmlToPdf } from '../../src-main/report/print-pdf'
import { formatCount, formatMoney, formatScore, formatShare } from '../../src-main/report/report-format'
import { openTempShop } from '../support/temp-shop'

// The shop clock is pinned at 2026-06-15T12:00Z (TEST_NOW): May 2026 is the last complete month.
const MONTH = '2026-05'
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47])

type Shop = Awaited<ReturnType<typeof openTempShop>>

describe('the monthly report of the demo shop', () => {
  let shop: Shop
  let html: string

  beforeAll(async () => {
    shop = await openTempShop()
    await resultOf(await shop.backend.client.demo.load({ seed: 1 }))
    await shop.backend.client.settings.update({ shopName: 'Lumen & Linen <Test>' })
    html = (await shop.backend.client.report.monthlyHtml({ month: MONTH })).html
  })
  afterAll(() => shop.close())

  it('shows the key figures the dashboard gives for that month', async () => {
    const { kpis } = await shop.backend.client.dashboard.metrics({ from: '2026-05-01', to: '2026-05-31' })
    expect(kpis.customers.current).toBeGreaterThan(0)
    expect(kpis.netRevenue.current.length).toBeGreaterThan(1)
    const figures = [
      formatCount(kpis.customers.current),
      formatCount(kpis.orders.current),
      formatShare(kpis.repeatPurchaseRate.current.share),
      ...kpis.netRevenue.current.map((r) => formatMoney(r.netMinor, r.currency)),
      ...kpis.averageOrderValue.current.map((r) => formatMoney(r.averageMinor, r.currency)),
      formatShare(kpis.returnRate.current.unitShare),
      formatScore(kpis.nps.current.score),
      formatShare(kpis.csat.current.share),
    ]
    for (const figure of figures) expect(html, figure).toContain(`>${figure}<`)
  })

  it('titles the report with the escaped shop name and the month', () => {
    expect(html).toContain('<h1>Lumen &amp; Linen &lt;Test&gt;</h1>')
    expect(html).toContain('<title>Lumen &amp; Linen &lt;Test&gt; – monthly report, May 2026</title>')
    expect(html.toLowerCase()).not.toContain('<script')
  })

  it('suggests a file name and refuses a month that has not begun or does not exist', async () => {
    await expect(shop.backend.client.report.monthlyHtml({ month: MONTH, currency: 'eur' })).resolves.toMatchObject({ fileName: 'lumen-linen-test-report-2026-05-eur.pdf' })
    await expect(shop.backend.client.report.monthlyHtml({ month: '2026-07' })).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('July 2026 has not begun') })
    await expect(shop.backend.client.report.monthlyHtml({ month: '2026-13' })).rejects.toMatchObject({ code: 'INVALID_INPUT' })
  })

  it('offers the months since the first order, opening on the last complete one', async () => {
    const choices = await shop.backend.client.report.choices({})
    expect(choices.defaultMonth).toBe(MONTH)
    expect(choices.months[0]).toBe('2026-06')
    expect(choices.months.length).toBeGreaterThan(30)
    expect(choices.currencies).toEqual(expect.arrayContaining(['EUR', 'USD']))
  })

  it('prints to a real PDF whose first page turns into an image', async () => {
    const pdfPath = path.join(shop.dir, 'report.pdf')
    const { pages } = await printHtmlToPdf(html, pdfPath)
    const pdf = fs.readFileSync(pdfPath)
    expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF')
    expect(pages).toBeGreaterThanOrEqual(3)

    const run = spawnSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdfPath, path.join(shop.dir, 'page')], { encoding: 'utf8' })
    expect(run.status, run.stderr).toBe(0)
    const [png] = fs.readdirSync(shop.dir).filter((file) => file.startsWith('page') && file.endsWith('.png'))
    expect(png).toBeDefined()
    expect(fs.readFileSync(path.join(shop.dir, png!)).subarray(0, 4)).toEqual(PNG_SIGNATURE)
  })

  it('will not print over an existing file unless asked to', async () => {
    const pdfPath = path.join(shop.dir, 'kept.pdf')
    fs.writeFileSync(pdfPath, 'keep me')
    await expect(printHtmlToPdf(html, pdfPath)).rejects.toMatchObject({ code: 'EEXIST' })
    expect(fs.readFileSync(pdfPath, 'utf8')).toBe('keep me')
    await printHtmlToPdf(html, pdfPath, { overwrite: true })
    expect(fs.readFileSync(pdfPath).subarray(0, 4).toString('latin1')).toBe('%PDF')
  })

  it('hands the browser mode the PDF as a file', async () => {
    const file = await shop.backend.client.report.monthlyPdf({ month: MONTH })
    expect(file.type).toBe('application/pdf')
    expect(file.name).toBe('lumen-linen-test-report-2026-05.pdf')
    const bytes = new Uint8Array(await file.arrayBuffer())
    expect(Buffer.from(bytes.subarray(0, 4)).toString('latin1')).toBe('%PDF')
    expect(countPdfPages(bytes)).toBeGreaterThanOrEqual(3)
  })

  it('says which variable to set when the browser it was told to use is not there', async () => {
    vi.stubEnv(CHROMIUM_VARIABLE, path.join(shop.dir, 'no-such-chromium'))
    try {
      await expect(shop.backend.client.report.monthlyPdf({ month: MONTH })).rejects.toMatchObject({ code: 'PDF_PRINTER_MISSING', message: expect.stringContaining(CHROMIUM_VARIABLE) })
    } finally {
      vi.unstubAllEnvs()
    }
  })
})
