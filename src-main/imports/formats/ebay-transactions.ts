import type { CsvRow } from '../csv-rows'
import { CellReader } from './cell-reader'
import { findColumns } from './columns'
import type { ExportFormat, FormatContext, FormatReader } from './format'

/** Seller Hub › Payments › Reports › Transaction report (REAL): UTF-8 BOM, 11 preamble lines, `--` for null. */
export const EBAY_TRANSACTIONS_HEADER = [
  'Transaction creation date', 'Type', 'Order number', 'Legacy order ID', 'Buyer username', 'Buyer name', 'Ship to city',
  'Ship to province/region/state', 'Ship to zip', 'Ship to country', 'Net amount', 'Payout currency', 'Payout date',
  'Payout ID', 'Payout method', 'Payout status', 'Reason for hold', 'Item ID', 'Transaction ID', 'Item title',
  'Custom label', 'Quantity', 'Item subtotal', 'Shipping and handling', 'Seller collected tax', 'eBay collected tax',
  'Final Value Fee - fixed', 'Final Value Fee - variable', 'Very high "item not as described" fee',
  'Below standard performance fee', 'International fee', 'Deposit processing fee', 'Gross transaction amount',
  'Transaction currency', 'Exchange rate', 'Reference ID', 'Description',
] as const

const COLUMNS = {
  createdOn: ['Transaction creation date'],
  type: ['Type'],
  orderNumber: ['Order number'],
  net: ['Net amount'],
  payoutCurrency: ['Payout currency'],
  title: ['Item title'],
  customLabel: ['Custom label'],
  quantity: ['Quantity'],
  gross: ['Gross transaction amount'],
  currency: ['Transaction currency'],
} as const

function createReader(context: FormatContext): FormatReader {
  const cells = new CellReader(context)
  const c = findColumns(context.header, COLUMNS)
  const { sink } = context

  return {
    row(row: CsvRow) {
      const type = cells.text(row, c.type) ?? ''
      if (type.toLowerCase() !== 'refund') {
        sink.warn({
          key: `ebay:skipped:${type.toLowerCase()}`,
          line: row.line,
          column: c.type.name,
          message: `Rows of type “${type}” were skipped: only refunds are read from this report (orders come from the Orders report).`,
        })
        return
      }
      const orderNumber = cells.required(row, c.orderNumber, 'order number')
      const refundedAt = cells.date(row, c.createdOn, 'month-name', true)
      // Amounts are in the listing (transaction) currency; the payout currency may differ.
      const currency = cells.currency(row, c.currency) ?? cells.currency(row, c.payoutCurrency)
      if (currency === null) {
        cells.report(row, c.currency, 'The refund has no currency. Export the report again from eBay.')
        return
      }
      if (orderNumber === null || refundedAt === null) return
      const amount = cells.optionalMoney(row, c.gross, currency) ?? cells.money(row, c.net, currency)
      const title = cells.text(row, c.title)
      const sku = cells.text(row, c.customLabel)
      sink.emit({
        kind: 'refund',
        refund: {
          source: 'ebay',
          orderExternalId: orderNumber,
          currency,
          amountMinor: Math.abs(amount),
          refundedAt,
          lines: title === null && sku === null ? [] : [{ sku, title, quantity: Math.abs(cells.quantity(row, c.quantity) ?? 1) }],
          at: { file: context.fileName, line: row.line },
        },
      })
    },
    end() {},
  }
}

export const ebayTransactions: ExportFormat = {
  id: 'ebay-transactions',
  source: 'ebay',
  label: 'eBay payments transaction report',
  signatures: [['Transaction creation date', 'Type', 'Order number', 'Net amount', 'Gross transaction amount', 'Transaction currency']],
  knownColumns: EBAY_TRANSACTIONS_HEADER,
  requiredColumns: [['Transaction creation date'], ['Type'], ['Order number'], ['Gross transaction amount', 'Net amount']],
  decimalSeparator: () => '.',
  createReader,
}
