import type { CustomerAddressesTable, CustomerIdentitiesTable, CustomersTable } from '../customers/customers.table'
import type { Source } from '../orders/orders.table'
import type { BatchState } from './batch-state'
import { mergeCustomer, newCustomerRow, normaliseEmail, platformIdOf, platformKey } from './customer-matching.rules'
import type { ImportedAddress, ImportedCustomer } from './import-record'

interface CustomerWork {
  row: CustomersTable
  /** The row as the shop had it, when it was there before this batch (null: created by this batch). */
  before: CustomersTable | null
  inserted: boolean
  dirty: boolean
  identities: CustomerIdentitiesTable[]
  tags: Set<string>
  address: ImportedAddress | null
}

/**
 * Finds or creates the customers of one chunk of records. Lookups are done
 * for the whole chunk at once; a customer is found by normalised email, else
 * by the platform's buyer id, and never by name.
 */
export class CustomerChunk {
  private readonly work = new Map<string, CustomerWork>()
  private readonly byEmail = new Map<string, string>()
  private readonly byPlatform = new Map<string, string>()

  constructor(private readonly state: BatchState) {}

  load(customers: readonly ImportedCustomer[]): void {
    const emails = new Set<string>()
    const platformIds = new Map<string, readonly [Source, string]>()
    for (const customer of customers) {
      if (customer.identity.kind === 'email') emails.add(normaliseEmail(customer.identity.email))
      const platform = platformIdOf(customer.identity)
      if (platform) platformIds.set(platformKey(platform.source, platform.externalId), [platform.source, platform.externalId])
    }
    const toLookUp: string[] = []
    for (const email of emails) {
      const recent = this.state.recentOwnCustomers.get(email)
      if (recent) {
        this.remember(recent)
        this.byEmail.set(email, recent.id)
      } else if (this.state.customerEmails.mayHave(email)) toLookUp.push(email)
    }
    const withEmail = this.state.writes.customersByEmail(toLookUp)
    const withPlatformId = this.state.writes.customersByPlatformId([...platformIds.values()])
    for (const { matched_email: matched, ...row } of withEmail) {
      this.remember(row)
      this.byEmail.set(matched, row.id)
    }
    for (const row of withPlatformId) {
      const { identity_source: source, identity_external_id: externalId, ...customer } = row
      this.remember(customer)
      this.byPlatform.set(platformKey(source, externalId), customer.id)
    }
  }

  /** The customer this record is, created if new; its changes are kept until write(). */
  resolve(customer: ImportedCustomer): string {
    const identity = customer.identity
    const email = identity.kind === 'email' ? normaliseEmail(identity.email) : null
    const platform = platformIdOf(identity)
    const pKey = platform ? platformKey(platform.source, platform.externalId) : null

    let id = email !== null ? this.byEmail.get(email) : undefined
    if (id === undefined && pKey !== null) {
      const owner = this.byPlatform.get(pKey)
      // A buyer first known only by a platform id gets the email the newer file has.
      const ownerRow = owner === undefined ? undefined : this.work.get(owner)?.row
      if (owner !== undefined && (email === null || ownerRow?.email === null)) id = owner
    }
    if (id === undefined) id = this.create(customer, email)
    const work = this.work.get(id)!
    if (email !== null) this.byEmail.set(email, id)

    // A row this batch wrote has a search text made from its fields (no stale one to bring up to date).
    const merged = mergeCustomer(work.row, customer, email, this.state.now, work.before === null)
    if (merged) {
      work.row = merged
      work.dirty = true
    }
    if (platform && pKey !== null) this.linkPlatformId(work, platform.source, platform.externalId, pKey, customer)
    for (const tag of customer.tags) if (tag.trim() !== '') work.tags.add(tag.trim())
    work.address ??= customer.address
    return id
  }

  /** True when the customer was created by this batch, so undo removes it whole. */
  isOwn(customerId: string): boolean {
    const work = this.work.get(customerId)
    return work !== undefined && work.before === null
  }

