import { createContext, useContext } from 'react'

/** The shop's time zone from its settings: every instant in the UI is shown in it, whatever the computer's zone. */
export const ShopTimeZoneContext = createContext('UTC')

export function useShopTimeZone(): string {
  return useContext(ShopTimeZoneContext)
}
