import { useQuery } from '@tanstack/react-query'
import { useApi } from '../api/api-context'

/** Which file is open, the shop's name and time zone, and whether it is still empty. */
export function useShopStatus() {
  const { queries } = useApi()
  return useQuery(queries.shop.status.queryOptions({ input: {} }))
}
