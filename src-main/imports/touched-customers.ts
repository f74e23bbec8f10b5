/**
 * Past this many, refreshing every customer's figures at once costs less than
 * refreshing a list of them a few hundred at a time.
 */
const MOST_LISTED = 20_000

/**
 * The customers whose figures a batch may have changed: those it wrote, and
 * those of every order it created or changed, before and after. A daily
 * export into a big shop then refreshes a few hundred customers instead of
 * all of them.
 */
export class TouchedCustomers {
  private ids: Set<string> | null = new Set()

  add(id: string | null): void {
    if (id === null || this.ids === null) return
    this.ids.add(id)
    if (this.ids.size > MOST_LISTED) this.ids = null
  }

  /** The customers to refresh, or undefined for all of them. */
  list(): string[] | undefined {
    return this.ids === null ? undefined : [...this.ids]
  }
}
