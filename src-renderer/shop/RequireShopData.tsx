import { Outlet } from 'react-router'
import { FirstRunScreen } from './FirstRunScreen'
import { useShopStatus } from './use-shop-status'

/** Lists of an empty shop would only say "nothing here": the first-run screen takes their place. */
export function RequireShopData() {
  const status = useShopStatus()
  return status.data?.isEmpty ? <FirstRunScreen dbPath={status.data.dbPath} /> : <Outlet />
}
