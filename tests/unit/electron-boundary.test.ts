import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const root = path.resolve(__dirname, '../..')
const electronDir = path.join(root, 'src-main', 'electron')
/** Modules main.ts wires together; everything else in the folder must load under plain Node. */
const shellModules = new Set(['main.ts', 'window.ts', 'ipc.ts', 'navigation-guard.ts', 'preload.ts'])

/** Each import statement up to its own `from '…'`; `import type` is erased at build time and costs nothing at runtime. */
function importsElectronAtRuntime(source: string): boolean {
  const imports = source.matchAll(/^import\s+(type\s+)?[\s\S]*?\bfrom\s+['"]([^'"]+)['"]/gm)
  return [...imports].some(([, typeOnly, specifier]) => specifier === 'electron' && typeOnly === undefined) || /require\(\s*['"]electron['"]\s*\)/.test(source)
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(full)
    return /\.tsx?$/.test(entry.name) ? [full] : []
  })
}

describe('the Electron boundary', () => {
  it('keeps every electron import inside src-main/electron', () => {
    const outside = [...sourceFiles(path.join(root, 'src-main')), ...sourceFiles(path.join(root, 'src-renderer'))]
      .filter((file) => !file.startsWith(electronDir + path.sep))
      .filter((file) => /from\s+['"]electron['"]|require\(\s*['"]electron['"]\s*\)/.test(fs.readFileSync(file, 'utf8')))
    expect(outside.map((file) => path.relative(root, file))).toEqual([])
  })

  it('keeps the decision modules free of electron at runtime, so they run under plain Node', () => {
    const impure = fs
      .readdirSync(electronDir)
      .filter((name) => name.endsWith('.ts') && !shellModules.has(name))
      .filter((name) => importsElectronAtRuntime(fs.readFileSync(path.join(electronDir, name), 'utf8')))
    expect(impure).toEqual([])
  })
})
