import { compareText, DAY_MS, forEachCustomer, type FactsView, type MsRange } from './facts-view.rules'
import { DUE_SOON_DAYS, RECENTLY_OVERDUE_DAYS } from './metrics.rules'

/** The chosen period and the one of equal length before it; `previous.before` is `current.from`. */
export interface MsPeriods {
  current: MsRange
  previous: MsRange
}

export interface PeriodCustomers {
  customers: number
  repeatCustomers: number
}

export interface CustomerActivity {
  current: PeriodCustomers
  previous: PeriodCustomers
  gaps: {
    repeatCustomers: number
    totalGapDays: number
    gaps: number
    /** The middle one or two of the repeat customers' own average gaps, for the shop's median. */
    middleGapDays: number[]
    dueSoon: number
    recentlyOverdue: number
    longOverdue: number
  }
}

/**
 * Who ordered in each period, who had ordered at least twice by then, and the
 * gaps between orders, from each customer's counted orders up to the period's
 * end. The drill-downs list the same groups in SQL (`customerHistory`), and
 * tests hold each list to its figure.
 */
export function customerActivity(view: FactsView, periods: MsPeriods): CustomerActivity {
  const { placedAt } = view.facts
  const end = periods.current.before
  const lastDays: number[] = []
  const ownGaps: number[] = []
  const activity = {
    current: { customers: 0, repeatCustomers: 0 },
    previous: { customers: 0, repeatCustomers: 0 },
    repeatCustomers: 0,
    totalGapDays: 0,
    gaps: 0,
  }
  forEachCustomer(view, (orders, firstOrder, endOrder) => {
    let first = Infinity
    let last = -Infinity
    let all = 0
    let current = 0
    let previous = 0
    for (let k = firstOrder; k < endOrder; k++) {
      const at = placedAt[orders[k]!]!
      if (at >= end) continue
      all++
      if (at < first) first = at
      if (at > last) last = at
      if (at >= periods.current.from) current++
      else if (at >= periods.previous.from && at < periods.previous.before) previous++
    }
    if (all === 0) return
    if (current > 0) {
      activity.current.customers++
      if (all >= 2) activity.current.repeatCustomers++
    }
    if (previous > 0) {
      activity.previous.customers++
      if (all - current >= 2) activity.previous.repeatCustomers++
    }
    const spanDays = (last - first) / DAY_MS
    if (all >= 2) {
      activity.repeatCustomers++
      ownGaps.push(spanDays / (all - 1))
    } else {
      ownGaps.push(Number.NaN)
    }
    activity.totalGapDays += spanDays
    activity.gaps += all - 1
    lastDays.push(last / DAY_MS)
  })
  const middleGapDays = middleOf(Float64Array.from(ownGaps.filter((gap) => !Number.isNaN(gap))))
  const shopGap = middleGapDays.length > 0 ? (middleGapDays[0]! + middleGapDays[middleGapDays.length - 1]!) / 2 : null
  const endDay = end / DAY_MS
  const groups = { dueSoon: 0, recentlyOverdue: 0, longOverdue: 0 }
  lastDays.forEach((lastDay, i) => {
    const gap = Number.isNaN(ownGaps[i]!) ? shopGap : ownGaps[i]!
    if (gap === null) return
    const expected = lastDay + gap
    if (expected >= endDay && expected < endDay + DUE_SOON_DAYS) groups.dueSoon++
    else if (expected >= endDay - RECENTLY_OVERDUE_DAYS && expected < endDay) groups.recentlyOverdue++
    else if (expected < endDay - RECENTLY_OVERDUE_DAYS) groups.longOverdue++
  })
  return {
    current: activity.current,
    previous: activity.previous,
    gaps: { repeatCustomers: activity.repeatCustomers, totalGapDays: activity.totalGapDays, gaps: activity.gaps, middleGapDays, ...groups },
  }
}

export interface LifetimeValueByCurrency {
  currency: string
  customers: number
  totalMinor: number
  /** The middle one or two customers' net revenue, for the median. */
  middleMinor: number[]
}

/**
 * Net revenue per customer to date, per currency, at the end of both periods:
 * each customer counts once per currency they paid in, and amounts in different
 * currencies are never added.
 */
export function lifetimeValue(view: FactsView, periods: MsPeriods): { current: LifetimeValueByCurrency[]; previous: LifetimeValueByCurrency[] } {
  const { facts } = view
  const currencies = facts.currencies.length
  const atEnd = { current: facts.currencies.map(() => [] as number[]), previous: facts.currencies.map(() => [] as number[]) }
  const toCurrentEnd = new Float64Array(currencies)
  const toPreviousEnd = new Float64Array(currencies)
  const seen = new Uint8Array(currencies)
  const seenBefore = new Uint8Array(currencies)
  forEachCustomer(view, (orders, first, end) => {
    for (let k = first; k < end; k++) {
      const o = orders[k]!
      const at = facts.placedAt[o]!
      if (at >= periods.current.before) continue
      const currency = facts.currencyOf[o]!
      seen[currency] = 1
      toCurrentEnd[currency]! += facts.netMinor[o]!
      if (at < periods.current.from) {
        seenBefore[currency] = 1
        toPreviousEnd[currency]! += facts.netMinor[o]!
      }
    }
    // Only the currencies this customer's orders are in were touched: reset those alone.
    for (let k = first; k < end; k++) {
      const currency = facts.currencyOf[orders[k]!]!
      if (seen[currency] === 1) atEnd.current[currency]!.push(toCurrentEnd[currency]!)
      if (seenBefore[currency] === 1) atEnd.previous[currency]!.push(toPreviousEnd[currency]!)
      seen[currency] = 0
      seenBefore[currency] = 0
      toCurrentEnd[currency] = 0
      toPreviousEnd[currency] = 0
    }
  })
  const summarise = (perCurrency: number[][]): LifetimeValueByCurrency[] =>
    perCurrency
      .flatMap((amounts, currency) => {
        if (amounts.length === 0) return []
        const totalMinor = amounts.reduce((a, b) => a + b, 0)
        return [{ currency: facts.currencies[currency]!, customers: amounts.length, totalMinor, middleMinor: middleOf(Float64Array.from(amounts)) }]
      })
      .sort((a, b) => compareText(a.currency, b.currency))
  return { current: summarise(atEnd.current), previous: summarise(atEnd.previous) }
}

/** The middle value, or the middle two, of the values (none for none); reorders them in place. */
function middleOf(values: Float64Array): number[] {
  const n = values.length
  if (n === 0) return []
  const upper = selectNth(values, Math.floor(n / 2))
  if (n % 2 === 1) return [upper]
  // After selection every value left of the upper middle is at most it: the lower middle is their largest.
  let lower = -Infinity
  for (let i = 0; i < n / 2; i++) if (values[i]! > lower) lower = values[i]!
  return [lower, upper]
}

/**
 * The value that would stand at `nth` if the values were sorted, found by
 * Hoare's selection in linear time on average (a full sort took most of the
 * dashboard's time spent on medians). Leaves smaller values before `nth` and
 * larger ones after it.
 */
function selectNth(values: Float64Array, nth: number): number {
  let low = 0
  let high = values.length - 1
  while (low < high) {
    const pivot = values[(low + high) >> 1]!
    let i = low
    let j = high
    while (i <= j) {
      while (values[i]! < pivot) i++
      while (values[j]! > pivot) j--
      if (i <= j) {
        const swap = values[i]!
        values[i++] = values[j]!
        values[j--] = swap
      }
    }
    if (nth <= j) high = j
    else if (nth >= i) low = i
    else break
  }
  return values[nth]!
}
