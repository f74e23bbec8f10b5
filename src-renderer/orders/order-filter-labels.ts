import type { OrderFilters } from '../../src-main/orders/order-filters'
import { sourceLabel } from '../../src-main/orders/source-labels'
import { flagLabel, labelled, omit, type FilterLabel } from '../components/filter-labels'
import { formatMoney, humanize } from '../components/format'
import { formatShopDate } from '../dashboard/dashboard-format'

function periodLabel(from: string | undefined, to: string | undefined): string | null {
  if (from && to) return from === to ? `Placed on ${formatShopDate(from)}` : `Placed ${formatShopDate(from)} – ${formatShopDate(to)}`
  if (from) return `Placed on or after ${formatShopDate(from)}`
  if (to) return `Placed on or before ${formatShopDate(to)}`
  return null
}

function amountLabel({ currency, minTotalMinor: min, maxTotalMinor: max }: OrderFilters): string | null {
  if (!currency) return null
  if (min !== undefined && max !== undefined) return `Total ${formatMoney(min, currency)} – ${formatMoney(max, currency)}`
  if (min !== undefined) return `Total at least ${formatMoney(min, currency)}`
  if (max !== undefined) return `Total at most ${formatMoney(max, currency)}`
  return null
}

/** Each orders filter in force, in words, as the chips above the list show them. */
export function describeOrderFilters(f: OrderFilters): FilterLabel<OrderFilters>[] {
  return [
    ...labelled<OrderFilters>('placed', periodLabel(f.placedFrom, f.placedTo), (x) => omit(x, 'placedFrom', 'placedTo')),
    ...labelled<OrderFilters>('sources', f.sources?.length && `Channel: ${f.sources.map(sourceLabel).join(', ')}`, (x) => omit(x, 'sources')),
    ...labelled<OrderFilters>('financial', f.financialStatuses?.length && `Payment: ${f.financialStatuses.map(humanize).join(', ')}`, (x) =>
      omit(x, 'financialStatuses'),
    ),
    ...labelled<OrderFilters>('fulfillment', f.fulfillmentStatuses?.length && `Fulfilment: ${f.fulfillmentStatuses.map(humanize).join(', ')}`, (x) =>
      omit(x, 'fulfillmentStatuses'),
    ),
    ...labelled<OrderFilters>('cancelled', flagLabel(f.cancelled, 'Cancelled', 'Not cancelled'), (x) => omit(x, 'cancelled')),
    ...labelled<OrderFilters>('refunded', flagLabel(f.refunded, 'Refunded', 'Not refunded'), (x) => omit(x, 'refunded')),
    // Amounts mean nothing without their currency: removing the currency removes them too.
    ...labelled<OrderFilters>('currency', f.currency && `In ${f.currency}`, (x) => omit(x, 'currency', 'minTotalMinor', 'maxTotalMinor')),
    ...labelled<OrderFilters>('amount', amountLabel(f), (x) => omit(x, 'minTotalMinor', 'maxTotalMinor')),
    ...labelled<OrderFilters>('return', flagLabel(f.hasReturn, 'With a return', 'Without a return'), (x) => omit(x, 'hasReturn')),
    ...labelled<OrderFilters>('claim', flagLabel(f.hasClaim, 'With a claim', 'Without a claim'), (x) => omit(x, 'hasClaim')),
    ...labelled<OrderFilters>('sku', f.sku && `SKU ${f.sku}`, (x) => omit(x, 'sku')),
    ...labelled<OrderFilters>('tag', f.tag && `Tag “${f.tag}”`, (x) => omit(x, 'tag')),
  ]
}
