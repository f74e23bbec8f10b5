import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Backend } from '../../src-main/backend/create-backend'
import type { ImportedAddress } from '../../src-main/imports/import-record'
import { anOrder, byEmail, importRecords, orders } from '../support/import-records'
import { openTempShop } from '../support/temp-shop'

let shop: Awaited<ReturnType<typeof openTempShop>>
let backend: Backend

beforeEach(async () => {
  shop = await openTempShop()
  backend = shop.backend
})
afterEach(async () => {
  await shop.close()
})

function anAddress(line1: string): ImportedAddress {
  return { name: 'Ann Lee', company: null, line1, line2: null, city: 'Leeds', region: null, postalCode: 'LS1 4AP', countryCode: 'GB', phone: null }
}

/** Orders by other buyers, enough to push the next order into a later chunk of the writer. */
function filler(from: number): ReturnType<typeof anOrder>[] {
  return Array.from({ length: 250 }, (_, i) => anOrder(String(from + i), { customer: byEmail(`filler${from + i}@example.com`) }))
}

async function addressesOf(email: string): Promise<string[]> {
  const rows = await backend.context.db
    .selectFrom('customer_addresses')
    .innerJoin('customers', 'customers.id', 'customer_addresses.customer_id')
    .select('customer_addresses.line1')
    .where('customers.email', '=', email)
    .execute()
  return rows.map((r) => r.line1 ?? '')
}

describe('the default address of a customer the import creates', () => {
  it('comes from a later order when the first one had none, once', async () => {
    await importRecords(
      backend,
      orders(
        anOrder('1', { customer: byEmail('ann@example.com') }),
        ...filler(1000),
        anOrder('2', { customer: byEmail('ann@example.com', { address: anAddress('1 High St') }) }),
        ...filler(2000),
        anOrder('3', { customer: byEmail('ann@example.com', { address: anAddress('9 Mill Lane') }) }),
      ),
    )
    expect(await addressesOf('ann@example.com')).toEqual(['1 High St'])
  })

  it('is the first one seen, whatever later orders say', async () => {
    await importRecords(
      backend,
      orders(
        anOrder('1', { customer: byEmail('ann@example.com', { address: anAddress('1 High St') }) }),
        ...filler(1000),
        anOrder('2', { customer: byEmail('ann@example.com', { address: anAddress('9 Mill Lane') }) }),
      ),
    )
    expect(await addressesOf('ann@example.com')).toEqual(['1 High St'])
  })

  it('is added to a customer an earlier import created without one', async () => {
    await importRecords(backend, orders(anOrder('1', { customer: byEmail('ann@example.com') })))
    await importRecords(backend, orders(anOrder('2', { customer: byEmail('ann@example.com', { address: anAddress('1 High St') }) })))
    await importRecords(backend, orders(anOrder('3', { customer: byEmail('ann@example.com', { address: anAddress('9 Mill Lane') }) })))
    expect(await addressesOf('ann@example.com')).toEqual(['1 High St'])
  })
})
