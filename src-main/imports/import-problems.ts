import { AppError } from '../backend/errors'
import type { ImportProblem } from './import-record'

/** Enough to fix a file in one go without burying the first problem. */
export const MAX_REPORTED_PROBLEMS = 50

const VALUE_PREVIEW_LENGTH = 60

/** Shortens a raw value for a message, showing line breaks so a multi-line cell stays on one line. */
export function previewValue(raw: string): string {
  const oneLine = raw.replace(/\r\n|\r|\n/g, '⏎')
  return oneLine.length > VALUE_PREVIEW_LENGTH ? `${oneLine.slice(0, VALUE_PREVIEW_LENGTH)}…` : oneLine
}

function describeWhere(problem: ImportProblem): string {
  const parts: string[] = []
  if (problem.line !== null) parts.push(`line ${problem.line}`)
  if (problem.column !== null) parts.push(`column “${problem.column}”`)
  if (problem.value !== null) parts.push(`value “${previewValue(problem.value)}”`)
  return parts.length > 0 ? ` (${parts.join(', ')})` : ''
}

/**
 * The error that rejects a whole file. The summary names the file and the
 * first problem where it is and what to do; the details list the problems
 * (up to MAX_REPORTED_PROBLEMS) for the preview to show.
 */
export function importRejected(problems: readonly ImportProblem[]): AppError {
  const first = problems[0]
  if (first === undefined) throw new Error('importRejected needs at least one problem')
  const more = problems.length - 1
  const tail = more === 0 ? '' : more === 1 ? ' One more problem is listed.' : ` ${more} more problems are listed.`
  const summary = `${first.file} can't be imported${describeWhere(first)}: ${first.message}${tail}`
  return new AppError('IMPORT_REJECTED', summary, { problems: problems.slice(0, MAX_REPORTED_PROBLEMS) })
}

export function rejectImport(problem: ImportProblem): never {
  throw importRejected([problem])
}

export function isImportRejection(error: unknown): error is AppError & { details: { problems: ImportProblem[] } } {
  return error instanceof AppError && error.code === 'IMPORT_REJECTED' && Array.isArray(error.details?.['problems'])
}
