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
