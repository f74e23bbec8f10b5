import { describe, expect, it } from 'vitest'
import { AppError } from '../../src-main/backend/errors'
import { CHROMIUM_VARIABLE, findChromium } from '../../src-main/report/find-chromium'
import { renderMonthlyReportHtml } from '../../src-main/report/render-monthly-report'
import { monthPeriod, offeredMonths, previousMonth, relativeChange, reportFileName, trendPeriod } from '../../src-main/report/monthly-report.rules'
import { formatMoney, formatShare } from '../../src-main/report/report-format'
import { cssString } from '../../src-main/report/report-styles'
import { escapeHtml, html } from '../../src-main/report/safe-html'
import { aReport } from '../support/report-builders'

const HOSTILE = `<img src=x onerror=alert(1)> "&' </style><script>alert(2)</script>`
const HOSTILE_ESCAPED = '&lt;img src=x onerror=alert(1)&gt; &quot;&amp;&#39; &lt;/style&gt;&lt;script&gt;alert(2)&lt;/script&gt;'

describe('the months of a report', () => {
  it('covers every day of the month, leap days included', () => {
    expect(monthPeriod('2026-04')).toEqual({ from: '2026-04-01', to: '2026-04-30' })
    expect(monthPeriod('2026-02')).toEqual({ from: '2026-02-01', to: '2026-02-28' })
    expect(monthPeriod('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' })
    expect(monthPeriod('2026-12')).toEqual({ from: '2026-12-01', to: '2026-12-31' })
  })

  it('compares with the calendar month before, across a new year', () => {
    expect(previousMonth('2026-01')).toBe('2025-12')
    expect(monthPeriod(previousMonth('2026-03'))).toEqual({ from: '2026-02-01', to: '2026-02-28' })
  })

  it('looks back over twelve months ending with the report month', () => {
    expect(trendPeriod('2026-04')).toEqual({ from: '2025-05-01', to: '2026-04-30' })
  })

  it('offers the months from the first order to the current one, opening on the last complete month', () => {
    expect(offeredMonths('2026-02', '2026-06')).toEqual({ months: ['2026-06', '2026-05', '2026-04', '2026-03', '2026-02'], defaultMonth: '2026-05' })
  })

  it('opens on the current month when the shop has no complete month yet', () => {
    expect(offeredMonths('2026-06', '2026-06')).toEqual({ months: ['2026-06'], defaultMonth: '2026-06' })
    expect(offeredMonths(null, '2026-06')).toEqual({ months: ['2026-06'], defaultMonth: '2026-06' })
  })

  it('has no percentage change from a month that had nothing', () => {
    expect(relativeChange(12, 0)).toBeNull()
    expect(relativeChange(15, 12)).toBeCloseTo(0.25)
  })

  it('names its PDF after the shop and the month, with nothing a file system could trip on', () => {
    expect(reportFileName('Lumen & Linen Café', '2026-04', { currency: 'EUR' })).toBe('lumen-linen-cafe-report-2026-04-eur.pdf')
    expect(reportFileName('../../etc/passwd', '2026-04', {})).toBe('etc-passwd-report-2026-04.pdf')
    expect(reportFileName('★★★', '2026-04', { source: 'etsy' })).toBe('aftersale-report-2026-04-etsy.pdf')
  })
})

describe('formatting for print', () => {
  it('writes money in each currency’s own unit', () => {
    expect(formatMoney(1999, 'USD')).toBe('$19.99')
    expect(formatMoney(1999, 'JPY')).toBe('¥1,999')
    expect(formatMoney(123456, 'EUR')).toBe('€1,234.56')
  })

  it('writes a share as a percentage, and an unknown share as a dash', () => {
    expect(formatShare(0.60625)).toBe('60.6%')
    expect(formatShare(null)).toBe('–')
  })
})

describe('escaping', () => {
  it('escapes every value put into a template, and only what is not already markup', () => {
    expect(escapeHtml(HOSTILE)).toBe(HOSTILE_ESCAPED)
    const inner = html`<b>${HOSTILE}</b>`
    expect(html`<p title="${`"onmouseover="x`}">${inner}${[1, '<i>']}</p>`.value).toBe(`<p title="&quot;onmouseover=&quot;x"><b>${HOSTILE_ESCAPED}</b>1&lt;i&gt;</p>`)
  })

  it('writes text for a page margin as a CSS string nothing can break out of', () => {
    expect(cssString('Generated Jun 15, 2026')).toBe('"Generated Jun 15, 2026"')
    expect(cssString('a"b\\c</style>')).toBe('"a\\22 b\\5c c\\3c /style\\3e "')
  })
})

