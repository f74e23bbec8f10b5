import type { CustomerFilters } from '../../src-main/customers/customer-filters'
import { sourceLabel } from '../../src-main/orders/source-labels'
import { flagLabel, labelled, omit, type FilterLabel } from '../components/filter-labels'
import { formatMoney, pluralize } from '../components/format'
import { CONSENT_LABELS } from './ConsentBadge'
import { rfmLabel } from './RfmBadge'

function ordersLabel(min: number | undefined, max: number | undefined): string | null {
  if (min !== undefined && max !== undefined) return min === max ? `Exactly ${pluralize(min, 'order', 'orders')}` : `${min}–${max} orders`
  if (min !== undefined) return `At least ${pluralize(min, 'order', 'orders')}`
  if (max !== undefined) return `At most ${pluralize(max, 'order', 'orders')}`
  return null
}

function spentLabel(spent: CustomerFilters['spent']): string | null {
  if (!spent) return null
  const amount = `Spent at least ${formatMoney(spent.minMinor, spent.currency)}`
  return spent.withinDays === undefined ? amount : `${amount} in the last ${pluralize(spent.withinDays, 'day', 'days')}`
}

/** Each customers filter in force, in words: the chips above the list, and what a segment is on the Segments screen. */
export function describeCustomerFilters(f: CustomerFilters): FilterLabel<CustomerFilters>[] {
  return [
    ...labelled<CustomerFilters>('rfm', f.rfmGroup && `RFM group: ${rfmLabel(f.rfmGroup)}`, (x) => omit(x, 'rfmGroup')),
    ...labelled<CustomerFilters>('consent', f.consent?.length && `Email marketing: ${f.consent.map((c) => CONSENT_LABELS[c]).join(', ')}`, (x) =>
      omit(x, 'consent'),
    ),
    ...labelled<CustomerFilters>('tag', f.tag && `Tag “${f.tag}”`, (x) => omit(x, 'tag')),
    ...labelled<CustomerFilters>('orders', ordersLabel(f.minOrders, f.maxOrders), (x) => omit(x, 'minOrders', 'maxOrders')),
    ...labelled<CustomerFilters>(
      'idle',
      f.lastOrderOlderThanDays !== undefined && `Last order over ${pluralize(f.lastOrderOlderThanDays, 'day', 'days')} ago`,
      (x) => omit(x, 'lastOrderOlderThanDays'),
    ),
    ...labelled<CustomerFilters>(
      'active',
      f.lastOrderWithinDays !== undefined && `Ordered in the last ${pluralize(f.lastOrderWithinDays, 'day', 'days')}`,
      (x) => omit(x, 'lastOrderWithinDays'),
    ),
    ...labelled<CustomerFilters>('spent', spentLabel(f.spent), (x) => omit(x, 'spent')),
    ...labelled<CustomerFilters>('return', flagLabel(f.hasReturn, 'With a return', 'Without a return'), (x) => omit(x, 'hasReturn')),
    ...labelled<CustomerFilters>('claim', flagLabel(f.hasClaim, 'With a claim', 'Without a claim'), (x) => omit(x, 'hasClaim')),
    ...labelled<CustomerFilters>('source', f.source && `Bought on ${sourceLabel(f.source)}`, (x) => omit(x, 'source')),
  ]
}
