import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { Worker, type WorkerOptions } from 'node:worker_threads'

/**
 * Starts a worker thread on the entry `name` found in `dir` (the caller's
 * `__dirname`): the bundle built beside the main one in the app
 * (electron.vite.config.ts lists each entry), the TypeScript source itself
 * under tsx (CLI, tests, `npm run serve`), which the worker then loads through
 * tsx too.
 */
export function startThread(dir: string, name: string, options: WorkerOptions): Worker {
  const built = path.join(dir, `${name}.js`)
  if (fs.existsSync(built)) return new Worker(built, options)
  const source = path.join(dir, `${name}.ts`)
  const tsx = createRequire(__filename).resolve('tsx/cjs/api')
  return new Worker(`require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(source)})`, { ...options, eval: true })
}
