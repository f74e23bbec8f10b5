import fs from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiClient } from '../../src-main/backend/router'
import type { Db } from '../../src-main/db/database'
import { policyViolationsOf, startE2eApp, type E2eApp } from '../support/e2e-app'
import { CustomerRecordPage, EraseDialog, MergeDialog, notification, OrderRecordPage } from '../support/e2e-record-pages'

const VISIBLE = { timeout: 15_000 }
const SHOTS_DIR = process.env.AFTERSALE_SHOTS_DIR ?? '/tmp/aftersale-shots'

type Customer = { id: string; name: string; email: string | null }

/** Demo customers with a name and an email, none erased, and `count` of them, each different. */
async function namedCustomers(db: Db, count: number, skip = 0): Promise<Customer[]> {
  const rows = await db
    .selectFrom('customers')
    .innerJoin('customer_stats as stats', 'stats.customer_id', 'customers.id')
    .select(['customers.id', 'customers.first_name', 'customers.last_name', 'customers.email'])
    .where('customers.first_name', 'is not', null)
    .where('customers.last_name', 'is not', null)
    .where('customers.email', 'is not', null)
    .where('customers.erased_at', 'is', null)
    .where('stats.order_count', '>', 0)
    .orderBy('customers.id')
    .offset(skip)
    .limit(count)
    .execute()
  return rows.map((row) => ({ id: row.id, name: `${row.first_name} ${row.last_name}`, email: row.email }))
}

