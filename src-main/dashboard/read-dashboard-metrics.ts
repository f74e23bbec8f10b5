import type { Db } from '../db/database'
import { localMonthOf, startOfLocalDay, startOfLocalMonth } from '../time/zoned-time'
import { cohortActivity, cohortValue, repeatWithin } from './cohort-figures.rules'
import { customerActivity, lifetimeValue } from './customer-figures.rules'
import { msRange, viewOf } from './facts-view.rules'
import {
  averageOrderValues,
  cohortRows,
  cohortValues,
  labelled,
  lifetimeValues,
  netPromoterScore,
  repeatWindows,
  sumOf,
  topProductsByRevenue,
  topProductsByReturnRate,
} from './figures.rules'
import type { InstantRange, MonthBounds, OrderFilters } from './metrics-sql'
import { DEFINITIONS } from './metrics.definitions'
import {
  addDays,
  addMonths,
  cohortMonths,
  csatScore,
  daysBefore,
  daysInclusive,
  LATEST_COMMENTS,
  median,
  monthRange,
  npsScore,
  previousPeriod,
  REPEAT_WINDOWS_DAYS,
  share,
  type DateRange,
} from './metrics.rules'
import type { DashboardMetrics, PeriodBounds } from './metrics.types'
import type { OrderFacts } from './order-facts.repo'
import { readProductLabels } from './product-labels.repo'
import { returnsOfOrdersIn } from './return-figures.rules'
import { productSalesIn, salesIn, soldUnitsIn } from './sales-figures.rules'
import { npsByMonthIn, surveyScoresIn } from './survey-figures.rules'
import { readLatestNpsComments } from './survey-figures.repo'

export interface MetricsRequest {
  period: DateRange
  filters: OrderFilters
  now: Date
  timeZone: string
}

/**
 * Every figure of the retention dashboard for one period: the order figures
 * from `facts`, the survey figures and product names read in one transaction.
 */
