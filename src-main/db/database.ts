import type { Kysely, Transaction } from 'kysely'
import type { ClaimsTable } from '../claims/claims.table'
import type { AuditLogTable } from '../audit/audit.table'
import type {
  CustomerAddressesTable,
  CustomerEmailAliasesTable,
  CustomerIdentitiesTable,
  CustomerMergesTable,
  CustomersTable,
  CustomerSpendTable,
  CustomerStatsTable,
  CustomerTagsTable,
} from '../customers/customers.table'
import type { FlowsTable, MessageTemplatesTable, OutboxTable } from '../followups/followups.table'
import type { ImportBatchesTable } from '../imports/imports.table'
import type { LoyaltyLedgerTable } from '../loyalty/loyalty.table'
import type { OrderLinesTable, OrdersTable, OrderTagsTable } from '../orders/orders.table'
import type { ProductsTable } from '../products/products.table'
import type { ReturnLinesTable, ReturnsTable } from '../returns/returns.table'
import type { SavedViewsTable } from '../saved-views/saved-views.table'
import type { SettingsTable } from '../settings/settings.table'
import type { SurveyResponsesTable } from '../surveys/surveys.table'

/** Every table of the app, each typed beside its feature. */
export interface Database {
  settings: SettingsTable
  import_batches: ImportBatchesTable
  customers: CustomersTable
  customer_identities: CustomerIdentitiesTable
  customer_tags: CustomerTagsTable
  customer_addresses: CustomerAddressesTable
  products: ProductsTable
  orders: OrdersTable
  order_tags: OrderTagsTable
  order_lines: OrderLinesTable
  returns: ReturnsTable
  return_lines: ReturnLinesTable
  claims: ClaimsTable
  loyalty_ledger: LoyaltyLedgerTable
  message_templates: MessageTemplatesTable
  flows: FlowsTable
  outbox: OutboxTable
  survey_responses: SurveyResponsesTable
  customer_stats: CustomerStatsTable
  customer_spend: CustomerSpendTable
  customer_merges: CustomerMergesTable
  customer_email_aliases: CustomerEmailAliasesTable
  saved_views: SavedViewsTable
  audit_log: AuditLogTable
}

export type Db = Kysely<Database>
export type Tx = Transaction<Database>

/** What the app derives from the shop's data (customer figures) and what its users keep (views, merges, the audit log). */
export const WORKSPACE_TABLES = ['customer_stats', 'customer_spend', 'customer_merges', 'customer_email_aliases', 'saved_views', 'audit_log'] as const

/** Table names in dependency order (parents first): used for counts and for checks over the whole shop. */
export const TABLES = [
  'settings',
  'import_batches',
  'customers',
  'customer_identities',
  'customer_tags',
  'customer_addresses',
  'products',
  'orders',
  'order_tags',
  'order_lines',
  'returns',
  'return_lines',
  'claims',
  'loyalty_ledger',
  'message_templates',
  'flows',
  'outbox',
  'survey_responses',
  ...WORKSPACE_TABLES,
] as const satisfies readonly (keyof Database)[]
