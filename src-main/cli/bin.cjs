#!/usr/bin/env node
// The `aftersale` command runs the TypeScript sources directly (no build step
// before `npx aftersale`), through tsx's loaders: CommonJS for the program,
// ESM for the modules it loads only when needed (`await import(...)`).
// tsx's ESM hooks are registered from its ESM entry: its CommonJS one points at a file its package lacks.
require('tsx/cjs/api').register()
import('tsx/esm/api')
  .then(({ register }) => {
    register()
    return require('./main.ts').main(process.argv.slice(2))
  })
  .then((code) => {
    process.exitCode = code
  })
