import { parseArgs } from 'node:util'
import { createBackend } from '../backend/create-backend'
import { resolveDbPath } from '../backend/data-location'
import { AppError } from '../backend/errors'
import { stderrLog } from '../backend/log'
import { commands } from './commands'
import { UsageError } from './options'
import { createOutput } from './output'

const GLOBAL_OPTIONS = {
  db: { type: 'string', description: 'the shop database file (default: $AFTERSALE_DB, else the app’s user-data folder)' },
  json: { type: 'boolean', description: 'print exactly one JSON document on stdout' },
  help: { type: 'boolean', description: 'show help' },
} as const

function helpText(): string {
  const list = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(11)} ${c.summary}`)
  const globals = Object.entries(GLOBAL_OPTIONS).map(([name, o]) => `  --${name.padEnd(6)} ${o.description}`)
  return ['Usage: aftersale <command> [options]', '', 'Commands:', ...list, '', 'Options for every command:', ...globals, '', 'aftersale <command> --help shows its own options.'].join('\n')
}

function commandHelp(name: string): string {
  const command = commands[name]!
  const own = Object.entries(command.options).map(([o, spec]) => `  --${o.padEnd(6)} ${spec.description}`)
  return [`Usage: ${command.usage} [--db PATH] [--json]`, '', command.summary, ...(own.length ? ['', ...own] : [])].join('\n')
}

/** Runs one CLI command and returns the exit code: 0 done, 1 refused or failed, 2 misused. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined || name === '--help' || name === 'help' || name === '-h') {
    process.stdout.write(`${helpText()}\n`)
    return name === undefined ? 2 : 0
  }
  const command = commands[name]
  if (!command) {
    process.stderr.write(`Unknown command "${name}".\n\n${helpText()}\n`)
    return 2
  }
  let parsed: ReturnType<typeof parseArgs>
  try {
    const options = Object.fromEntries(
      Object.entries({ ...GLOBAL_OPTIONS, ...command.options }).map(([key, spec]) => [key, { type: spec.type }]),
    ) as Record<string, { type: 'string' | 'boolean' }>
    parsed = parseArgs({ args: rest, options, strict: true, allowPositionals: command.positionals === true })
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${commandHelp(name)}\n`)
    return 2
  }
  const values = parsed.values as Record<string, string | boolean | undefined>
  if (values.help) {
    process.stdout.write(`${commandHelp(name)}\n`)
    return 0
  }
  const output = createOutput(values.json === true)
  let backend: Awaited<ReturnType<typeof createBackend>> | undefined
  try {
    backend = await createBackend({ dbPath: resolveDbPath({ flag: values.db as string | undefined }), log: stderrLog })
    const code = await command.run(backend.client, values, output, parsed.positionals)
    return code ?? 0
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\n\n${commandHelp(name)}\n`)
      return 2
    }
    const { code, message } = describeFailure(error)
    if (output.json) output.result({ error: { code, message } }, message)
    process.stderr.write(`${message}\n`)
    return 1
  } finally {
    await backend?.close()
  }
}

function describeFailure(error: unknown): { code: string; message: string } {
  if (error instanceof AppError) return { code: error.code, message: error.message }
  if (error && typeof error === 'object' && 'code' in error && 'message' in error && typeof error.code === 'string') {
    return { code: error.code, message: String(error.message) }
  }
  stderrLog.error('Unexpected failure', error)
  return { code: 'INTERNAL', message: 'Something went wrong inside Aftersale; see the message above.' }
}
