import type { InferRouterInputs, InferRouterOutputs } from '@orpc/server'
import type { AppRouter } from '../../src-main/backend/router'
import type { ImportProblem, ImportWarning } from '../../src-main/imports/import-record'
import type { Entity, EntityCounts, ImportOutcome, ImportSummary, PossibleDuplicate } from '../../src-main/imports/import-summary'
import type { GenericField, GenericMapping, TextEncodingName } from '../../src-main/imports/read-export'

/** The import procedures as the renderer sees them on the wire. Types only: nothing from the backend is bundled. */
type Outputs = InferRouterOutputs<AppRouter>['imports']
type Inputs = InferRouterInputs<AppRouter>['imports']

export type SniffAnswer = Outputs['sniff']
export type ImportPreset = SniffAnswer['presets'][number]
export type ImportBatchRow = Outputs['list']['rows'][number]
export type ImportFileInput = Inputs['preview']
export type MappedSample = Outputs['readSample']
export type SampleCell = MappedSample['rows'][number]['cells'][number]
export type SampleValue = NonNullable<SampleCell['shown']>

export type { Entity, EntityCounts, GenericField, GenericMapping, ImportOutcome, ImportProblem, ImportSummary, ImportWarning, PossibleDuplicate, TextEncodingName }