  write(): void {
    const { writes, changes, counts } = this.state
    const all = [...this.work.values()]
    const created = all.filter((w) => w.inserted)
    const known = all.filter((w) => !w.inserted)
    for (const work of all) {
      this.state.touchedCustomers.add(work.row.id)
      if (work.row.email === null) continue
      this.state.customerEmails.add(work.row.email)
      if (work.before === null) this.state.recentOwnCustomers.remember(work.row.email, work.row)
    }
    writes.insertCustomers(created.map((w) => w.row))
    counts.customers.created += created.length

    for (const work of known) {
      if (!work.dirty) continue
      if (work.before) changes.updated('customers', [work.row.id], work.before)
      writes.updateCustomer(work.row)
    }

    const identities = all.flatMap((w) => w.identities)
    writes.insertIdentities(identities)
    const tags = all.flatMap((w) => [...w.tags].map((tag) => ({ customer_id: w.row.id, tag })))
    const newTags = writes.insertCustomerTags(tags)
    const addresses = this.addressesToAdd(all)
    writes.insertAddresses(addresses)

    const touched = new Set<string>()
    for (const work of known) if (work.dirty) touched.add(work.row.id)
    for (const identity of identities) {
      if (this.isOwn(identity.customer_id)) continue
      changes.inserted('customer_identities', [identity.source, identity.external_id])
      touched.add(identity.customer_id)
    }
    for (const tag of newTags) {
      if (this.isOwn(tag.customer_id)) continue
      changes.inserted('customer_tags', [tag.customer_id, tag.tag])
      touched.add(tag.customer_id)
    }
    for (const address of addresses) {
      if (this.isOwn(address.customer_id)) continue
      changes.inserted('customer_addresses', [address.id])
      touched.add(address.customer_id)
    }
    for (const work of known) {
      if (!work.before) continue
      this.state.knownCustomersSeen.add(work.row.id)
      if (touched.has(work.row.id)) {
        this.state.knownCustomersChanged.add(work.row.id)
        changes.referenced('customers', [work.row.id])
      }
    }
  }

  private remember(row: CustomersTable): void {
    if (this.work.has(row.id)) return
    this.work.set(row.id, {
      row,
      before: this.state.isOwn(row) ? null : row,
      inserted: false,
      dirty: false,
      identities: [],
      tags: new Set(),
      address: null,
    })
  }

  private create(customer: ImportedCustomer, email: string | null): string {
    const row = newCustomerRow(customer, email, { id: this.state.ids.next(), batchId: this.state.batchId, now: this.state.now })
    this.work.set(row.id, { row, before: null, inserted: true, dirty: false, identities: [], tags: new Set(), address: null })
    return row.id
  }

  private linkPlatformId(work: CustomerWork, source: Source, externalId: string, pKey: string, customer: ImportedCustomer): void {
    const owner = this.byPlatform.get(pKey)
    if (owner === work.row.id) return
    if (owner !== undefined) {
      this.state.warn({
        file: customer.at.file,
        line: customer.at.line,
        column: null,
        message: `The ${source} buyer id ${externalId} already belongs to another customer; it was left with that customer.`,
      })
      return
    }
    this.byPlatform.set(pKey, work.row.id)
    work.identities.push({ customer_id: work.row.id, source, external_id: externalId, created_at: this.state.now })
  }

  private addressesToAdd(all: readonly CustomerWork[]): CustomerAddressesTable[] {
    const wanting = all.filter((w) => w.address !== null)
    // Only customers the shop had before are asked about; the batch keeps count of its own that have no address yet.
    const knownIds = wanting.filter((w) => w.before !== null).map((w) => w.row.id)
    const alreadyHave = this.state.writes.customersWithAddress(knownIds, 'default')
    const { ownWithoutAddress } = this.state
    const hadAddress = (w: CustomerWork) => (w.before !== null ? alreadyHave.has(w.row.id) : !w.inserted && !ownWithoutAddress.has(w.row.id))
    const adding = wanting.filter((w) => !hadAddress(w))
    for (const w of all) {
      if (w.before !== null) continue
      if (w.address === null && !hadAddress(w)) ownWithoutAddress.add(w.row.id)
      else ownWithoutAddress.delete(w.row.id)
    }
    return adding
      .map((w) => {
        const a = w.address!
        return {
          id: this.state.ids.next(),
          customer_id: w.row.id,
          kind: 'default' as const,
          name: a.name,
          company: a.company,
          line1: a.line1,
          line2: a.line2,
          city: a.city,
          region: a.region,
          postal_code: a.postalCode,
          country_code: a.countryCode,
          phone: a.phone,
          created_at: this.state.now,
        }
      })
  }
}
