/** Logs go to stderr so that `--json` keeps stdout for exactly one document. */
export interface Log {
  info(message: string): void
  error(message: string, error?: unknown): void
}

export const stderrLog: Log = {
  info: (message) => process.stderr.write(`${message}\n`),
  error: (message, error) => {
    const detail = error instanceof Error ? (error.stack ?? error.message) : error === undefined ? '' : String(error)
    process.stderr.write(`${message}${detail ? `\n${detail}` : ''}\n`)
  },
}

export const silentLog: Log = { info: () => {}, error: () => {} }
