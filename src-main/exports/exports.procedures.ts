import type { Context } from '../backend/context'
import { procedure } from '../backend/procedure'
import { readSettings } from '../settings/settings.repo'
import { customerViewStateSchema, orderViewStateSchema, viewName, type CustomerViewState } from '../saved-views/saved-views.rules'
import { resolveSegment } from '../segments/segments.repo'
import { localDateOf } from '../time/zoned-time'
import { chooseColumns } from './export-columns'
import { csvFile } from './csv-file'
import { customerColumns } from './customer-columns'
import { exportFileName } from './export-file-name'
import { customerBatches, orderBatches, spendCurrenciesOf } from './export-rows.repo'
import { orderColumns } from './order-columns'

/**
 * A customers export is either the list as the screen shows it, or a segment
 * by name. A segment brings its own search, filters and sort, so it is not
 * combined with a search or filters of the caller's.
 */
const customersExportInput = customerViewStateSchema
  .extend({ segment: viewName.optional() })
  .refine((input) => input.segment === undefined || (input.search === '' && Object.keys(input.filters).length === 0 && input.spendCurrency === undefined), {
    message: 'Export either a segment or a search with filters, not both: a segment brings its own',
    path: ['segment'],
  })

async function exportCustomers(context: Context, state: CustomerViewState, segment: string | undefined, signal: AbortSignal | undefined): Promise<File> {
  const { timeZone } = await readSettings(context.db)
  const now = context.clock.now()
  const query = {
    ...state,
    spendCurrency: state.spendCurrency ?? null,
    now,
  }
  const columns = chooseColumns(customerColumns(timeZone, await spendCurrenciesOf(context.db, query)), state.columns)
  return csvFile(exportFileName('customers', localDateOf(now, timeZone), segment), columns, customerBatches(context.db, query, signal))
}

export const exportsProcedures = {
  /** The orders list as a CSV file: the same rows, in the same order, as the screen with this search, sort and filters. */
  orders: procedure.input(orderViewStateSchema).handler(async ({ input, context, signal }) => {
    const { timeZone } = await readSettings(context.db)
    const fileName = exportFileName('orders', localDateOf(context.clock.now(), timeZone))
    return csvFile(fileName, chooseColumns(orderColumns(timeZone), input.columns), orderBatches(context.db, { ...input, timeZone }, signal))
  }),
  /** The customers list, or a segment's customers, as a CSV file. */
  customers: procedure.input(customersExportInput).handler(async ({ input, context, signal }) => {
    const { segment, ...listState } = input
    if (segment === undefined) return exportCustomers(context, listState, undefined, signal)
    const found = await resolveSegment(context.db, segment)
    const columns = listState.columns.length > 0 ? listState.columns : found.state.columns
    return exportCustomers(context, { ...found.state, columns }, found.name, signal)
  }),
}
