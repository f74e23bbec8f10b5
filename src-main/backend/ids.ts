import { uuidv7 } from 'uuidv7'

/** Text ids made in the app (time-ordered, so inserts stay index-friendly on SQLite and PostgreSQL). */
export interface IdSource {
  next(): string
}

export const uuidV7Ids: IdSource = { next: () => uuidv7() }
