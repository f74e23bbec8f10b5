import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { resolveDbPath, userDataDir } from '../../src-main/backend/data-location'

describe('where the shop database lives', () => {
  it('uses the same folder Electron calls userData, per platform', () => {
    expect(userDataDir({ XDG_CONFIG_HOME: '/home/ann/.config' }, 'linux')).toBe('/home/ann/.config/Aftersale')
    expect(userDataDir({ APPDATA: 'C:\\Users\\ann\\AppData\\Roaming' }, 'win32')).toContain('Aftersale')
    expect(userDataDir({}, 'darwin')).toMatch(/Library\/Application Support\/Aftersale$/)
  })

  it('prefers --db, then AFTERSALE_DB, then the user-data folder', () => {
    const env = { AFTERSALE_DB: '/data/env.db', XDG_CONFIG_HOME: '/cfg' }
    expect(resolveDbPath({ flag: 'flag.db', env })).toBe(path.resolve('flag.db'))
    expect(resolveDbPath({ env })).toBe('/data/env.db')
    expect(resolveDbPath({ env: { XDG_CONFIG_HOME: '/cfg' } })).toBe(path.join('/cfg', 'Aftersale', 'aftersale.db'))
    expect(resolveDbPath({ env: {}, userData: '/electron/userData' })).toBe('/electron/userData/aftersale.db')
  })
})
