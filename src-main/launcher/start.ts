import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const PROJECT_ROOT = path.resolve(__dirname, '../..')
const ELECTRON_DIR = path.join(PROJECT_ROOT, 'node_modules', 'electron')
const ELECTRON_VITE = path.join(PROJECT_ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js')
const INSTALL_TIMEOUT_MS = 60_000

export type ElectronRuntime = { available: true; binary: string } | { available: false; reason: string }

export interface RuntimeProbe {
  electronDir: string
  env: NodeJS.ProcessEnv
  exists(file: string): boolean
  readText(file: string): string | undefined
}

/**
 * Where node_modules/electron/index.js would say the binary is, without
 * loading that module: requiring it starts a download when the binary is
 * missing.
 */
export function findElectronRuntime(probe: RuntimeProbe): ElectronRuntime {
  const relative = probe.readText(path.join(probe.electronDir, 'path.txt'))?.trim()
  const override = probe.env.ELECTRON_OVERRIDE_DIST_PATH
  if (!relative && !override) return { available: false, reason: 'the Electron runtime has not been downloaded' }
  const binary = path.join(override || path.join(probe.electronDir, 'dist'), relative || 'electron')
  return probe.exists(binary) ? { available: true, binary } : { available: false, reason: `the Electron runtime is missing from ${path.dirname(binary)}` }
}

/** One short reason from a failed `node install.js`, whose stderr is a whole stack trace. */
export function describeInstallFailure(result: { timedOut: boolean; stderr: string }): string {
  if (result.timedOut) return `its download did not finish within ${INSTALL_TIMEOUT_MS / 1000} s`
  const firstLine = result.stderr.split('\n').find((line) => line.trim() !== '')
  const cause = firstLine?.trim().replace(/^[A-Za-z]*Error:\s*/, '')
  return cause ? `its download failed: ${cause}` : 'its download failed'
}

export type LaunchPlan = { mode: 'electron'; binary: string } | { mode: 'browser'; notice: string }

/** The main command always runs the app: in Electron when the runtime is here, otherwise in the browser. */
export function planLaunch(runtime: ElectronRuntime, installFailure?: string): LaunchPlan {
  if (runtime.available) return { mode: 'electron', binary: runtime.binary }
  return {
    mode: 'browser',
    notice: `Electron is not available on this machine (${installFailure ?? runtime.reason}); opening Aftersale in your browser instead.`,
  }
}

const realProbe: RuntimeProbe = {
  electronDir: ELECTRON_DIR,
  env: process.env,
  exists: (file) => fs.existsSync(file),
  readText: (file) => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined),
}

/** Runs electron's own installer in a child process, so a hung download cannot hang `npm start` past the timeout. */
function tryToInstallElectron(): string | undefined {
  const result = spawnSync(process.execPath, [path.join(ELECTRON_DIR, 'install.js')], {
    cwd: ELECTRON_DIR,
    encoding: 'utf8',
    timeout: INSTALL_TIMEOUT_MS,
  })
  if (result.status === 0) return undefined
  const timedOut = (result.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT'
  return describeInstallFailure({ timedOut, stderr: result.stderr ?? '' })
}

/** The same build `npm run serve` runs; its output is shown only if it fails, so the launcher's own lines stay readable. */
function buildApp(): void {
  const result = spawnSync(process.execPath, [ELECTRON_VITE, 'build'], { cwd: PROJECT_ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  if (result.status === 0) return
  process.stderr.write(`${result.stdout ?? ''}${result.stderr ?? ''}`)
  throw new Error('Building Aftersale failed (output above).')
}

function runElectron(binary: string, args: string[]): void {
  const env = { ...process.env }
  // Inherited from some tool chains, it would make the binary behave as plain Node and never open a window.
  delete env.ELECTRON_RUN_AS_NODE
  const child = spawn(binary, [PROJECT_ROOT, ...args], { stdio: 'inherit', env })
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal))
  child.on('error', (error) => {
    process.stderr.write(`Electron could not be started: ${error.message}\n`)
    process.exit(1)
  })
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
}

export async function start(args: string[]): Promise<void> {
  let runtime = findElectronRuntime(realProbe)
  let installFailure: string | undefined
  if (!runtime.available) {
    installFailure = tryToInstallElectron()
    runtime = findElectronRuntime(realProbe)
  }
  const plan = planLaunch(runtime, installFailure)
  if (plan.mode === 'browser') process.stdout.write(`${plan.notice}\n`)
  buildApp()
  if (plan.mode === 'electron') return runElectron(plan.binary, args)
  // Loaded only here: in Electron mode the backend runs in Electron's process, not in this one.
  const { serve } = await import('../server/serve')
  await serve(args)
}

if (require.main === module) {
  start(process.argv.slice(2)).catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
    process.exit(1)
  })
}
