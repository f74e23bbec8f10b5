/**
 * The rows a batch wrote most recently, by key, up to a fixed number: a
 * customer who orders again later in the same file is found here instead of
 * being read back from the table it was just written to. Oldest-used rows
 * are forgotten first (a Map keeps insertion order, and a hit moves its key
 * to the end), so memory stays bounded however big the file.
 */
export class RecentRows<Row> {
  private readonly rows = new Map<string, Row>()

  constructor(private readonly capacity: number) {}

  get(key: string): Row | undefined {
    const row = this.rows.get(key)
    if (row !== undefined) this.remember(key, row)
    return row
  }

  remember(key: string, row: Row): void {
    this.rows.delete(key)
    this.rows.set(key, row)
    if (this.rows.size > this.capacity) this.rows.delete(this.rows.keys().next().value!)
  }
}
