import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { migrations } from '../../migrations'

describe('the migration registry', () => {
  it('lists exactly the numbered migration files, in order', () => {
    const files = fs
      .readdirSync(path.resolve(__dirname, '../../migrations'))
      .filter((f) => /^\d{4}_.+\.ts$/.test(f))
      .map((f) => f.replace(/\.ts$/, ''))
      .sort()
    expect(migrations.map((m) => m.name)).toEqual(files)
  })

  it('numbers migrations without gaps or repeats', () => {
    const numbers = migrations.map((m) => Number(m.name.slice(0, 4)))
    expect(numbers).toEqual(numbers.map((_, i) => i + 1))
  })
})
