import { customerFiltersSchema, type CustomerFilters } from '../../src-main/customers/customer-filters'
import { RFM_GROUPS } from '../../src-main/customers/customers.table'
import { SOURCES } from '../../src-main/orders/orders.table'
import { filterAddress, flagParam, intParam, listParam, oneOfParam, textParam, type FieldCodec } from '../components/filter-address'

const CONSENTS = ['granted', 'denied', 'unknown'] as const

/** "Spent at least" is three parameters: the amount (minor units), its currency, and the optional number of days. */
const spent: FieldCodec<NonNullable<CustomerFilters['spent']>> = {
  params: ['spentIn', 'spentMin', 'spentDays'],
  read(get) {
    const currency = get('spentIn')
    const min = get('spentMin')
    const days = get('spentDays')
    if (currency === null || min === null || !/^\d+$/.test(min) || (days !== null && !/^\d+$/.test(days))) return undefined
    return { currency, minMinor: Number(min), ...(days === null ? {} : { withinDays: Number(days) }) }
  },
  write(value) {
    const params: Array<[string, string]> = [
      ['spentIn', value.currency],
      ['spentMin', String(value.minMinor)],
    ]
    if (value.withinDays !== undefined) params.push(['spentDays', String(value.withinDays)])
    return params
  },
}

/** The customers list's filters in its address; names clear of the dashboard drill-down's. */
export const customerFilterAddress = filterAddress<CustomerFilters>(customerFiltersSchema, {
  consent: listParam('consent', CONSENTS),
  tag: textParam('tag'),
  hasReturn: flagParam('returned'),
  hasClaim: flagParam('claimed'),
  minOrders: intParam('minOrders'),
  maxOrders: intParam('maxOrders'),
  lastOrderOlderThanDays: intParam('idleDays'),
  lastOrderWithinDays: intParam('activeDays'),
  spent,
  source: oneOfParam('channel', SOURCES),
  rfmGroup: oneOfParam('rfm', RFM_GROUPS),
})
