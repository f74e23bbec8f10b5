import type { Source } from '../orders/orders.table'
import type { ReturnReason } from '../returns/returns.table'
import type { RepeatWindowDays, Share } from './metrics.rules'

/**
 * What `dashboard.metrics` returns. Money is integer minor units beside its
 * currency and is never added across currencies; shares are 0..1 or null when
 * there was nothing to divide; instants are ISO-8601 UTC; dates and months are
 * the shop's own (YYYY-MM-DD, YYYY-MM). Every figure carries the sentence that
 * defines it, for the screen to show.
 */

/** A figure for the chosen period beside the same figure for the period of equal length just before it. */
export interface Compared<T> {
  current: T
  previous: T
  definition: string
}

export interface PeriodBounds {
  from: string
  to: string
  days: number
  startsAt: string
  endsBefore: string
}

export interface NetRevenue {
  currency: string
  netMinor: number
  orders: number
}

export interface AverageOrderValue {
  currency: string
  averageMinor: number
  orders: number
}

export interface LifetimeValue {
  currency: string
  customers: number
  averageMinor: number
  medianMinor: number
}

export interface RepeatPurchase {
  share: Share
  repeatCustomers: number
  customers: number
}

export interface ReturnRate {
  unitShare: Share
  returnedUnits: number
  soldUnits: number
  orderShare: Share
  returnedOrders: number
  orders: number
}

export interface NetPromoterScore {
  score: number | null
  responses: number
  promoters: number
  passives: number
  detractors: number
}

export interface Satisfaction {
  share: Share
  responses: number
  satisfied: number
}

export interface RepeatWindow {
  days: RepeatWindowDays
  /** Customers whose first order is later than this instant had not had the full window by the period's end. */
  firstOrderBy: string
  eligibleCustomers: number
  repeatCustomers: number
  share: Share
}

export interface CohortCell {
  monthsAfter: number
  month: string
  activeCustomers: number
  share: Share
  incomplete: boolean
}

export interface CohortRow {
  cohort: string
  customers: number
  cells: CohortCell[]
}

export interface CohortValue {
  cohort: string
  currency: string
  customers: number
  windows: Array<{ days: RepeatWindowDays; averageMinor: number | null; complete: boolean }>
}

export interface ProductRevenue {
  productKey: string
  title: string
  sku: string | null
  revenueMinor: number
  soldUnits: number
}

export interface ProductReturnRate {
  productKey: string
  title: string
  sku: string | null
  soldUnits: number
  returnedUnits: number
  unitShare: Share
  orders: number
  returnedOrders: number
  orderShare: Share
}

export interface ReasonReturnRate {
  reason: ReturnReason
  returnedUnits: number
  unitShare: Share
  returnedOrders: number
  orderShare: Share
}

export interface NpsComment {
  score: number
  comment: string
  respondedAt: string
  customerId: string | null
}

/** The groups of customers by when their next order is expected, relative to the period's end. */
export type ExpectedNextGroup = 'dueSoon' | 'recentlyOverdue' | 'longOverdue'

export interface DashboardMetrics {
  asOf: string
  timeZone: string
  filters: { source: Source | null; currency: string | null; definition: string }
  period: PeriodBounds
  previousPeriod: PeriodBounds
  excluded: Compared<{ ordersWithoutCustomer: number }>
  kpis: {
    customers: Compared<number>
    orders: Compared<number>
    repeatPurchaseRate: Compared<RepeatPurchase>
    netRevenue: Compared<NetRevenue[]>
    averageOrderValue: Compared<AverageOrderValue[]>
    lifetimeValue: Compared<LifetimeValue[]>
    returnRate: Compared<ReturnRate>
    nps: Compared<NetPromoterScore>
    csat: Compared<Satisfaction>
  }
  repeatWithin: {
    definition: string
    overall: RepeatWindow[]
    byCohort: Array<{ cohort: string; customers: number; windows: RepeatWindow[] }>
  }
  cohorts: { definition: string; currentMonth: string; rows: CohortRow[] }
  cohortLifetimeValue: { definition: string; rows: CohortValue[] }
  orderGaps: {
    definition: string
    averageDays: number | null
    medianDays: number | null
    repeatCustomers: number
    expectedNextOrder: { definition: string } & Record<ExpectedNextGroup, number>
  }
  returnsByReason: { definition: string; reasons: ReasonReturnRate[] }
  topProducts: {
    byRevenue: { definition: string; currencies: Array<{ currency: string; products: ProductRevenue[] }> }
    byReturnRate: { definition: string; products: ProductReturnRate[] }
  }
  npsTrend: {
    definition: string
    months: Array<{ month: string; responses: number; score: number | null }>
    latestComments: NpsComment[]
  }
}
