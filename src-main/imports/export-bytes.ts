/** How much of a file is read to recognise it: enough for eBay's preamble and a few hundred rows. */
export const SNIFF_BYTES = 64 * 1024

/**
 * A file's byte stream, opened once: the head is read first to recognise the
 * file, then replayed in front of the rest, and every byte pulled is counted
 * for progress.
 */
export class ExportBytes {
  private readonly iterator: AsyncIterator<Uint8Array>
  private readonly headChunks: Uint8Array[] = []
  private exhausted = false
  private pulled = 0
  private streaming = false

  constructor(source: AsyncIterable<Uint8Array>) {
    this.iterator = source[Symbol.asyncIterator]()
  }

  get bytesRead(): number {
    return this.pulled
  }

  /** True when the head is the whole file. */
  get endOfFile(): boolean {
    return this.exhausted
  }

  async head(): Promise<Uint8Array> {
    let length = this.headChunks.reduce((sum, chunk) => sum + chunk.length, 0)
    while (length < SNIFF_BYTES && !this.exhausted) {
      const chunk = await this.next()
      if (chunk === null) break
      this.headChunks.push(chunk)
      length += chunk.length
    }
    const head = new Uint8Array(length)
    let offset = 0
    for (const chunk of this.headChunks) {
      head.set(chunk, offset)
      offset += chunk.length
    }
    return head
  }

  /** Every byte of the file from the start, once. */
  async *all(): AsyncGenerator<Uint8Array> {
    if (this.streaming) throw new Error('ExportBytes.all() can be iterated once')
    this.streaming = true
    yield* this.headChunks.splice(0)
    for (let chunk = await this.next(); chunk !== null; chunk = await this.next()) yield chunk
  }

  /** Releases the file (a Node stream closes its descriptor) when reading stops early. */
  async close(): Promise<void> {
    if (!this.exhausted) await this.iterator.return?.()
    this.exhausted = true
  }

  private async next(): Promise<Uint8Array | null> {
    if (this.exhausted) return null
    const result = await this.iterator.next()
    if (result.done === true) {
      this.exhausted = true
      return null
    }
    this.pulled += result.value.length
    return result.value
  }
}
