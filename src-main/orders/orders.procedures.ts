import { z } from 'zod'
import { AppError } from '../backend/errors'
import { pageInput } from '../backend/paging'
import { procedure } from '../backend/procedure'
import { inShopTimeZone } from '../dashboard/drilldown.repo'
import { orderDrilldownSchema } from '../dashboard/drilldown.rules'
import { readSettings } from '../settings/settings.repo'
import { orderFiltersSchema } from './order-filters'
import { getOrder, listOrders, ORDER_SORTS, type OrderSort } from './orders.repo'
import { trackingUrl } from './tracking-links.rules'

const sortKeys = Object.keys(ORDER_SORTS) as [OrderSort, ...OrderSort[]]

export const ordersProcedures = {
  list: procedure
    .input(
      z.object({
        ...pageInput,
        sort: z.enum(sortKeys).default('placedAt'),
        customerId: z.string().min(1).optional(),
        /** Only the orders behind one dashboard figure. */
        drilldown: orderDrilldownSchema.optional(),
        filters: orderFiltersSchema.optional(),
      }),
    )
    .handler(async ({ input, context }) => {
      const { timeZone } = await readSettings(context.db)
      return listOrders(context.db, { ...input, timeZone, drilldown: await inShopTimeZone(context.db, input.drilldown) })
    }),
  get: procedure.input(z.object({ id: z.string().min(1) })).handler(async ({ input, context }) => {
    const found = await getOrder(context.db, input.id)
    if (!found) throw new AppError('NOT_FOUND', 'That order is no longer in this shop. It may have been removed by undoing an import.')
    return { ...found, trackingUrl: trackingUrl(found.order.carrier, found.order.tracking_number) }
  }),
}
