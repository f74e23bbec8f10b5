import path from 'node:path'
import { parseArgs } from 'node:util'
import { createBackend } from '../backend/create-backend'
import { AppError } from '../backend/errors'
import { resolveDbPath } from '../backend/data-location'
import { startLoopbackServer } from './loopback-server'

export const RENDERER_DIR = path.resolve(__dirname, '../../out/renderer')

/** `npm run serve`: the real backend and the built renderer for a browser on this computer. */
export async function serve(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: { db: { type: 'string' }, port: { type: 'string' } },
    strict: true,
  })
  const dbPath = resolveDbPath({ flag: values.db })
  const backend = await createBackend({ dbPath })
  const server = await startLoopbackServer({ backend, rendererDir: RENDERER_DIR, port: values.port ? Number(values.port) : 0 })
  process.stdout.write(`Aftersale is running for ${dbPath}\nOpen ${server.url}\n`)
  const stop = async () => {
    await server.close()
    await backend.close()
    process.exit(0)
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

if (require.main === module) {
  serve(process.argv.slice(2)).catch((error: unknown) => {
    process.stderr.write(`${error instanceof AppError || error instanceof TypeError ? error.message : String(error)}\n`)
    process.exit(1)
  })
}
