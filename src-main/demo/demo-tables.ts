import type { Database } from '../db/database'

/** The tables a demo fills, in the order they must be written (parents first). Settings, imports and the outbox stay untouched. */
export const DEMO_TABLES = [
  'products',
  'customers',
  'customer_identities',
  'customer_tags',
  'customer_addresses',
  'orders',
  'order_tags',
  'order_lines',
  'returns',
  'return_lines',
  'claims',
  'loyalty_ledger',
  'message_templates',
  'flows',
  'survey_responses',
] as const satisfies ReadonlyArray<keyof Database>

export type DemoTable = (typeof DEMO_TABLES)[number]
export type DemoRows = { [T in DemoTable]: Array<Database[T]> }
