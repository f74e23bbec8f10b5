import type { Drilldown } from '../../src-main/dashboard/drilldown.rules'
import { CSAT_SATISFIED_MIN } from '../../src-main/dashboard/metrics.rules'
import { humanize } from '../components/format'
import { sourceLabel } from '../../src-main/orders/source-labels'
import { formatDateRange, formatMonth, formatShopDate } from './dashboard-format'

const EXPECTED_NEXT = { dueSoon: 'due soon', recentlyOverdue: 'recently overdue', longOverdue: 'long overdue' } as const

/** What a list filtered by a drill-down shows, in one sentence: "Customers of the March 2026 cohort who ordered in month 2". */
export function describeDrilldown(drilldown: Drilldown): string {
  const filters = [
    drilldown.source && `from ${sourceLabel(drilldown.source)}`,
    drilldown.currency && drilldown.kind !== 'lifetimeCustomers' && `in ${drilldown.currency}`,
  ].filter(Boolean)
  return [describeRows(drilldown), ...filters].join(' · ')
}

function describeRows(drilldown: Drilldown): string {
  switch (drilldown.kind) {
    case 'periodOrders':
      return `Orders placed ${formatDateRange(drilldown.from, drilldown.to)}${drilldown.customer === 'unknown' ? ' without a known customer' : ''}`
    case 'returnedOrders':
      return `Orders placed ${formatDateRange(drilldown.from, drilldown.to)} with a return${drilldown.reason ? ` for “${humanize(drilldown.reason)}”` : ''}`
    case 'productOrders':
      return `Orders placed ${formatDateRange(drilldown.from, drilldown.to)} with ${drilldown.title ?? drilldown.productKey.replace(/^sku:/, 'SKU ')}`
    case 'periodCustomers':
      return `Customers who ordered ${formatDateRange(drilldown.from, drilldown.to)}`
    case 'repeatCustomers':
      return `Customers who ordered ${formatDateRange(drilldown.from, drilldown.to)} with two or more orders by then`
    case 'lifetimeCustomers':
      return `Customers who paid in ${drilldown.currency} up to ${formatShopDate(drilldown.to)}`
    case 'cohort': {
      const cohort = `Customers of the ${formatMonth(drilldown.month, 'long')} cohort`
      return drilldown.offset === undefined ? cohort : `${cohort} who ordered in month ${drilldown.offset}`
    }
    case 'repeatWithin': {
      const firstTimers = `Customers whose first order was ${formatDateRange(drilldown.from, drilldown.to)}`
      return drilldown.group === 'repeated'
        ? `${firstTimers} and who ordered again within ${drilldown.days} days`
        : `${firstTimers}, with ${drilldown.days} days to order again`
    }
    case 'expectedNextOrder':
      return `Customers whose next order was ${EXPECTED_NEXT[drilldown.group]} on ${formatShopDate(drilldown.to)}`
    case 'npsRespondents':
      return `Customers who answered the NPS survey ${formatDateRange(drilldown.from, drilldown.to)}${drilldown.group ? ` as ${drilldown.group}` : ''}`
    case 'csatRespondents':
      return `Customers who answered the CSAT survey ${formatDateRange(drilldown.from, drilldown.to)}${drilldown.group ? ` with ${CSAT_SATISFIED_MIN} or 5` : ''}`
  }
}
