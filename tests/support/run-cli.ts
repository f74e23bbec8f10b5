import { spawn } from 'node:child_process'
import path from 'node:path'

const BIN = path.resolve(__dirname, '../../src-main/cli/bin.cjs')

/** Runs the real command in its own process, as `npx aftersale` would, without inheriting a shop from AFTERSALE_DB. */
export function aftersale(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, AFTERSALE_DB: '' } })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}
