/** An instant as the shop owner reads it: in the shop's time zone, with the zone named. */
export function formatShopTime(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)) + ` (${timeZone})`
}
