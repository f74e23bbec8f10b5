/** Every zone this browser knows, with the saved one kept even if the list lacks it (older engines omit "UTC"). */
export function timeZoneChoices(current: string): string[] {
  const zones = Intl.supportedValuesOf('timeZone')
  return zones.includes(current) ? zones : [current, ...zones]
}
