import { ORPCError, ValidationError } from '@orpc/server'

/**
 * Stable codes for failures a shop owner can act on. The code is for programs
 * (tests, CLI exit handling); the message is for the person.
 */
export type AppErrorCode =
  | 'NOT_FOUND'
  | 'INVALID_INPUT'
  | 'CONFLICT'
  | 'DATABASE_FROM_NEWER_VERSION'
  | 'DATABASE_MISSING'
  | 'DATABASE_UNREADABLE'
  | 'SHOP_NOT_EMPTY'
  | 'CANCELLED'
  | 'IMPORT_REJECTED'
  | 'ALREADY_IMPORTED'
  | 'PDF_PRINTER_MISSING'
  | 'UNAUTHORIZED'
  | 'INTERNAL'

const httpStatusOf: Record<AppErrorCode, number> = {
  NOT_FOUND: 404,
  INVALID_INPUT: 400,
  CONFLICT: 409,
  DATABASE_FROM_NEWER_VERSION: 409,
  DATABASE_MISSING: 409,
  DATABASE_UNREADABLE: 409,
  SHOP_NOT_EMPTY: 409,
  CANCELLED: 499,
  IMPORT_REJECTED: 422,
  ALREADY_IMPORTED: 409,
  PDF_PRINTER_MISSING: 503,
  UNAUTHORIZED: 401,
  INTERNAL: 500,
}

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message)
    this.name = 'AppError'
  }
}

interface SchemaIssue {
  readonly message: string
  readonly path?: ReadonlyArray<PropertyKey | { readonly key: PropertyKey }>
}

function describeIssue(issue: SchemaIssue): string {
  const path = (issue.path ?? []).map((segment) =>
    typeof segment === 'object' && segment !== null ? String(segment.key) : String(segment),
  )
  return path.length > 0 ? `${path.join('.')}: ${issue.message}` : issue.message
}

/** Turns a schema failure into one sentence that names every offending field. */
export function describeValidationIssues(issues: readonly SchemaIssue[]): string {
  return `Some of the information sent was not accepted. ${issues.map(describeIssue).join('; ')}.`
}

/**
 * The one place where any thrown value becomes what crosses a transport:
 * AppErrors keep their code and message, schema failures name the fields,
 * everything else is logged and shown generically.
 */
export function toTransportError(error: unknown, log: (message: string, error: unknown) => void): ORPCError<string, unknown> {
  if (error instanceof AppError) {
    return new ORPCError(error.code, { status: httpStatusOf[error.code], message: error.message, data: error.details ?? {} })
  }
  if (error instanceof ORPCError) {
    if (error.code === 'BAD_REQUEST' && error.cause instanceof ValidationError) {
      return new ORPCError('INVALID_INPUT', {
        status: 400,
        message: describeValidationIssues(error.cause.issues),
        data: { issues: error.cause.issues.map(describeIssue) },
      })
    }
    return error
  }
  log('Unexpected failure', error)
  return new ORPCError('INTERNAL', {
    status: 500,
    message: 'Something went wrong inside Aftersale. Nothing was changed; details were written to the log.',
  })
}