describe('the customer record', () => {
  let app: E2eApp
  let api: ApiClient
  let db: Db

  const openCustomer = async (id: string, options?: { colorScheme: 'light' | 'dark' }) => {
    const page = await app.openPage(options)
    await page.goto(new URL(`/#/customers/${id}`, app.server.url).href)
    const record = new CustomerRecordPage(page)
    await record.noteBox.waitFor(VISIBLE)
    return { page, record }
  }

  const shoot = (page: Page, name: string, fullPage = true) => page.screenshot({ path: path.join(SHOTS_DIR, `${name}.png`), fullPage })

  beforeAll(async () => {
    fs.mkdirSync(SHOTS_DIR, { recursive: true })
    app = await startE2eApp()
    await app.loadDemoShop()
    api = app.httpClient()
    db = app.backend.context.db
  })
  afterAll(() => app.close())

  it('saves a note as it is typed, and the note survives a reload', async () => {
    const [customer] = await namedCustomers(db, 1)
    const { page, record } = await openCustomer(customer!.id)
    await record.noteBox.fill('Prefers parcels left with the neighbour.')
    await record.noteStatus.getByText('Saved').waitFor(VISIBLE)
    expect((await api.customers.get({ id: customer!.id })).customer.note).toBe('Prefers parcels left with the neighbour.')

    await page.reload()
    await record.noteBox.waitFor(VISIBLE)
    expect(await record.noteBox.inputValue()).toBe('Prefers parcels left with the neighbour.')
    expect(await record.restoredNoteNotice.count()).toBe(0)
    await page.context().close()
  })

  it('keeps a note typed while the backend is unreachable, restores it after a reload and saves it on retry', async () => {
    const [, customer] = await namedCustomers(db, 2)
    const { page, record } = await openCustomer(customer!.id)
    await page.route('**/rpc/customers/updateNote', (route) => route.abort('connectionrefused'))
    await record.noteBox.fill('Asked for a call before the next delivery.')
    await record.noteStatus.getByText('Not saved —').waitFor(VISIBLE)

    await page.reload()
    await record.restoredNoteNotice.waitFor(VISIBLE)
    expect(await record.noteBox.inputValue()).toBe('Asked for a call before the next delivery.')
    await record.noteStatus.getByText('Not saved —').waitFor(VISIBLE)

    await page.unroute('**/rpc/customers/updateNote')
    await record.noteStatus.getByRole('button', { name: 'retry' }).click()
    await record.noteStatus.getByText('Saved').waitFor(VISIBLE)
    expect((await api.customers.get({ id: customer!.id })).customer.note).toBe('Asked for a call before the next delivery.')
    await page.context().close()
  })

  it('shows both versions when the note was changed elsewhere meanwhile, and keeps the one chosen', async () => {
    const [, , , customer] = await namedCustomers(db, 4)
    const { page, record } = await openCustomer(customer!.id)
    await api.customers.updateNote({ id: customer!.id, note: 'Written in another window.' })
    await record.noteBox.fill('Typed on this page.')
    const conflict = record.section('Note').getByRole('alert').filter({ hasText: 'Changed somewhere else meanwhile' })
    await conflict.waitFor(VISIBLE)
    expect(await conflict.innerText()).toContain('Written in another window.')
    await conflict.getByRole('button', { name: 'Keep mine' }).click()
    await record.noteStatus.getByText('Saved').waitFor(VISIBLE)
    expect((await api.customers.get({ id: customer!.id })).customer.note).toBe('Typed on this page.')
    await page.context().close()
  })

  it('adds and removes tags, saved at once', async () => {
    const [, , , , customer] = await namedCustomers(db, 5)
    const { page, record } = await openCustomer(customer!.id)
    await record.addTag('Trade fair 2026')
    await record.tag('Trade fair 2026').waitFor(VISIBLE)
    await expect.poll(async () => (await api.customers.get({ id: customer!.id })).tags, VISIBLE).toContain('Trade fair 2026')

    await page.reload()
    await record.tag('Trade fair 2026').waitFor(VISIBLE)
    await record.removeTag('Trade fair 2026')
    await record.tag('Trade fair 2026').waitFor({ state: 'detached', ...VISIBLE })
    await expect.poll(async () => (await api.customers.get({ id: customer!.id })).tags, VISIBLE).not.toContain('Trade fair 2026')
    await page.context().close()
  })

  it('shows orders, returns and loyalty movements in one timeline, newest first', async () => {
    // A customer with few orders, so their return and points are on the timeline's first page.
    const customer = await db
      .selectFrom('customers')
      .innerJoin('customer_stats as stats', 'stats.customer_id', 'customers.id')
      .select('customers.id')
      .where('stats.order_count', '<=', 3)
      .where('stats.return_count', '>', 0)
      .where(({ exists, selectFrom }) => exists(selectFrom('loyalty_ledger').select('id').whereRef('loyalty_ledger.customer_id', '=', 'customers.id')))
      .orderBy('customers.id')
      .executeTakeFirstOrThrow()
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, record } = await openCustomer(customer.id, { colorScheme })
      await record.timelineEvents.first().waitFor(VISIBLE)
      for (const kind of ['Order', 'Return', 'Loyalty points']) {
        expect(await record.timelineEventsOf(kind).count(), kind).toBeGreaterThan(0)
      }
      const times = await record.timelineEvents.locator('time').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('datetime') ?? ''))
      expect(times).toEqual([...times].sort().reverse())
      await record.section('Orders').getByRole('table').locator('tbody tr').first().waitFor(VISIBLE)
      await shoot(page, `customer-record-${colorScheme}`)
      expect(policyViolationsOf(page)).toEqual([])
      await page.context().close()
    }
  })

  it('pages back through a long timeline with “Show older”', async () => {
    const busiest = await db.selectFrom('customer_stats').select('customer_id').orderBy('order_count', 'desc').orderBy('customer_id').executeTakeFirstOrThrow()
    const { events } = await api.customers.timeline({ id: busiest.customer_id, limit: 500 })
    const { page, record } = await openCustomer(busiest.customer_id)
    await record.timelineEvents.first().waitFor(VISIBLE)
    // The demo shop's busiest customer has more than one page of history.
    expect(await record.timelineEvents.count()).toBeLessThan(events.length)
    while ((await record.showOlderButton.count()) > 0) {
      const shown = await record.timelineEvents.count()
      await record.showOlderButton.click()
      await expect.poll(() => record.timelineEvents.count(), VISIBLE).toBeGreaterThan(shown)
    }
    const labels = await record.timelineEvents.evaluateAll((items) => items.map((item) => item.getAttribute('aria-label')))
    expect(labels).toEqual(events.map((event) => expect.stringContaining(event.title)))
    await page.context().close()
  })

  it('merges two records of one person after a preview, and undo brings both back', async () => {
    const [kept, merged] = await namedCustomers(db, 2, 10)
    const before = await Promise.all([api.customers.get({ id: kept!.id }), api.customers.get({ id: merged!.id })])
    const { page, record } = await openCustomer(kept!.id)

    await record.mergeButton.click()
    const dialog = new MergeDialog(page)
    await dialog.choose(merged!.email!)
    await dialog.preview.waitFor(VISIBLE)
    expect(await dialog.preview.innerText()).toContain(merged!.name)
    await shoot(page, 'merge-dialog', false)
    await dialog.confirmButton.click()

    const done = notification(page, 'Records merged')
    await done.waitFor(VISIBLE)
    await expect(api.customers.get({ id: merged!.id })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    const together = await api.customers.get({ id: kept!.id })
    expect(together.orders.length).toBe(before[0].orders.length + before[1].orders.length)
    await record.pastMerges.getByRole('listitem', { name: merged!.name }).waitFor(VISIBLE)
    const mergedAway = await app.openPage()
    await mergedAway.goto(new URL(`/#/customers/${merged!.id}`, app.server.url).href)
    await mergedAway.getByText('This customer record is gone').waitFor(VISIBLE)
    await mergedAway.getByRole('link', { name: 'Open the record it was merged into' }).click()
    await mergedAway.getByRole('heading', { level: 1, name: kept!.name }).waitFor(VISIBLE)
    await mergedAway.context().close()

    await done.getByRole('button', { name: 'Undo' }).click()
    await notification(page, 'Merge undone').waitFor(VISIBLE)
    const after = await Promise.all([api.customers.get({ id: kept!.id }), api.customers.get({ id: merged!.id })])
    expect(after.map((detail) => detail.orders.length)).toEqual(before.map((detail) => detail.orders.length))
    expect(after[1].customer.email).toBe(merged!.email)
    await record.pastMerges.getByText(/undone/).waitFor(VISIBLE)
    await page.context().close()
  })

  it('erases personal data only once the customer’s name is typed, and says so on the record', async () => {
    const [customer] = await namedCustomers(db, 1, 20)
    const { page, record } = await openCustomer(customer!.id)
    await record.eraseButton.click()
    const dialog = new EraseDialog(page)
    await dialog.dialog.waitFor(VISIBLE)
    expect(await dialog.eraseButton.isDisabled()).toBe(true)
    await dialog.confirmationBox.fill('Someone else')
    expect(await dialog.eraseButton.isDisabled()).toBe(true)
    await dialog.confirmationBox.fill(customer!.name)
    expect(await dialog.eraseButton.isEnabled()).toBe(true)
    await shoot(page, 'erase-dialog', false)
    await dialog.eraseButton.click()

    await record.erasedBanner.waitFor(VISIBLE)
    const erased = await api.customers.get({ id: customer!.id })
    expect(erased.customer.erased_at).not.toBeNull()
    expect(erased.customer.email).toBeNull()
    expect(await record.title.innerText()).not.toContain(customer!.name)
    await page.context().close()
  })

  it('goes back with Esc from a record, but not while typing or while a dialog is open', async () => {
    const order = await db.selectFrom('orders').select(['id', 'order_number']).where('customer_id', 'is not', null).orderBy('id').executeTakeFirstOrThrow()
    const page = await app.openPage()
    await page.goto(new URL(`/#/orders/${order.id}`, app.server.url).href)
    const orderPage = new OrderRecordPage(page)
    await orderPage.section('Customer').getByRole('link').click()
    const record = new CustomerRecordPage(page)
    await record.noteBox.waitFor(VISIBLE)

    await record.noteBox.press('Escape')
    await record.eraseButton.click()
    const dialog = new EraseDialog(page)
    await dialog.dialog.waitFor(VISIBLE)
    await page.keyboard.press('Escape')
    await dialog.dialog.waitFor({ state: 'detached', ...VISIBLE })
    expect(page.url()).toContain('#/customers/')

    await page.keyboard.press('Escape')
    await orderPage.title.filter({ hasText: order.order_number }).waitFor(VISIBLE)
    // Opened directly, the order has no screen to return to: Esc goes to the orders list.
    await page.keyboard.press('Escape')
    await page.waitForURL(/#\/orders$/, VISIBLE)
    await page.context().close()
  })

  it('links an order’s tracking number to the carrier’s https page, opened outside the app', async () => {
    const shipped = await db
      .selectFrom('orders')
      .select('id')
      .where('carrier', 'is not', null)
      .where('tracking_number', 'is not', null)
      .orderBy('placed_at', 'desc')
      .limit(20)
      .execute()
    const details = await Promise.all(shipped.map((order) => api.orders.get({ id: order.id })))
    const order = details.find((detail) => detail.trackingUrl !== null)
    if (!order?.trackingUrl) throw new Error('No demo order has a carrier the app links to.')
    expect(order.trackingUrl).toMatch(/^https:\/\//)

    const page = await app.openPage()
    await page.goto(new URL(`/#/orders/${order.order.id}`, app.server.url).href)
    const orderPage = new OrderRecordPage(page)
    const link = orderPage.trackingLink(order.order.tracking_number!)
    await link.waitFor(VISIBLE)
    expect(await link.getAttribute('href')).toBe(order.trackingUrl)
    expect(await link.getAttribute('target')).toBe('_blank')
    expect((await link.getAttribute('rel'))?.split(' ')).toEqual(expect.arrayContaining(['noopener', 'noreferrer']))
    await shoot(page, 'order-record')
    await page.context().close()
  })
})
