import path from 'node:path'
import { sql } from 'kysely'
import { afterEach, describe, expect, it } from 'vitest'
import { migrations } from '../../migrations'
import { fixedClock } from '../../src-main/backend/clock'
import { createBackend } from '../../src-main/backend/create-backend'
import { silentLog } from '../../src-main/backend/log'
import { addOrder } from '../support/builders'
import { makeTempDir } from '../support/temp-dir'
import { TEST_NOW } from '../support/temp-shop'

const BEFORE_FIGURES = migrations.slice(0, migrations.findIndex((m) => m.name === '0004_workspace'))

let temp: ReturnType<typeof makeTempDir>
afterEach(() => temp.cleanup())

describe('a shop from before the customer figures', () => {
  it('gets every customer’s figures when the update that adds them runs, and lists them', async () => {
    temp = makeTempDir()
    const dbPath = path.join(temp.dir, 'shop.db')
    const old = await createBackend({ dbPath, clock: fixedClock(TEST_NOW), log: silentLog, migrations: BEFORE_FIGURES })
    // The columns of customers before 0004: today's builders would write erased_at, which this schema lacks.
    await sql`insert into customers (id, email, first_name, created_at, updated_at) values ('ann', 'ann@example.com', 'Ann', ${TEST_NOW}, ${TEST_NOW})`.execute(
      old.context.db,
    )
    await addOrder(old.context.db, { customer_id: 'ann', placed_at: '2026-01-01T00:00:00.000Z' })
    await addOrder(old.context.db, { customer_id: 'ann', placed_at: '2026-01-11T00:00:00.000Z' })
    await old.close()

    const upgraded = await createBackend({ dbPath, clock: fixedClock(TEST_NOW), log: silentLog })
    const page = await upgraded.client.customers.list({})
    expect(page.rows).toMatchObject([{ email: 'ann@example.com', orderCount: 2, avgGapDays: 10 }])
    await upgraded.close()
  })
})
