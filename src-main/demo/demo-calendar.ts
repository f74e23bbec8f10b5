import type { Random } from './demo-random'

export const HOUR = 3_600_000
export const DAY = 24 * HOUR
/** The demo's history: three years before "now". */
export const HISTORY_DAYS = 3 * 365

export function iso(ms: number): string {
  return new Date(ms).toISOString()
}

/** November and December carry a gift shop; January and February are quiet. */
const MONTH_WEIGHT = [0.72, 0.78, 0.9, 0.95, 1.08, 0.95, 0.88, 0.92, 1.0, 1.1, 1.55, 1.75] as const

/** By UTC hour: most buyers are in America, so UTC evenings and nights (their afternoons and evenings) are busy. */
const HOUR_WEIGHT = [
  1.3, 1.3, 1.25, 1.1, 0.85, 0.6, 0.4, 0.3, 0.3, 0.35, 0.45, 0.6, 0.75, 0.9, 1.0, 1.1, 1.15, 1.2, 1.2, 1.2, 1.25, 1.3, 1.3, 1.3,
] as const

/** The shop grew about 2.6-fold over the three years, like a small brand finding its feet. */
const GROWTH = 2.6

function blackFriday(year: number): number {
  const firstOfNovember = new Date(Date.UTC(year, 10, 1)).getUTCDay()
  const firstThursday = 1 + ((4 - firstOfNovember + 7) % 7)
  return Date.UTC(year, 10, firstThursday + 22)
}

/** Black Friday through Cyber Monday, the weekend when a year's discount codes get used. */
export function isBlackFridayWeekend(ms: number): boolean {
  const start = blackFriday(new Date(ms).getUTCFullYear())
  return ms >= start && ms < start + 4 * DAY
}

function seasonWeight(ms: number): number {
  const date = new Date(ms)
  const month = MONTH_WEIGHT[date.getUTCMonth()] ?? 1
  const lateDecember = date.getUTCMonth() === 11 && date.getUTCDate() > 20 ? 0.45 : 1
  return month * lateDecember * (isBlackFridayWeekend(ms) ? 2.6 : 1) * (HOUR_WEIGHT[date.getUTCHours()] ?? 1)
}

/** Never exceeded by seasonWeight (busiest month x Black Friday boost x busiest hour), so rejection sampling stays exact. */
const MAX_SEASON_WEIGHT = 1.75 * 2.6 * 1.3

/** How busy the shop was at an instant, relative to its first day: growth times season times hour of day. */
function busyness(ms: number, historyStart: number, now: number): number {
  const progress = (ms - historyStart) / (now - historyStart)
  return Math.pow(GROWTH, progress) * seasonWeight(ms)
}

/** An instant in [from, to] drawn in proportion to how busy the shop was then (rejection sampling). */
export function sampleBusyTime(random: Random, from: number, to: number, historyStart: number, now: number): number {
  const ceiling = Math.pow(GROWTH, (to - historyStart) / (now - historyStart)) * MAX_SEASON_WEIGHT
  for (;;) {
    const candidate = random.between(from, to)
    if (random.next() * ceiling <= busyness(candidate, historyStart, now)) return Math.floor(candidate)
  }
}
