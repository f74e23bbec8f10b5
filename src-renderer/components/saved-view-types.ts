import type { InferRouterInputs, InferRouterOutputs } from '@orpc/server'
import type { AppRouter } from '../../src-main/backend/router'

/** A saved view as `savedViews.list` returns it; a saved customers view is a segment. */
export type SavedView = InferRouterOutputs<AppRouter>['savedViews']['list'][number]
export type ViewScreen = SavedView['screen']
export type ViewStateOf<S extends ViewScreen> = Extract<SavedView, { screen: S }>['state']
export type SaveViewInput = InferRouterInputs<AppRouter>['savedViews']['save']
