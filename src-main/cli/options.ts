/** A command line the user can fix: main prints the message with the command's help and exits 2. */
export class UsageError extends Error {}

export function stringOption(value: string | boolean | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined
}

export function integerOption(value: string | boolean | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback
  const parsed = Number(value)
  if (typeof value !== 'string' || !Number.isInteger(parsed)) throw new UsageError(`--${name} takes a whole number, not "${String(value)}".`)
  return parsed
}
