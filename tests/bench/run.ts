import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

/**
 * `npm run bench`: runs every tests/bench/*.bench.ts in turn, each in its own
 * Node process (so one benchmark's memory and open files can't skew the
 * next), and prints what each reports. Benchmarks report numbers; they do
 * not assert. `npm run bench -- import` runs only the files whose name
 * contains "import".
 */
const dir = __dirname
const filter = process.argv[2] ?? ''
const files = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts') && f.includes(filter))
  .sort()

let failed = 0
for (const file of files) {
  process.stdout.write(`\n=== ${file} ===\n`)
  const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(dir, file)], { stdio: 'inherit' })
  if (run.status !== 0) {
    failed++
    process.stdout.write(`${file} failed (exit ${run.status ?? run.signal})\n`)
  }
}
process.exitCode = failed > 0 ? 1 : 0
