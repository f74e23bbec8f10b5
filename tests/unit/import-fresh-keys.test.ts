import { describe, expect, it } from 'vitest'
import { FreshKeys } from '../../src-main/imports/fresh-keys'

describe('keys of a table the import found empty', () => {
  it('says a key may be there once it was added, and never forgets one', () => {
    const keys = new FreshKeys(false, 1000)
    const added = Array.from({ length: 5000 }, (_, i) => `buyer${i}@example.com`)
    for (const key of added) keys.add(key)
    expect(added.every((key) => keys.mayHave(key))).toBe(true)
  })

  it('rules out almost every key it was never given', () => {
    const keys = new FreshKeys(false, 5000)
    for (let i = 0; i < 5000; i++) keys.add(`buyer${i}@example.com`)
    const others = Array.from({ length: 10_000 }, (_, i) => `someone${i}@example.org`)
    expect(others.filter((key) => keys.mayHave(key)).length).toBeLessThan(100)
  })

  it('rules out nothing when the table had rows before the import', () => {
    const keys = new FreshKeys(true, 1000)
    expect(keys.mayHave('anyone@example.com')).toBe(true)
  })
})
