/**
 * `--db PATH` or `--db=PATH` from the Electron command line. Chromium adds its
 * own switches to argv, so this looks for ours alone instead of parsing
 * strictly the way the CLI and `serve` do.
 */
export function dbFlagFrom(argv: readonly string[]): string | undefined {
  for (const [index, arg] of argv.entries()) {
    if (arg.startsWith('--db=')) return arg.slice('--db='.length) || undefined
    if (arg === '--db') {
      const value = argv[index + 1]
      return value === undefined || value.startsWith('--') ? undefined : value
    }
  }
  return undefined
}
