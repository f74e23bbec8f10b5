import type { CustomerListRow } from '../customers/customers.repo'
import { RFM_RULES } from '../customers/rfm.rules'
import type { ExportColumn } from './export-columns'
import { decimalAmount, shopTime } from './export-format'

const RFM_LABELS = new Map<string, string>(RFM_RULES.map((rule) => [rule.group, rule.label]))

/**
 * The customers table's columns in a file, ids and order as on the screen. Net spent
 * gets one column per currency the exported customers paid in ("Spent EUR"),
 * because amounts in different currencies are never added or mixed in one
 * column.
 */
export function customerColumns(timeZone: string, spendCurrencies: readonly string[]): ExportColumn<CustomerListRow>[] {
  return [
    { id: 'name', headers: ['First name', 'Last name'], cells: (c) => [c.firstName, c.lastName] },
    { id: 'email', headers: ['Email'], cells: (c) => [c.email] },
    { id: 'orders', headers: ['Orders'], cells: (c) => [c.orderCount] },
    {
      id: 'spent',
      headers: spendCurrencies.map((currency) => `Spent ${currency}`),
      cells: (c) =>
        spendCurrencies.map((currency) => {
          const spent = c.spent.find((s) => s.currency === currency)
          return spent ? decimalAmount(spent.netMinor, currency) : null
        }),
    },
    { id: 'firstOrderAt', headers: ['First order'], cells: (c) => [shopTime(c.firstOrderAt, timeZone)] },
    { id: 'lastOrderAt', headers: ['Last order'], cells: (c) => [shopTime(c.lastOrderAt, timeZone)] },
    { id: 'avgGap', headers: ['Days between orders'], cells: (c) => [c.avgGapDays === null ? null : Math.round(c.avgGapDays * 10) / 10] },
    { id: 'returns', headers: ['Returns'], cells: (c) => [c.returnCount] },
    { id: 'claims', headers: ['Claims'], cells: (c) => [c.claimCount] },
    { id: 'points', headers: ['Loyalty points'], cells: (c) => [c.loyaltyPoints] },
    { id: 'consent', headers: ['Email marketing'], cells: (c) => [c.marketingConsent] },
    { id: 'rfmGroup', headers: ['RFM group'], cells: (c) => [c.rfmGroup === null ? null : (RFM_LABELS.get(c.rfmGroup) ?? c.rfmGroup)] },
    { id: 'createdAt', headers: ['Customer since'], cells: (c) => [shopTime(c.createdAt, timeZone)] },
  ]
}
