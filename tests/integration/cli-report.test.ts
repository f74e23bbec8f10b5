import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { resultOf } from '../../src-main/backend/progress'
import { aftersale } from '../support/run-cli'
import { openTempShop } from '../support/temp-shop'

const MONTH = '2026-05'

type Shop = Awaited<ReturnType<typeof openTempShop>>


function startsAsPdf(file: string): boolean {
  return fs.readFileSync(file).subarray(0, 4).toString('latin1') === '%PDF'
}

describe('aftersale report', () => {
  let shop: Shop
  let dbPath: string

  beforeAll(async () => {
    shop = await openTempShop()
    await resultOf(await shop.backend.client.demo.load({ seed: 1 }))
    dbPath = shop.dbPath
    // The command opens the shop file itself; the test's own connection lets go of it first.
    await shop.backend.close()
  })
  afterAll(() => fs.rmSync(shop.dir, { recursive: true, force: true }))

  it('writes the month’s report as a PDF and, with --json, says where and how many pages', async () => {
    const out = path.join(shop.dir, 'may.pdf')
    const run = await aftersale('report', '--month', MONTH, '--out', out, '--db', dbPath, '--json')
    expect(run.code, run.stderr).toBe(0)
    const result = JSON.parse(run.stdout) as { out: string; month: string; pages?: number }
    expect(result).toMatchObject({ out, month: MONTH })
    expect(result.pages).toBeGreaterThanOrEqual(3)
    expect(startsAsPdf(out)).toBe(true)
  })

  it('refuses to replace an existing file unless --force is given', async () => {
    const out = path.join(shop.dir, 'existing.pdf')
    fs.writeFileSync(out, 'an older report')
    const refused = await aftersale('report', '--month', MONTH, '--out', out, '--db', dbPath)
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain('--force')
    expect(fs.readFileSync(out, 'utf8')).toBe('an older report')

    const forced = await aftersale('report', '--month', MONTH, '--out', out, '--db', dbPath, '--force')
    expect(forced.code, forced.stderr).toBe(0)
    expect(forced.stdout).toContain('Wrote the report for May 2026')
    expect(startsAsPdf(out)).toBe(true)
  })

  it('shows its usage when the month or the file is missing', async () => {
    const run = await aftersale('report', '--out', path.join(shop.dir, 'x.pdf'), '--db', dbPath)
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('--month YYYY-MM')
    expect(fs.existsSync(path.join(shop.dir, 'x.pdf'))).toBe(false)
  })

  it('names a month it refuses', async () => {
    const run = await aftersale('report', '--month', 'May 2026', '--out', path.join(shop.dir, 'y.pdf'), '--db', dbPath, '--json')
    expect(run.code).toBe(1)
    expect(JSON.parse(run.stdout)).toMatchObject({ error: { code: 'INVALID_INPUT', message: expect.stringContaining('YYYY-MM') } })
  })
})
