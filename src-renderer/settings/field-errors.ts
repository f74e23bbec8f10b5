import { codeOf } from '../api/errors'

/**
 * A rejected save names each offending field as "field: message" in
 * `data.issues` (src-main/backend/errors.ts), so each message can sit under
 * its own input. Issues about other fields stay in the general message.
 */
export function fieldErrorsOf<K extends string>(error: unknown, fields: readonly K[]): Partial<Record<K, string>> {
  if (codeOf(error) !== 'INVALID_INPUT') return {}
  const data = (error as { data?: { issues?: unknown } }).data
  const issues = Array.isArray(data?.issues) ? data.issues.filter((issue): issue is string => typeof issue === 'string') : []
  const errors: Partial<Record<K, string>> = {}
  for (const issue of issues) {
    const field = fields.find((name) => issue.startsWith(`${name}: `))
    if (field) errors[field] = issue.slice(field.length + 2)
  }
  return errors
}
