import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { resultOf } from '../../src-main/backend/progress'
import { refreshCustomerStats } from '../../src-main/customers/customer-stats.repo'
import type { Db } from '../../src-main/db/database'
import { fileFromPath } from '../../src-main/imports/file-source'
import { openTempShop } from '../support/temp-shop'

const FIXTURES = path.resolve(__dirname, '../fixtures/imports')

let shop: Awaited<ReturnType<typeof openTempShop>>
beforeEach(async () => {
  shop = await openTempShop()
})
afterEach(async () => {
  await shop.close()
})

async function figures(db: Db): Promise<unknown[]> {
  const stats = await db.selectFrom('customer_stats').selectAll().orderBy('customer_id').execute()
  const spend = await db.selectFrom('customer_spend').selectAll().orderBy('customer_id').orderBy('currency').execute()
  return [stats, spend]
}

/** The figures as they are, and as rebuilding every customer's from scratch makes them (rolled back). */
async function figuresAndRebuilt(db: Db): Promise<{ kept: unknown[]; rebuilt: unknown[] }> {
  const kept = await figures(db)
  const trx = await db.startTransaction().execute()
  try {
    await refreshCustomerStats(trx)
    return { kept, rebuilt: await figures(trx) }
  } finally {
    await trx.rollback().execute()
  }
}

describe('customer figures after an import', () => {
  it('refreshing only the customers an import touched leaves every figure as a full rebuild would', async () => {
    const { client, context } = shop.backend
    // Customers first, then orders of some of them, an overlapping re-export, refunds and returns on earlier orders.
    const files = [
      'shopify-customers/customers_export.csv',
      'shopify-orders/orders_export_1.csv',
      'shopify-orders/orders_export_excel.csv',
      'woocommerce-orders/customer-order-export-default.csv',
      'ebay/eBay-OrdersReport-Oct-01-2026-100000.csv',
      'ebay/Transaction_report_Nov-05-2022_Dec-05-2022.csv',
      'amazon/all-orders-report.txt',
      'amazon/fba-customer-returns.txt',
    ]
    for (const name of files) {
      const outcome = await resultOf(await client.imports.commit({ file: await fileFromPath(path.join(FIXTURES, name)), currency: 'USD' }))
      expect(outcome.status, name).toBe('imported')
      const { kept, rebuilt } = await figuresAndRebuilt(context.db)
      expect(kept, `figures after ${name}`).toEqual(rebuilt)
    }
    const [stats] = (await figures(context.db)) as [Array<{ order_count: number }>]
    expect(stats.filter((s) => s.order_count > 0).length).toBeGreaterThan(5)
  })
})
