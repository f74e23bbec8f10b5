import { codeOf } from '../api/errors'
import type { ImportProblem } from './import-types'

/** The problems an IMPORT_REJECTED error lists, or null for any other failure. */
export function rejectionProblems(error: unknown): ImportProblem[] | null {
  if (codeOf(error) !== 'IMPORT_REJECTED') return null
  const problems = (error as { data?: { problems?: unknown } }).data?.problems
  return Array.isArray(problems) ? (problems as ImportProblem[]) : null
}
