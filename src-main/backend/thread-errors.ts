import { AppError, type AppErrorCode } from './errors'

/** An error as it crosses a thread boundary: an AppError keeps its code and details (an import rejection its problems). */
export interface ThreadError {
  code: AppErrorCode | null
  message: string
  details: Record<string, unknown> | null
  stack: string | null
}

export function toThreadError(error: unknown): ThreadError {
  if (error instanceof AppError) return { code: error.code, message: error.message, details: error.details ?? null, stack: error.stack ?? null }
  if (error instanceof Error) return { code: null, message: error.message, details: null, stack: error.stack ?? null }
  return { code: null, message: String(error), details: null, stack: null }
}

export function fromThreadError(error: ThreadError): Error {
  const rebuilt = error.code === null ? new Error(error.message) : new AppError(error.code, error.message, error.details ?? undefined)
  if (error.stack !== null) rebuilt.stack = error.stack
  return rebuilt
}
