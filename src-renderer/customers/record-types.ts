import type { InferRouterOutputs } from '@orpc/server'
import type { AppRouter } from '../../src-main/backend/router'

/** What the customer record's own procedures return, as the renderer sees it on the wire. Types only. */
type Outputs = InferRouterOutputs<AppRouter>

export type TimelineEvent = Outputs['customers']['timeline']['events'][number]
export type TimelineKind = TimelineEvent['kind']
export type MergePreview = Outputs['customers']['mergePreview']
export type CustomerMergeRow = Outputs['customers']['merges'][number]
