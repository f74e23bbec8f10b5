import { TABLES, type Database } from '../db/database'

/** Settings, the import history and the outbox are the shop's own: a demo never writes them. */
const UNTOUCHED = ['settings', 'import_batches', 'outbox'] as const

export type DemoTable = Exclude<(typeof TABLES)[number], (typeof UNTOUCHED)[number]>

/** The tables a demo fills, in the order they must be written (TABLES lists parents first). */
export const DEMO_TABLES: readonly DemoTable[] = TABLES.filter(
  (table): table is DemoTable => !(UNTOUCHED as readonly string[]).includes(table),
)

export type DemoRows = { [T in DemoTable]: Array<Database[T]> }
