import type { ProductRevenue, ProductReturnRate } from '../dashboard/metrics.types'
import type { MonthlyReport } from './read-monthly-report'
import { formatCount, formatMoney, formatMonth, formatShare } from './report-format'
import { html, type SafeHtml } from './safe-html'

/** The month's best sellers per currency, and the products sent back most often. */

function productCell(product: { title: string; sku: string | null }): SafeHtml {
  return html`<td class="product">${product.title}${product.sku ? html`<small>${product.sku}</small>` : ''}</td>`
}

function revenueTable({ currency, products }: { currency: string; products: readonly ProductRevenue[] }): SafeHtml {
  return html`<table class="products keep">
    <caption>Revenue in ${currency}</caption>
    <colgroup><col class="rank"><col><col class="units"><col class="amount"></colgroup>
    <thead><tr><th scope="col" class="num">#</th><th scope="col">Product</th><th scope="col" class="num">Units</th><th scope="col" class="num">Revenue</th></tr></thead>
    <tbody>${products.map(
      (p, i) => html`<tr><td class="num rank">${i + 1}</td>${productCell(p)}<td class="num">${formatCount(p.soldUnits)}</td><td class="num">${formatMoney(p.revenueMinor, currency)}</td></tr>`,
    )}</tbody>
  </table>`
}

function returnRateTable(products: readonly ProductReturnRate[]): SafeHtml {
  return html`<table class="products keep">
    <colgroup><col class="rank"><col><col class="units"><col class="units"><col class="amount"><col class="amount"></colgroup>
    <thead><tr><th scope="col" class="num">#</th><th scope="col">Product</th><th scope="col" class="num">Sold</th><th scope="col" class="num">Returned</th><th scope="col" class="num">Units returned</th><th scope="col" class="num">Orders with a return</th></tr></thead>
    <tbody>${products.map(
      (p, i) =>
        html`<tr><td class="num rank">${i + 1}</td>${productCell(p)}<td class="num">${formatCount(p.soldUnits)}</td><td class="num">${formatCount(p.returnedUnits)}</td><td class="num">${formatShare(p.unitShare)}</td><td class="num">${formatShare(p.orderShare)}</td></tr>`,
    )}</tbody>
  </table>`
}

export function productsSection(report: MonthlyReport): SafeHtml {
  const { byRevenue, byReturnRate } = report.thisMonth.topProducts
  const month = formatMonth(report.month)
  // The first table stays with the heading; the others may each start a page.
  const [first, ...others] = byRevenue.currencies
  return html`<section class="block" aria-labelledby="top-revenue">
  <div class="keep">
    <h2 id="top-revenue">Top products by revenue</h2>
    <p class="definition">${byRevenue.definition}</p>
    ${first ? revenueTable(first) : html`<p class="empty">No products sold in ${month}.</p>`}
  </div>
  ${others.map(revenueTable)}
  <div class="keep">
    <h2 id="top-returns">Top products by return rate</h2>
    <p class="definition">${byReturnRate.definition}</p>
    ${byReturnRate.products.length === 0 ? html`<p class="empty">No product sold enough units in ${month} to rank its returns.</p>` : returnRateTable(byReturnRate.products)}
  </div>
</section>`
}
