import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { AppError } from '../../src-main/backend/errors'
import { openImportConnection } from '../../src-main/imports/import-connection'
import { dbFileHash } from '../support/db-file-hash'
import { openTempShop } from '../support/temp-shop'

type Shop = Awaited<ReturnType<typeof openTempShop>>

/** An order row pointing at a customer the shop does not have: what a writer bug would leave behind. */
function insertOrderOfMissingCustomer(sqlite: import('better-sqlite3').Database): void {
  sqlite
    .prepare(
      `insert into orders (id, source, external_id, order_number, customer_id, placed_at, financial_status, fulfillment_status,
         currency, subtotal_minor, total_minor, created_at, updated_at)
       values ('o-1', 'shopify', '1001', '#1001', 'no-such-customer', '2026-06-01T10:00:00.000Z', 'paid', 'fulfilled',
         'USD', 1000, 1000, '2026-06-15T12:00:00.000Z', '2026-06-15T12:00:00.000Z')`,
    )
    .run()
}

describe('the import connection', () => {
  let shop: Shop
  beforeEach(async () => {
    shop = await openTempShop()
  })
  afterEach(async () => {
    await shop.close()
  })

  it('refuses a row pointing at a missing record as it is written, when checking per row', async () => {
    const connection = await openImportConnection(shop.backend.context, { checkForeignKeysAtCommit: false })
    try {
      expect(() => insertOrderOfMissingCustomer(connection.sqlite)).toThrow(/FOREIGN KEY/)
    } finally {
      await connection.close()
    }
  })

  it('checking once at commit, refuses to commit a row pointing at a missing record and leaves the file unchanged', async () => {
    const before = dbFileHash(shop.dbPath)
    const connection = await openImportConnection(shop.backend.context, { checkForeignKeysAtCommit: true })
    try {
      insertOrderOfMissingCustomer(connection.sqlite)
      expect(() => connection.commit()).toThrow(AppError)
      expect(() => connection.commit()).toThrow(/1 record\(s\) in orders pointing at missing customers records, so nothing was imported/)
    } finally {
      await connection.close()
    }
    expect(await shop.backend.client.orders.list({})).toMatchObject({ total: 0 })
    expect(dbFileHash(shop.dbPath)).toBe(before)
  })

  it('checks references one table at a time, reporting each, and stops at the table that has a dangling one', async () => {
    const connection = await openImportConnection(shop.backend.context, { checkForeignKeysAtCommit: true })
    try {
      insertOrderOfMissingCustomer(connection.sqlite)
      const reported: Array<{ checked: number; of: number }> = []
      expect(() => {
        for (const step of connection.checkReferences()) reported.push(step)
      }).toThrow(/in orders pointing at missing customers/)
      expect(reported.length).toBeGreaterThan(3)
      expect(reported.map((step) => step.checked)).toEqual(reported.map((_, index) => index + 1))
      expect(reported.every((step) => step.of > reported.length)).toBe(true)
    } finally {
      await connection.close()
    }
  })
})
