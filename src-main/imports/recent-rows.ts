/**
 * The rows a batch wrote most recently, by key, up to a fixed number: a
 * customer who orders again later in the same file is found here instead of
 * being read back from the table it was just written to.
 *
 * Two generations instead of a strict least-recently-used order: rows go
 * into the young one, a hit in the old one moves the row to the young one,
 * and when the young one is full the old one is dropped whole. Evicting one
 * entry at a time from a Map (delete the first key) leaves holes that every
 * later "first key" walks over, which made a million-row import spend
 * seconds in this cache.
 */
export class RecentRows<Row> {
  private young = new Map<string, Row>()
  private old = new Map<string, Row>()

  /** Holds at least `capacity / 2` and at most `capacity` rows. */
  constructor(private readonly capacity: number) {}

  get(key: string): Row | undefined {
    const row = this.young.get(key)
    if (row !== undefined) return row
    const aged = this.old.get(key)
    if (aged !== undefined) this.remember(key, aged)
    return aged
  }

  remember(key: string, row: Row): void {
    this.young.set(key, row)
    if (this.young.size >= this.capacity / 2) {
      this.old = this.young
      this.young = new Map()
    }
  }
}