describe('the report document', () => {
  const hostileReport = aReport(
    '2026-05',
    {
      thisMonth: (m) => {
        m.topProducts.byRevenue.currencies = [{ currency: 'USD', products: [{ productKey: 'p1', title: HOSTILE, sku: HOSTILE, revenueMinor: 5000, soldUnits: 2 }] }]
        m.topProducts.byReturnRate.products = [
          { productKey: 'p1', title: HOSTILE, sku: null, soldUnits: 20, returnedUnits: 2, unitShare: 0.1, orders: 20, returnedOrders: 2, orderShare: 0.1 },
        ]
        m.npsTrend.latestComments = [{ score: 3, comment: HOSTILE, respondedAt: '2026-05-20T10:00:00.000Z', customerId: null }]
      },
    },
    { shopName: HOSTILE },
  )
  const document = renderMonthlyReportHtml(hostileReport)

  it('escapes the shop name, product titles, SKUs and comments', () => {
    expect(document).not.toContain('<img')
    expect(document).not.toContain(`"&'`)
    expect(document.split(HOSTILE_ESCAPED).length - 1).toBeGreaterThanOrEqual(6)
  })

  it('contains no script at all, and forbids any under its own policy', () => {
    expect(document.toLowerCase()).not.toContain('<script')
    expect(document).toMatch(/<meta http-equiv="Content-Security-Policy" content="[^"]*script-src &#39;none&#39;/)
    expect(document).toContain('default-src &#39;none&#39;')
  })

  it('puts A4 paper, page numbers and the month in the print stylesheet', () => {
    expect(document).toContain('size: A4 portrait')
    expect(document).toContain('counter(page)')
    expect(document).toContain('counter(pages)')
    expect(document).toContain('May 2026')
  })

  it('never adds money in different currencies together', () => {
    const report = aReport('2026-05', {
      thisMonth: (m) => {
        m.kpis.netRevenue.current = [
          { currency: 'EUR', netMinor: 2000, orders: 1 },
          { currency: 'USD', netMinor: 1000, orders: 1 },
        ]
        m.kpis.averageOrderValue.current = [{ currency: 'EUR', averageMinor: 2000, orders: 1 }]
      },
      monthBefore: (m) => {
        m.kpis.netRevenue.current = [{ currency: 'USD', netMinor: 800, orders: 1 }]
      },
    })
    const text = renderMonthlyReportHtml(report)
    expect(text).toContain('€20.00')
    expect(text).toContain('$10.00')
    expect(text).toContain('$8.00')
    expect(text).toContain('+25.0%')
    expect(text).not.toMatch(/30\.00|\$30|€30/)
    // No EUR sale the month before: its revenue was nothing, its average order unknown.
    expect(text).toContain('<td class="num">€0.00</td>')
    expect(text).toMatch(/<td class="num">€20\.00<small>1 order<\/small><\/td><td class="num">–<\/td>/)
  })

  it('marks cohort cells of a month that is not over, and leaves months yet to come blank', () => {
    const report = aReport(
      '2026-06',
      {
        trend: (m) => {
          m.cohorts.rows = [
            {
              cohort: '2026-05',
              customers: 40,
              cells: [
                { monthsAfter: 0, month: '2026-05', activeCustomers: 40, share: 1, incomplete: false },
                { monthsAfter: 1, month: '2026-06', activeCustomers: 6, share: 0.15, incomplete: true },
              ],
            },
          ]
        },
      },
      { currentMonth: '2026-06' },
    )
    const text = renderMonthlyReportHtml(report)
    expect(text).toMatch(/<td class="num heat-\d incomplete">15%<span class="mark">\*<\/span><\/td>/)
    expect(text).toContain('June 2026 is not over yet')
    expect(text.match(/<td class="later"><\/td>/g)).toHaveLength(10)
  })
})

describe('finding a Chromium to print with', () => {
  const nothingInstalled = { env: {}, platform: 'linux' as const, exists: () => false }

  it('uses the browser named by the variable, else the first one installed in a usual place', () => {
    expect(findChromium({ env: { [CHROMIUM_VARIABLE]: '/opt/chrome/chrome' }, platform: 'linux', exists: (f) => f === '/opt/chrome/chrome' })).toBe('/opt/chrome/chrome')
    expect(findChromium({ env: {}, platform: 'linux', exists: (f) => f === '/usr/bin/google-chrome' })).toBe('/usr/bin/google-chrome')
    expect(findChromium({ env: { PROGRAMFILES: 'C:\\Program Files' }, platform: 'win32', exists: (f) => f.endsWith('msedge.exe') })).toBe(
      'C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe',
    )
  })

  it('says what to install and which variable to set when there is none', () => {
    const error = (() => {
      try {
        findChromium(nothingInstalled)
      } catch (thrown) {
        return thrown
      }
    })()
    expect(error).toBeInstanceOf(AppError)
    expect((error as AppError).code).toBe('PDF_PRINTER_MISSING')
    expect((error as AppError).message).toMatch(/apt install chromium.*AFTERSALE_CHROMIUM/)
  })
})
