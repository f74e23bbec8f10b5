import type { Db } from '../db/database'
import { localMonthOf, startOfLocalDay, startOfLocalMonth } from '../time/zoned-time'
import { readCohortActivity, readCohortValue, readRepeatWithin } from './cohorts.repo'
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
import { listOrderCurrencies, readCustomerActivity, readLifetimeValue, readSales } from './metrics.repo'
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
import { readProductLabels, readProductSales, readSoldUnits } from './product-sales.repo'
import { readReturnsByProduct, readReturnsByReason, readReturnTotals } from './return-figures.repo'
import { readLatestNpsComments, readNpsByMonth, readSurveyScores } from './survey-figures.repo'

export interface MetricsRequest {
  period: DateRange
  filters: OrderFilters
  now: Date
  timeZone: string
}

/** Every figure of the retention dashboard for one period, read in one snapshot of the shop. */
export async function readDashboardMetrics(db: Db, request: MetricsRequest): Promise<DashboardMetrics> {
  const { filters, now, timeZone } = request
  const period = boundsOf(request.period, timeZone)
  const previous = boundsOf(previousPeriod(request.period), timeZone)
  const periods = { current: period, previous }
  const currentMonth = localMonthOf(now, timeZone)
  const cohorts = cohortMonths(request.period).filter((month) => month <= currentMonth)
  const months = monthBoundsFrom(addMonths(request.period.from.slice(0, 7), -1), addMonths(maxOf(currentMonth, request.period.to.slice(0, 7)), 1), timeZone)
  const monthStart = (month: string) => months.find((m) => m.month === month)!.startsAt
  const cohortRange: InstantRange | null =
    cohorts.length > 0 ? { startsAt: monthStart(cohorts[0]!), endsBefore: monthStart(addMonths(cohorts[cohorts.length - 1]!, 1)) } : null
  const repeatCutoffs = REPEAT_WINDOWS_DAYS.map((days) => ({ days, firstOrderBy: daysBefore(new Date(period.endsBefore), days).toISOString() }))

  return db.transaction().execute(async (trx) => {
    const currencies = filters.currency ? [filters.currency] : await listOrderCurrencies(trx)
    const salesNow = await readSales(trx, period, filters, currencies)
    const salesBefore = await readSales(trx, previous, filters, currencies)
    const activity = await readCustomerActivity(trx, periods, filters)
    const lifetime = await readLifetimeValue(trx, periods, filters)
    const productSales = await readProductSales(trx, period, filters, currencies)
    const soldUnitsBefore = await readSoldUnits(trx, previous, filters, currencies)
    const returnsNow = await readReturnTotals(trx, period, filters)
    const returnsBefore = await readReturnTotals(trx, previous, filters)
    const reasons = await readReturnsByReason(trx, period, filters)
    const returnsByProduct = await readReturnsByProduct(trx, period, filters)
    const surveysNow = await readSurveyScores(trx, period, filters)
    const surveysBefore = await readSurveyScores(trx, previous, filters)
    const npsByMonth = await readNpsByMonth(trx, period, filters, months)
    const comments = await readLatestNpsComments(trx, period, filters, LATEST_COMMENTS)
    const cohortQuery = cohortRange ? { filters, firstOrders: cohortRange, months } : null
    const cohortActivity = cohortQuery ? await readCohortActivity(trx, cohortQuery) : []
    const cohortValue = cohortQuery ? await readCohortValue(trx, { ...cohortQuery, windowsDays: REPEAT_WINDOWS_DAYS }) : []
    const repeatRows = await readRepeatWithin(trx, {
      filters,
      months,
      firstOrders: {
        startsAt: minOf(period.startsAt, cohortRange?.startsAt ?? period.startsAt),
        endsBefore: maxOf(period.endsBefore, cohortRange?.endsBefore ?? period.endsBefore),
      },
      period,
      windows: repeatCutoffs,
    })

    const ordersNow = sumOf(salesNow, (s) => s.orders)
    const ordersBefore = sumOf(salesBefore, (s) => s.orders)
    const soldUnitsNow = sumOf(productSales, (p) => p.soldUnits)
    const topByRevenue = topProductsByRevenue(productSales)
    const topByReturns = topProductsByReturnRate(productSales, returnsByProduct)
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
            unitShare: share(returnsNow.returnedUnits, soldUnitsNow),
            soldUnits: soldUnitsNow,
            orderShare: share(returnsNow.returnedOrders, ordersNow),
            orders: ordersNow,
            ...returnsNow,
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
      cohorts: { definition: DEFINITIONS.cohorts, currentMonth, rows: cohortRows(cohorts, cohortActivity, currentMonth) },
      cohortLifetimeValue: { definition: DEFINITIONS.cohortLifetimeValue, rows: cohortValues(cohortValue, monthStart, now) },
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
        reasons: reasons.map((r) => ({ ...r, unitShare: share(r.returnedUnits, soldUnitsNow), orderShare: share(r.returnedOrders, ordersNow) })),
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
