import { randomFillSync } from 'node:crypto'
import { V7Generator } from 'uuidv7'

/** Text ids made in the app (time-ordered, so inserts stay index-friendly on SQLite and PostgreSQL). */
export interface IdSource {
  next(): string
}

/**
 * Random words for the ids, drawn from the operating system 8 KB at a time:
 * uuidv7's own buffer holds eight, and refilling it made a million-row
 * import spend about two seconds asking for more.
 */
class BufferedRandom {
  private readonly words = new Uint32Array(2048)
  private used = this.words.length

  nextUint32(): number {
    if (this.used === this.words.length) {
      randomFillSync(this.words)
      this.used = 0
    }
    return this.words[this.used++]!
  }
}

const generator = new V7Generator(new BufferedRandom())

export const uuidV7Ids: IdSource = { next: () => generator.generate().toString() }
