import type { RouterClient } from '@orpc/server'
import { customersProcedures } from '../customers/customers.procedures'
import { dashboardProcedures } from '../dashboard/dashboard.procedures'
import { demoProcedures } from '../demo/demo.procedures'
import { exportsProcedures } from '../exports/exports.procedures'
import { importsProcedures } from '../imports/imports.procedures'
import { ordersProcedures } from '../orders/orders.procedures'
import { reportProcedures } from '../report/report.procedures'
import { savedViewsProcedures } from '../saved-views/saved-views.procedures'
import { segmentsProcedures } from '../segments/segments.procedures'
import { settingsProcedures } from '../settings/settings.procedures'
import { shopProcedures } from '../shop/shop.procedures'

/** The one API contract: the renderer, the CLI and the tests all call these, by `feature.verb`. */
export const appRouter = {
  shop: shopProcedures,
  settings: settingsProcedures,
  demo: demoProcedures,
  orders: ordersProcedures,
  customers: customersProcedures,
  dashboard: dashboardProcedures,
  imports: importsProcedures,
  report: reportProcedures,
  savedViews: savedViewsProcedures,
  segments: segmentsProcedures,
  exports: exportsProcedures,
}

export type AppRouter = typeof appRouter
export type ApiClient = RouterClient<AppRouter>
