import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const BIN = path.resolve(__dirname, '../../src-main/cli/bin.cjs')
const BUILT_CLI = path.resolve(__dirname, '../../out/main/cli.js')

export interface CliRun {
  code: number | null
  stdout: string
  stderr: string
}

/** Node with these arguments in a process of its own, without inheriting a shop from AFTERSALE_DB. */
function runNode(args: readonly string[]): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, AFTERSALE_DB: '' } })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}

/** The real command, as `npx aftersale` runs it (the sources, through tsx). */
export function aftersale(...args: string[]): Promise<CliRun> {
  return runNode([BIN, ...args])
}

/** Node's arguments that run the command line as built (out/main/cli.js, beside the app's main bundle), before the command's own. */
export const BUILT_CLI_ARGS: readonly string[] = ['-e', `require(${JSON.stringify(BUILT_CLI)}).main(process.argv.slice(1)).then((code) => (process.exitCode = code))`]

/** The command line as built: its threads load from their bundles, as the app's do. */
export function builtAftersale(...args: string[]): Promise<CliRun> {
  return runNode([...BUILT_CLI_ARGS, ...args])
}

/** Whether the build has run (npm test runs it first). */
export function isBuilt(): boolean {
  return fs.existsSync(BUILT_CLI)
}
