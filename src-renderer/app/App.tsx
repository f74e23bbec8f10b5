import { HashRouter, Navigate, Route, Routes } from 'react-router'
import type { ApiClient } from '../../src-main/backend/router'
import { CustomerPage } from '../customers/CustomerPage'
import { CustomersPage } from '../customers/CustomersPage'
import { DashboardPage } from '../dashboard/DashboardPage'
import { ImportsPage } from '../imports/ImportsPage'
import { OrderPage } from '../orders/OrderPage'
import { OrdersPage } from '../orders/OrdersPage'
import { ReportPage } from '../report/ReportPage'
import { SegmentsPage } from '../segments/SegmentsPage'
import { SettingsPage } from '../settings/SettingsPage'
import { RequireShopData } from '../shop/RequireShopData'
import { AppLayout } from './AppLayout'
import { AppProviders } from './AppProviders'

/** Hash routes: the desktop build loads index.html from a file, where path routes cannot work. */
export function App({ client }: { client: ApiClient }) {
  return (
    <AppProviders client={client}>
      <HashRouter>
        <Routes>
          <Route element={<AppLayout />}>
            <Route element={<RequireShopData />}>
              <Route path="dashboard" element={<DashboardPage />} />
              <Route path="report" element={<ReportPage />} />
              <Route path="orders" element={<OrdersPage />} />
              <Route path="orders/:orderId" element={<OrderPage />} />
              <Route path="customers" element={<CustomersPage />} />
              <Route path="customers/:customerId" element={<CustomerPage />} />
              <Route path="segments" element={<SegmentsPage />} />
            </Route>
            <Route path="imports" element={<ImportsPage />} />
            <Route path="settings" element={<SettingsPage />} />
            <Route path="*" element={<Navigate to="/dashboard" replace />} />
          </Route>
        </Routes>
      </HashRouter>
    </AppProviders>
  )
}
