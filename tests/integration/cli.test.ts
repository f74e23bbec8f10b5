import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { aftersale } from '../support/run-cli'
import { makeTempDir } from '../support/temp-dir'

const temp = makeTempDir()
const dbPath = path.join(temp.dir, 'shop.db')
afterAll(() => temp.cleanup())


describe('the aftersale command', () => {
  it('prints help and exits 0', async () => {
    const run = await aftersale('--help')
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('Usage: aftersale <command>')
    expect(run.stdout).toContain('demo')
    expect(run.stdout).toContain('stats')
  })

  it('says which command is unknown and exits 2', async () => {
    const run = await aftersale('frobnicate')
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('Unknown command "frobnicate"')
  })

  it('names a bad option value and exits 2', async () => {
    const run = await aftersale('demo', '--seed', 'abc', '--db', dbPath)
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('--seed takes a whole number')
  })

  it('fills a new shop with the demo, with --json printing exactly one document', async () => {
    const run = await aftersale('demo', '--seed', '1', '--db', dbPath, '--json')
    expect(run.code, run.stderr).toBe(0)
    const summary = JSON.parse(run.stdout) as { seed: number; created: Record<string, number> }
    expect(summary.seed).toBe(1)
    expect(summary.created.orders).toBeGreaterThan(4000)
    expect(run.stderr).toContain('Orders')
  })

  it('counts rows per table', async () => {
    const run = await aftersale('stats', '--db', dbPath, '--json')
    expect(run.code).toBe(0)
    const stats = JSON.parse(run.stdout) as { dbPath: string; tables: Record<string, number> }
    expect(stats.dbPath).toBe(dbPath)
    expect(stats.tables.orders).toBeGreaterThan(4000)
    expect(stats.tables.customers).toBeGreaterThan(1500)
  })

  it('refuses to write the demo into a shop that has orders, and changes nothing', async () => {
    const before = (await aftersale('stats', '--db', dbPath, '--json')).stdout
    const run = await aftersale('demo', '--seed', '2', '--db', dbPath, '--json')
    expect(run.code).toBe(1)
    expect(JSON.parse(run.stdout)).toMatchObject({ error: { code: 'SHOP_NOT_EMPTY' } })
    expect(run.stderr).toContain('--force')
    expect((await aftersale('stats', '--db', dbPath, '--json')).stdout).toBe(before)
  })

  it('tells the user why a database from a lost install will not open', async () => {
    const { truncateSync, rmSync } = await import('node:fs')
    const lost = makeTempDir()
    const lostPath = path.join(lost.dir, 'shop.db')
    expect((await aftersale('stats', '--db', lostPath)).code).toBe(0)
    truncateSync(lostPath, 0)
    for (const suffix of ['-wal', '-shm']) rmSync(lostPath + suffix, { force: true })
    const run = await aftersale('stats', '--db', lostPath, '--json')
    lost.cleanup()
    expect(run.code).toBe(1)
    expect(JSON.parse(run.stdout)).toMatchObject({ error: { code: 'DATABASE_MISSING' } })
  })
})
