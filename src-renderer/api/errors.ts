import { isDefinedError, ORPCError } from '@orpc/client'

/** The message to show a shop owner for a failed call: the backend's own words when it has them. */
export function messageOf(error: unknown): string {
  if (error instanceof ORPCError || (error && typeof error === 'object' && isDefinedError(error as never))) {
    return (error as ORPCError<string, unknown>).message
  }
  if (error instanceof TypeError) return 'Aftersale could not reach its backend. If you opened it in a browser, check that `npm run serve` is still running.'
  return error instanceof Error ? error.message : 'Something went wrong.'
}

export function codeOf(error: unknown): string | null {
  return error instanceof ORPCError ? error.code : null
}
