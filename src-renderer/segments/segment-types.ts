import type { InferRouterOutputs } from '@orpc/server'
import type { AppRouter } from '../../src-main/backend/router'

type Segments = InferRouterOutputs<AppRouter>['segments']['list']
export type BuiltInSegment = Segments['builtIn'][number]
export type SavedSegment = Segments['saved'][number]
