import { orderFiltersSchema, type OrderFilters } from '../../src-main/orders/order-filters'
import { FINANCIAL_STATUSES, FULFILLMENT_STATUSES, SOURCES } from '../../src-main/orders/orders.table'
import { filterAddress, flagParam, intParam, listParam, textParam } from '../components/filter-address'

/** The orders list's filters in its address; names clear of the dashboard drill-down's (`from`, `source`, `currency`…). */
export const orderFilterAddress = filterAddress<OrderFilters>(orderFiltersSchema, {
  placedFrom: textParam('placedFrom'),
  placedTo: textParam('placedTo'),
  sources: listParam('channels', SOURCES),
  financialStatuses: listParam('payment', FINANCIAL_STATUSES),
  fulfillmentStatuses: listParam('fulfilment', FULFILLMENT_STATUSES),
  cancelled: flagParam('cancelled'),
  refunded: flagParam('refunded'),
  currency: textParam('in'),
  minTotalMinor: intParam('minTotal'),
  maxTotalMinor: intParam('maxTotal'),
  hasReturn: flagParam('returned'),
  hasClaim: flagParam('claimed'),
  sku: textParam('sku'),
  tag: textParam('tag'),
})