export async function readDashboardMetrics(db: Db, facts: OrderFacts, request: MetricsRequest): Promise<DashboardMetrics> {
  const { filters, now, timeZone } = request
  const period = boundsOf(request.period, timeZone)
  const previous = boundsOf(previousPeriod(request.period), timeZone)
  const currentMonth = localMonthOf(now, timeZone)
  const cohorts = cohortMonths(request.period).filter((month) => month <= currentMonth)
  const months = monthBoundsFrom(addMonths(request.period.from.slice(0, 7), -1), addMonths(maxOf(currentMonth, request.period.to.slice(0, 7)), 1), timeZone)
  const monthStart = (month: string) => months.find((m) => m.month === month)!.startsAt
  const cohortRange: InstantRange | null =
    cohorts.length > 0 ? { startsAt: monthStart(cohorts[0]!), endsBefore: monthStart(addMonths(cohorts[cohorts.length - 1]!, 1)) } : null
  const repeatCutoffs = REPEAT_WINDOWS_DAYS.map((days) => ({ days, firstOrderBy: daysBefore(new Date(period.endsBefore), days).toISOString() }))

  return db.transaction().execute(async (trx) => {
    const view = viewOf(facts, filters)
    const current = msRange(period)
    const before = msRange(previous)
    const msPeriods = { current, previous: before }
    const salesNow = salesIn(view, current)
    const salesBefore = salesIn(view, before)
    const activity = customerActivity(view, msPeriods)
    const lifetime = lifetimeValue(view, msPeriods)
    const productSales = productSalesIn(view, current)
    const soldUnitsBefore = soldUnitsIn(view, before)
    const returnsNow = returnsOfOrdersIn(view, current)
    const returnsBefore = returnsOfOrdersIn(view, before).totals
    const surveysNow = surveyScoresIn(view, current)
    const surveysBefore = surveyScoresIn(view, before)
    const npsByMonth = npsByMonthIn(view, current, months)
    const comments = await readLatestNpsComments(trx, period, filters, LATEST_COMMENTS)
    const cohortQuery = cohortRange ? { firstOrders: msRange(cohortRange), months } : null
    const activeByCohort = cohortQuery ? cohortActivity(view, cohortQuery) : []
    const valueByCohort = cohortQuery ? cohortValue(view, { ...cohortQuery, windowsDays: REPEAT_WINDOWS_DAYS }) : []
    const repeatRows = repeatWithin(view, {
      months,
      firstOrders: msRange({
        startsAt: minOf(period.startsAt, cohortRange?.startsAt ?? period.startsAt),
        endsBefore: maxOf(period.endsBefore, cohortRange?.endsBefore ?? period.endsBefore),
      }),
      period: current,
      windows: repeatCutoffs,
    })

    const ordersNow = sumOf(salesNow, (s) => s.orders)
    const ordersBefore = sumOf(salesBefore, (s) => s.orders)
    const soldUnitsNow = sumOf(productSales, (p) => p.soldUnits)
    const topByRevenue = topProductsByRevenue(productSales)
    const topByReturns = topProductsByReturnRate(productSales, returnsNow.byProduct)
    const labels = await readProductLabels(trx, [...new Set([...topByRevenue.flatMap((c) => c.products.map((p) => p.productKey)), ...topByReturns.map((p) => p.productKey)])])

    return {
      asOf: now.toISOString(),
      timeZone,
      filters: { source: filters.source ?? null, currency: filters.currency ?? null, definition: DEFINITIONS.filters },
      period,
      previousPeriod: previous,
      excluded: {
        current: { ordersWithoutCustomer: sumOf(salesNow, (s) => s.ordersWithoutCustomer) },
        previous: { ordersWithoutCustomer: sumOf(salesBefore, (s) => s.ordersWithoutCustomer) },
        definition: DEFINITIONS.excluded,
      },
      kpis: {
        customers: { current: activity.current.customers, previous: activity.previous.customers, definition: DEFINITIONS.customers },
        orders: { current: ordersNow, previous: ordersBefore, definition: DEFINITIONS.orders },
        repeatPurchaseRate: {
          current: { share: share(activity.current.repeatCustomers, activity.current.customers), ...activity.current },
          previous: { share: share(activity.previous.repeatCustomers, activity.previous.customers), ...activity.previous },
          definition: DEFINITIONS.repeatPurchaseRate,
        },
        netRevenue: {
          current: salesNow.map(({ currency, netMinor, orders }) => ({ currency, netMinor, orders })),
          previous: salesBefore.map(({ currency, netMinor, orders }) => ({ currency, netMinor, orders })),
          definition: DEFINITIONS.netRevenue,
        },
        averageOrderValue: { current: averageOrderValues(salesNow), previous: averageOrderValues(salesBefore), definition: DEFINITIONS.averageOrderValue },
        lifetimeValue: { current: lifetimeValues(lifetime.current), previous: lifetimeValues(lifetime.previous), definition: DEFINITIONS.lifetimeValue },
        returnRate: {
          current: {
            unitShare: share(returnsNow.totals.returnedUnits, soldUnitsNow),
            soldUnits: soldUnitsNow,
            orderShare: share(returnsNow.totals.returnedOrders, ordersNow),
            orders: ordersNow,
            ...returnsNow.totals,
          },
          previous: {
            unitShare: share(returnsBefore.returnedUnits, soldUnitsBefore),
            soldUnits: soldUnitsBefore,
            orderShare: share(returnsBefore.returnedOrders, ordersBefore),
            orders: ordersBefore,
            ...returnsBefore,
          },
          definition: DEFINITIONS.returnRate,
        },
        nps: { current: netPromoterScore(surveysNow.nps), previous: netPromoterScore(surveysBefore.nps), definition: DEFINITIONS.nps },
        csat: {
          current: { share: csatScore(surveysNow.csat.satisfied, surveysNow.csat.responses), ...surveysNow.csat },
          previous: { share: csatScore(surveysBefore.csat.satisfied, surveysBefore.csat.responses), ...surveysBefore.csat },
          definition: DEFINITIONS.csat,
        },
      },
      repeatWithin: { definition: DEFINITIONS.repeatWithin, ...repeatWindows(repeatRows, repeatCutoffs, cohorts) },
      cohorts: { definition: DEFINITIONS.cohorts, currentMonth, rows: cohortRows(cohorts, activeByCohort, currentMonth) },
      cohortLifetimeValue: { definition: DEFINITIONS.cohortLifetimeValue, rows: cohortValues(valueByCohort, monthStart, now) },
      orderGaps: {
        definition: DEFINITIONS.orderGaps,
        averageDays: activity.gaps.gaps > 0 ? activity.gaps.totalGapDays / activity.gaps.gaps : null,
        medianDays: median(activity.gaps.middleGapDays),
        repeatCustomers: activity.gaps.repeatCustomers,
        expectedNextOrder: {
          definition: DEFINITIONS.expectedNextOrder,
          dueSoon: activity.gaps.dueSoon,
          recentlyOverdue: activity.gaps.recentlyOverdue,
          longOverdue: activity.gaps.longOverdue,
        },
      },
      returnsByReason: {
        definition: DEFINITIONS.returnsByReason,
        reasons: returnsNow.byReason.map((r) => ({ ...r, unitShare: share(r.returnedUnits, soldUnitsNow), orderShare: share(r.returnedOrders, ordersNow) })),
      },
      topProducts: {
        byRevenue: {
          definition: DEFINITIONS.topProductsByRevenue,
          currencies: topByRevenue.map((c) => ({ currency: c.currency, products: c.products.map((p) => labelled(p, labels)) })),
        },
        byReturnRate: { definition: DEFINITIONS.topProductsByReturnRate, products: topByReturns.map((p) => labelled(p, labels)) },
      },
      npsTrend: {
        definition: DEFINITIONS.npsTrend,
        months: monthRange(request.period.from.slice(0, 7), request.period.to.slice(0, 7)).map((month) => {
          const counts = npsByMonth.find((m) => m.month === month) ?? { promoters: 0, passives: 0, detractors: 0 }
          return { month, responses: counts.promoters + counts.passives + counts.detractors, score: npsScore(counts) }
        }),
        latestComments: comments,
      },
    }
  })
}

function boundsOf(range: DateRange, timeZone: string): PeriodBounds {
  return {
    from: range.from,
    to: range.to,
    days: daysInclusive(range.from, range.to),
    startsAt: startOfLocalDay(range.from, timeZone).toISOString(),
    endsBefore: startOfLocalDay(addDays(range.to, 1), timeZone).toISOString(),
  }
}

function monthBoundsFrom(first: string, last: string, timeZone: string): MonthBounds[] {
  const starts = monthRange(first, addMonths(last, 1)).map((month) => ({ month, startsAt: startOfLocalMonth(month, timeZone).toISOString() }))
  return starts.slice(0, -1).map((m, i) => ({ ...m, endsBefore: starts[i + 1]!.startsAt }))
}

function minOf(a: string, b: string): string {
  return a < b ? a : b
}

function maxOf(a: string, b: string): string {
  return a > b ? a : b
}
