import { z } from 'zod'
import { AppError } from '../backend/errors'
import { pageInput } from '../backend/paging'
import { procedure } from '../backend/procedure'
import { inShopTimeZone } from '../dashboard/drilldown.repo'
import { customerDrilldownSchema } from '../dashboard/drilldown.rules'
import { currencyCode } from '../backend/common-inputs'
import { customerFiltersSchema } from './customer-filters'
import { mainCurrency, spendCurrencies } from './customer-stats.repo'
import { CUSTOMER_SORTS, getCustomer, listCustomers, type CustomerSort } from './customers.repo'

const sortKeys = Object.keys(CUSTOMER_SORTS) as [CustomerSort, ...CustomerSort[]]

export const customersProcedures = {
  list: procedure
    .input(
      z.object({
        ...pageInput,
        sort: z.enum(sortKeys).default('lastOrderAt'),
        /** Only the customers behind one dashboard figure. */
        drilldown: customerDrilldownSchema.optional(),
        filters: customerFiltersSchema.optional(),
        /** The currency the `spent` sort compares; the shop's main currency when left out. */
        spendCurrency: currencyCode.optional(),
      }),
    )
    .handler(async ({ input, context }) =>
      listCustomers(context.db, {
        ...input,
        drilldown: await inShopTimeZone(context.db, input.drilldown),
        spendCurrency: input.spendCurrency ?? (input.sort === 'spent' ? await mainCurrency(context.db) : null),
        now: context.clock.now(),
      }),
    ),
  /** The currencies customers paid in, main one first: what the `spent` sort and filter can compare. */
  currencies: procedure.handler(async ({ context }) => spendCurrencies(context.db)),
  get: procedure.input(z.object({ id: z.string().min(1) })).handler(async ({ input, context }) => {
    const found = await getCustomer(context.db, input.id)
    if (!found) throw new AppError('NOT_FOUND', 'That customer is no longer in this shop.')
    return found
  }),
}
