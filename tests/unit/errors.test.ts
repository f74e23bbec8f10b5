import { ORPCError, ValidationError } from '@orpc/server'
import { describe, expect, it } from 'vitest'
import { AppError, describeValidationIssues, toTransportError } from '../../src-main/backend/errors'

describe('errors that cross a transport', () => {
  it('names every offending field in a schema failure', () => {
    const message = describeValidationIssues([
      { message: 'Too small: expected number to be >=1', path: ['pageSize'] },
      { message: 'Invalid option', path: ['sort', { key: 'column' }] },
    ])
    expect(message).toContain('pageSize: Too small')
    expect(message).toContain('sort.column: Invalid option')
  })

  it('keeps an AppError’s code and message', () => {
    const mapped = toTransportError(new AppError('SHOP_NOT_EMPTY', 'The shop already has orders.'), () => {})
    expect(mapped.code).toBe('SHOP_NOT_EMPTY')
    expect(mapped.status).toBe(409)
    expect(mapped.message).toBe('The shop already has orders.')
  })

  it('turns an input validation failure into INVALID_INPUT with the field names', () => {
    const cause = new ValidationError({ message: 'Input validation failed', issues: [{ message: 'Expected string', path: ['id'] }] })
    const mapped = toTransportError(new ORPCError('BAD_REQUEST', { cause }), () => {})
    expect(mapped.code).toBe('INVALID_INPUT')
    expect(mapped.message).toContain('id: Expected string')
  })

  it('logs an unexpected failure and shows only a generic message', () => {
    const logged: unknown[] = []
    const mapped = toTransportError(new Error('SQLITE_CORRUPT at page 7'), (_m, e) => logged.push(e))
    expect(mapped.code).toBe('INTERNAL')
    expect(mapped.message).not.toContain('SQLITE')
    expect(logged).toHaveLength(1)
  })
})
