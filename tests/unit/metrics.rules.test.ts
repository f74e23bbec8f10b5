import { describe, expect, it } from 'vitest'
import {
  addDays,
  addMonths,
  averageMinor,
  cohortMonths,
  csatScore,
  daysInclusive,
  median,
  monthRange,
  monthsBetween,
  npsScore,
  previousPeriod,
  resolvePeriod,
  share,
} from '../../src-main/dashboard/metrics.rules'

describe('shares and averages', () => {
  it('divides, and gives null rather than NaN when there is nothing to divide by', () => {
    expect(share(1, 4)).toBe(0.25)
    expect(share(0, 3)).toBe(0)
    expect(share(0, 0)).toBeNull()
  })

  it('averages minor units to a whole minor unit', () => {
    expect(averageMinor(1000, 3)).toBe(333)
    expect(averageMinor(1001, 2)).toBe(501)
    expect(averageMinor(0, 0)).toBeNull()
  })

  it('takes the median of odd and even lists, in any order', () => {
    expect(median([5, 1, 3])).toBe(3)
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(median([7, 7])).toBe(7)
    expect(median([])).toBeNull()
  })
})

describe('survey scores', () => {
  it('scores NPS as promoters minus detractors, in points', () => {
    expect(npsScore({ promoters: 5, passives: 3, detractors: 2 })).toBe(30)
    expect(npsScore({ promoters: 0, passives: 0, detractors: 4 })).toBe(-100)
  })

  it('scores only passives as 0 and no answers as no score', () => {
    expect(npsScore({ promoters: 0, passives: 6, detractors: 0 })).toBe(0)
    expect(npsScore({ promoters: 0, passives: 0, detractors: 0 })).toBeNull()
  })

  it('scores CSAT as the share of satisfied answers', () => {
    expect(csatScore(3, 4)).toBe(0.75)
    expect(csatScore(0, 0)).toBeNull()
  })
})

describe('calendar periods', () => {
  it('adds days and months across month and year ends and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29')
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31')
    expect(addMonths('2025-11', 3)).toBe('2026-02')
    expect(addMonths('2026-01', -1)).toBe('2025-12')
    expect(monthsBetween('2025-11', '2026-02')).toBe(3)
    expect(monthRange('2025-11', '2026-01')).toEqual(['2025-11', '2025-12', '2026-01'])
  })

  it('counts both ends of a period, whatever the clocks do in between', () => {
    expect(daysInclusive('2026-03-01', '2026-03-31')).toBe(31)
    expect(daysInclusive('2026-03-08', '2026-03-08')).toBe(1)
  })

  it('defaults to the last 365 days up to today', () => {
    expect(resolvePeriod({}, '2026-06-15')).toEqual({ from: '2025-06-16', to: '2026-06-15' })
    expect(resolvePeriod({ to: '2026-01-31' }, '2026-06-15')).toEqual({ from: '2025-02-01', to: '2026-01-31' })
    expect(resolvePeriod({ from: '2026-06-01' }, '2026-06-15')).toEqual({ from: '2026-06-01', to: '2026-06-15' })
  })

  it('compares with the period of the same length just before', () => {
    expect(previousPeriod({ from: '2026-03-01', to: '2026-03-31' })).toEqual({ from: '2026-01-29', to: '2026-02-28' })
    expect(previousPeriod({ from: '2025-06-16', to: '2026-06-15' })).toEqual({ from: '2024-06-16', to: '2025-06-15' })
  })

  it('shows a cohort for each month the period touches, the latest 24 at most', () => {
    expect(cohortMonths({ from: '2026-01-15', to: '2026-03-02' })).toEqual(['2026-01', '2026-02', '2026-03'])
    const long = cohortMonths({ from: '2020-01-01', to: '2026-06-15' })
    expect(long).toHaveLength(24)
    expect(long[0]).toBe('2024-07')
    expect(long[23]).toBe('2026-06')
  })
})
