/**
 * With --json, stdout carries exactly one JSON document and nothing else;
 * everything for people (progress, notes) goes to stderr.
 */
export interface CliOutput {
  readonly json: boolean
  result(value: unknown, human: string): void
  progress(message: string): void
}

export function createOutput(json: boolean, out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): CliOutput {
  return {
    json,
    result: (value, human) => {
      out.write(json ? `${JSON.stringify(value, null, 2)}\n` : `${human}\n`)
    },
    progress: (message) => {
      err.write(`${message}\n`)
    },
  }
}

/**
 * A job's progress as terminal lines, at most one per PROGRESS_LINE_MS (the
 * backend reports about every 0.2 s, which would scroll everything else
 * away): with a report at most 0.2 s later, a line still comes at least
 * every half second. `always` prints regardless (the last step, say).
 */
const PROGRESS_LINE_MS = 300

export function progressLines(output: CliOutput): (message: string, always?: boolean) => void {
  let shownAt = -Infinity
  return (message, always = false) => {
    if (!always && performance.now() - shownAt < PROGRESS_LINE_MS) return
    shownAt = performance.now()
    output.progress(message)
  }
}
