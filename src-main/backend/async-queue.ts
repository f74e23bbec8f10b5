/**
 * Items handed over from event listeners (a thread's messages) to one async
 * consumer, in order. A failure ends the consumer's waiting once the items
 * queued before it are taken.
 */
export class AsyncQueue<T> {
  private readonly items: T[] = []
  private failure: { error: unknown } | null = null
  private wake: (() => void) | null = null

  get size(): number {
    return this.items.length
  }

  push(item: T): void {
    this.items.push(item)
    this.release()
  }

  fail(error: unknown): void {
    this.failure ??= { error }
    this.release()
  }

  async next(): Promise<T> {
    for (;;) {
      if (this.items.length > 0) return this.items.shift()!
      if (this.failure !== null) throw this.failure.error
      await new Promise<void>((resolve) => (this.wake = resolve))
    }
  }

  private release(): void {
    const wake = this.wake
    this.wake = null
    wake?.()
  }
}
