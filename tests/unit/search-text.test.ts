import { describe, expect, it } from 'vitest'
import { containsPattern, toSearchText } from '../../src-main/backend/search-text'

describe('search text', () => {
  it('folds case and accents so "zoe" finds "Zoë" and "lukasz" finds "Łukasz"-like names', () => {
    expect(toSearchText('Zoë', 'Brontë', 'ZOE@EXAMPLE.COM')).toBe('zoe bronte zoe@example.com')
    expect(toSearchText('José', 'Müller-Lüdenscheidt')).toBe('jose muller-ludenscheidt')
    expect(toSearchText('Łukasz', 'Søren', 'Straße', 'Ærø')).toBe('lukasz soren strasse aero')
  })

  it('skips missing parts and squeezes white space', () => {
    expect(toSearchText(null, '  Ann  ', undefined, '', 'Lee')).toBe('ann lee')
  })

  it('takes the user’s % and _ literally in a contains pattern', () => {
    expect(containsPattern('50%_OFF')).toBe('%50\\%\\_off%')
    expect(containsPattern('Zoë')).toBe('%zoe%')
  })
})
