import type { CsvRow } from '../csv-rows'
import { groupedRowsReader } from './consecutive-groups'
import type { ExportFormat, FormatContext, FormatReader } from './format'
import { GenericCells, rejectMapping } from './generic-cells'
import { customerIdentity, customerIfKnown, order } from './order-parts'

function createReader(context: FormatContext): FormatReader {
  const mapping = context.mapping
  if (mapping === null) return rejectMapping(context, null, 'This file is in no format this app knows. Map its columns to order fields first.')
  const source = mapping.source ?? 'other'
  const fields = new GenericCells(context, mapping)
  const gap = fields.gaps()[0]
  if (gap !== undefined) rejectMapping(context, null, gap)
  const { sink } = context

  const onOrder = (rows: readonly CsvRow[]) => {
    const first = rows[0]
    const externalId = first === undefined ? null : fields.key(first)
    if (first === undefined || externalId === null) return
    const currency = fields.currency(first)
    if (currency === null) return
    const lines = rows.flatMap((row) => fields.line(row, currency) ?? [])
    const subtotalMinor = lines.reduce((sum, item) => sum + item.unitPriceMinor * item.quantity, 0)
    const totalRow = rows.find((row) => fields.hasTotal(row))
    const totalMinor = totalRow === undefined ? subtotalMinor : fields.total(totalRow, currency)
    const email = fields.email(first)
    const firstName = fields.firstName(first)
    const lastName = fields.lastName(first)
    const status = fields.status(first)
    const at = { file: context.fileName, line: first.line }
    sink.emit({
      kind: 'order',
      order: order({
        source,
        externalId,
        orderNumber: fields.orderNumber(first) ?? externalId,
        placedAt: fields.placedAt(first) ?? '',
        currency,
        at,
        customer: customerIfKnown(customerIdentity(source, email, null), { firstName, lastName, at }),
        buyerEmail: email,
        buyerName: [firstName, lastName].filter((part) => part !== null).join(' ') || null,
        financialStatus: status.financial,
        fulfillmentStatus: status.fulfillment,
        subtotalMinor,
        totalMinor,
        lines,
      }),
    })
  }

  return groupedRowsReader((row) => fields.key(row), onOrder)
}

export const generic: ExportFormat = {
  id: 'generic',
  source: 'other',
  label: 'Other CSV (columns mapped by hand)',
  signatures: [],
  knownColumns: 'all',
  // The mapping says which columns are needed; createReader checks them against the header.
  requiredColumns: [],
  takesCurrency: true,
  decimalSeparator: (_dialect, mapping) => mapping?.decimalSeparator ?? '.',
  createReader,
}
