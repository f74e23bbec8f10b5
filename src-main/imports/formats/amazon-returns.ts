import type { ReturnReason } from '../../returns/returns.table'
import type { CsvRow } from '../csv-rows'
import type { ImportedReturn } from '../import-record'
import { CellReader, lookUpWord } from './cell-reader'
import { findColumns } from './columns'
import type { ExportFormat, FormatContext, FormatReader } from './format'

/** Reports › Fulfillment › Customer Returns (FBA), tab-separated, 13 columns (SRC + a real row). */
export const AMAZON_RETURNS_HEADER = [
  'return-date', 'order-id', 'sku', 'asin', 'fnsku', 'product-name', 'quantity', 'fulfillment-center-id',
  'detailed-disposition', 'reason', 'status', 'license-plate-number', 'customer-comments',
] as const

/** Amazon's return reason codes; anything else is kept as text under 'other'. */
const REASONS: Readonly<Record<string, ReturnReason>> = {
  apparel_too_small: 'size_fit',
  apparel_too_large: 'size_fit',
  apparel_style: 'not_as_described',
  defective: 'defective',
  quality_unacceptable: 'defective',
  damaged_by_carrier: 'damaged',
  damaged_by_fc: 'damaged',
  not_as_described: 'not_as_described',
  switcheroo: 'not_as_described',
  missing_parts: 'not_as_described',
  different_product: 'wrong_item',
  extra_item: 'wrong_item',
  ordered_wrong_item: 'changed_mind',
  unwanted_item: 'changed_mind',
  found_better_price: 'changed_mind',
  no_longer_needed: 'changed_mind',
  not_compatible: 'changed_mind',
  missed_estimated_delivery: 'late_delivery',
}

const CONDITIONS: Readonly<Record<string, ImportedReturn['condition']>> = {
  sellable: 'new',
  damaged: 'damaged',
  customer_damaged: 'damaged',
  carrier_damaged: 'damaged',
  distributor_damaged: 'damaged',
  defective: 'damaged',
}

const COLUMNS = {
  returnDate: ['return-date'],
  // The online view calls it amazon-order-id; the downloaded file says order-id.
  orderId: ['order-id', 'amazon-order-id'],
  sku: ['sku'],
  quantity: ['quantity'],
  disposition: ['detailed-disposition'],
  reason: ['reason'],
  licensePlate: ['license-plate-number'],
  comments: ['customer-comments'],
} as const

function createReader(context: FormatContext): FormatReader {
  const cells = new CellReader(context)
  const c = findColumns(context.header, COLUMNS)
  return {
    row(row: CsvRow) {
      const orderId = cells.required(row, c.orderId, 'order id')
      // Dated by when the fulfilment centre processed the return, often weeks after the buyer asked.
      const requestedAt = cells.date(row, c.returnDate, 'iso', true)
      if (orderId === null || requestedAt === null) return
      const sku = cells.text(row, c.sku)
      const reasonCode = cells.text(row, c.reason)
      const comments = cells.text(row, c.comments)
      context.sink.emit({
        kind: 'return',
        return: {
          source: 'amazon',
          orderExternalId: orderId,
          externalId: cells.text(row, c.licensePlate) ?? `${orderId}:${sku ?? ''}:${requestedAt}`,
          sku,
          quantity: cells.quantity(row, c.quantity, true) ?? 0,
          reason: lookUpWord(REASONS, reasonCode ?? '') ?? 'other',
          reasonText: [reasonCode, comments].filter((part) => part !== null).join(': ') || null,
          requestedAt,
          condition: lookUpWord(CONDITIONS, cells.text(row, c.disposition) ?? '') ?? 'unknown',
          at: { file: context.fileName, line: row.line },
        },
      })
    },
    end() {},
  }
}

export const amazonReturns: ExportFormat = {
  id: 'amazon-returns',
  source: 'amazon',
  label: 'Amazon FBA customer returns report',
  signatures: [
    ['return-date', 'order-id', 'sku', 'quantity', 'detailed-disposition', 'reason'],
    ['return-date', 'amazon-order-id', 'sku', 'quantity', 'detailed-disposition', 'reason'],
  ],
  knownColumns: [...AMAZON_RETURNS_HEADER, 'amazon-order-id'],
  requiredColumns: [['order-id', 'amazon-order-id'], ['return-date'], ['quantity']],
  // Tab-separated without quoting: tabs and line breaks are stripped from values, quotes are left as they are.
  unquoted: true,
  decimalSeparator: () => '.',
  createReader,
}
