import type { IdSource } from '../backend/ids'
import type { CustomersTable } from '../customers/customers.table'
import { ChangeLog } from './change-log'
import type { FreshKeys } from './fresh-keys'
import type { ImportWarning } from './import-record'
import { emptyCounts, MAX_LISTED_WARNINGS } from './import-summary'
import type { ImportWrites } from './import-writes.repo'
import { RecentRows } from './recent-rows'
import { TouchedCustomers } from './touched-customers'

/**
 * How many of its own customers a batch keeps at hand, by email: a few
 * megabytes. A customer's next order may be anywhere further down the file,
 * so this catches the nearby ones; any other costs one lookup.
 */
const RECENT_CUSTOMERS = 20_000

/** What every step of one import shares: where to write, what it has done, and what to tell the user. */
export class BatchState {
  readonly counts = emptyCounts()
  readonly changes: ChangeLog
  readonly warnings: ImportWarning[] = []
  warningCount = 0
  /** Customers the shop had before this batch that the file mentions, and those it changed. */
  readonly knownCustomersSeen = new Set<string>()
  readonly knownCustomersChanged = new Set<string>()
  /** Customers this batch created that have no default address yet (rare: most rows of an export carry one). */
  readonly ownWithoutAddress = new Set<string>()
  /** Customers this batch created, as last written, by email: found again without a lookup. */
  readonly recentOwnCustomers = new RecentRows<CustomersTable>(RECENT_CUSTOMERS)
  /** Whose figures (customer_stats, customer_spend) need refreshing before the batch commits. */
  readonly touchedCustomers = new TouchedCustomers()

  constructor(
    readonly batchId: string,
    readonly now: string,
    readonly ids: IdSource,
    readonly writes: ImportWrites,
    /** Emails of customers this batch wrote, when the shop had no customers: no other email needs looking up. */
    readonly customerEmails: FreshKeys,
  ) {
    this.changes = new ChangeLog(batchId)
  }

  warn(warning: ImportWarning): void {
    this.warningCount++
    if (this.warnings.length < MAX_LISTED_WARNINGS) this.warnings.push(warning)
  }

  /** Rows this batch inserted are removed whole by undo, so changing them again needs no before-image. */
  isOwn(row: { import_batch_id: string | null }): boolean {
    return row.import_batch_id === this.batchId
  }
}
