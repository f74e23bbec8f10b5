import type { InferRouterInputs, InferRouterOutputs } from '@orpc/server'
import type { AppRouter } from '../../src-main/backend/router'

/** What the procedures return, as the renderer sees it on the wire. Types only: nothing from the backend is bundled. */
type Outputs = InferRouterOutputs<AppRouter>
type Inputs = InferRouterInputs<AppRouter>

export type ShopStatus = Outputs['shop']['status']
export type ShopSettings = Outputs['settings']['get']
export type OrderListRow = Outputs['orders']['list']['rows'][number]
export type OrderSort = NonNullable<Inputs['orders']['list']['sort']>
export type OrderDetail = Outputs['orders']['get']
export type CustomerListRow = Outputs['customers']['list']['rows'][number]
export type CustomerSort = NonNullable<Inputs['customers']['list']['sort']>
export type CustomerDetail = Outputs['customers']['get']
