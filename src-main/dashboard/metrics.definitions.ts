import {
  CSAT_SATISFIED_MIN,
  DUE_SOON_DAYS,
  MAX_COHORTS,
  MIN_UNITS_FOR_RETURN_RANKING,
  NPS_DETRACTOR_MAX,
  NPS_PROMOTER_MIN,
  RECENTLY_OVERDUE_DAYS,
  TOP_PRODUCTS,
} from './metrics.rules'

/**
 * The one-line definitions the dashboard shows beside each figure. They are
 * the contract for what the SQL computes: change one only with its query.
 */

const COUNTED = 'counted orders (not cancelled, not voided; refunded orders still count)'
const NET = 'subtotal (line amounts after line discounts) minus the order discount minus refunds, at least 0 per order; shipping and tax are not revenue'

export const DEFINITIONS = {
  filters:
    'A source or currency filter keeps only orders from that source or in that currency, everywhere; survey answers count only when they are about such an order.',
  excluded: `Counted orders placed in the period with no known customer (such as Amazon orders, which carry no buyer identity). They count toward orders, net revenue and average order value, but toward no customer figure.`,
  customers: `Customers with at least one of the ${COUNTED} placed in the period. Orders without a known customer are left out.`,
  orders: `Number of ${COUNTED} placed in the period, including orders without a known customer.`,
  repeatPurchaseRate:
    'Of the customers who placed a counted order in the period, the share who had placed two or more counted orders in all by the end of the period.',
  netRevenue: `Per currency, never added across currencies: the net revenue of the ${COUNTED} placed in the period, where net is ${NET}. Includes orders without a known customer.`,
  averageOrderValue: 'Per currency: net revenue divided by the number of counted orders in that currency placed in the period.',
  lifetimeValue: `Historic CLV per currency: each customer's net revenue (${NET}) from counted orders placed up to the end of the period; average and median over the customers who paid in that currency. A customer who paid in two currencies is counted in each.`,
  returnRate:
    'Returned units over units sold, and orders with a return over orders, for counted orders placed in the period. A return counts against the period its order was placed in; rejected returns do not count.',
  nps: `Net Promoter Score, from -100 to 100: the share of promoters (${NPS_PROMOTER_MIN}-10) minus the share of detractors (0-${NPS_DETRACTOR_MAX}), in points, among NPS answers given in the period; no answers, no score.`,
  csat: `Customer satisfaction: the share of answers of ${CSAT_SATISFIED_MIN} or 5 on the 1-5 scale among CSAT answers given in the period.`,
  repeatWithin:
    "Of the customers whose first counted order was placed in the period (overall) or in the cohort's month, the share who placed a second counted order within N days (N × 24 hours) of the first. Only customers whose first order was placed at least N days before the end of the period count, so each had the whole N days.",
  cohorts: `Customers grouped by the month, in the shop's time zone, of their first counted order; up to ${MAX_COHORTS} cohorts whose month falls in the period. Each cell is the share of the cohort with a counted order in the k-th month after that one (month 0 is the first order's month), up to the current month, which is incomplete.`,
  cohortLifetimeValue:
    "Per cohort and currency: net revenue from counted orders placed within N days of each member's first order, divided by the members who placed a counted order in that currency. A window is incomplete while some members' first order is less than N days old.",
  orderGaps:
    "Time between a customer's counted order and their next one, for orders placed up to the end of the period: the average over all such gaps, and the median of repeat customers' own average gaps.",
  expectedNextOrder: `A customer's next order is expected at their last counted order plus their own average gap (the shop's median gap for one-time buyers). Due soon: expected within ${DUE_SOON_DAYS} days after the period's end; recently overdue: expected in the ${RECENTLY_OVERDUE_DAYS} days before it; long overdue: earlier still.`,
  returnsByReason:
    'Per return reason: returned units over all units sold, and orders with a return for that reason over all orders, for counted orders placed in the period. Rejected returns do not count.',
  topProductsByRevenue: `Per currency, the ${TOP_PRODUCTS} products with the most line revenue (quantity × price minus line discounts, before order discounts and refunds) in counted orders placed in the period. Products are known by catalogue id, else by SKU.`,
  topProductsByReturnRate: `The ${TOP_PRODUCTS} products with the highest share of units returned, among products with at least ${MIN_UNITS_FOR_RETURN_RANKING} units sold in counted orders placed in the period.`,
  npsTrend:
    "NPS for each month of the period (in the shop's time zone) with its number of answers, and the latest NPS answers given in the period with a comment.",
} as const
