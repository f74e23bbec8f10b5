import { TABLES, WORKSPACE_TABLES, type Database } from '../db/database'

/**
 * Settings, the import history, the outbox and the workspace's own records are
 * the shop's: a demo never writes them. Customer figures are derived, rebuilt after a demo loads.
 */
const UNTOUCHED = ['settings', 'import_batches', 'outbox', ...WORKSPACE_TABLES] as const

export type DemoTable = Exclude<(typeof TABLES)[number], (typeof UNTOUCHED)[number]>

/** The tables a demo fills, in the order they must be written (TABLES lists parents first). */
export const DEMO_TABLES: readonly DemoTable[] = TABLES.filter(
  (table): table is DemoTable => !(UNTOUCHED as readonly string[]).includes(table),
)

export type DemoRows = { [T in DemoTable]: Array<Database[T]> }
