import { formatDateTime, type DateTimeStyle } from './format'
import { useShopTimeZone } from './shop-time-zone'

/** An instant in the shop's time zone; hovering shows the full date with the zone's name. */
export function DateTime({ value, style = 'dateTime' }: { value: string; style?: Exclude<DateTimeStyle, 'full'> }) {
  const timeZone = useShopTimeZone()
  return (
    <time dateTime={value} title={formatDateTime(value, timeZone, 'full')}>
      {formatDateTime(value, timeZone, style)}
    </time>
  )
}
