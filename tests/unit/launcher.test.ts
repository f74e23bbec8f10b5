import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { describeInstallFailure, findElectronRuntime, planLaunch, type RuntimeProbe } from '../../src-main/launcher/start'

const electronDir = '/project/node_modules/electron'

function probe(files: Record<string, string>, env: NodeJS.ProcessEnv = {}): RuntimeProbe {
  return { electronDir, env, exists: (file) => file in files, readText: (file) => files[file] }
}

describe('finding the Electron runtime without downloading it', () => {
  it('is missing when electron never wrote path.txt', () => {
    const runtime = findElectronRuntime(probe({}))
    expect(runtime).toEqual({ available: false, reason: 'the Electron runtime has not been downloaded' })
  })

  it('is missing when path.txt names a binary that is not there', () => {
    const runtime = findElectronRuntime(probe({ [path.join(electronDir, 'path.txt')]: 'electron' }))
    expect(runtime.available).toBe(false)
  })

  it('is the binary under dist/ that path.txt names', () => {
    const binary = path.join(electronDir, 'dist', 'electron')
    const runtime = findElectronRuntime(probe({ [path.join(electronDir, 'path.txt')]: 'electron', [binary]: '' }))
    expect(runtime).toEqual({ available: true, binary })
  })

  it('honours ELECTRON_OVERRIDE_DIST_PATH like electron itself does', () => {
    const runtime = findElectronRuntime(probe({ '/opt/electron/electron': '' }, { ELECTRON_OVERRIDE_DIST_PATH: '/opt/electron' }))
    expect(runtime).toEqual({ available: true, binary: '/opt/electron/electron' })
  })
})

describe('choosing how to run the app', () => {
  it('runs Electron when the binary is present', () => {
    expect(planLaunch({ available: true, binary: '/e/electron' })).toEqual({ mode: 'electron', binary: '/e/electron' })
  })

  it('falls back to the browser with one line naming the reason', () => {
    const plan = planLaunch({ available: false, reason: 'unused' }, 'its download failed: fetch failed')
    expect(plan).toEqual({
      mode: 'browser',
      notice: 'Electron is not available on this machine (its download failed: fetch failed); opening Aftersale in your browser instead.',
    })
    expect(plan.mode === 'browser' && plan.notice.includes('\n')).toBe(false)
  })

  it('shortens an installer stack trace to its first message', () => {
    const stderr = 'TypeError: fetch failed\n    at node:internal/deps/undici/undici:14976:13\n'
    expect(describeInstallFailure({ timedOut: false, stderr })).toBe('its download failed: fetch failed')
    expect(describeInstallFailure({ timedOut: false, stderr: '' })).toBe('its download failed')
    expect(describeInstallFailure({ timedOut: true, stderr: '' })).toBe('its download did not finish within 60 s')
  })
})
