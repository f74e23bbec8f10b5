#!/usr/bin/env node
// The `aftersale` command runs the TypeScript sources directly (no build step
// before `npx aftersale`), through tsx's CommonJS loader.
require('tsx/cjs/api').register()
require('./main.ts').main(process.argv.slice(2)).then((code) => {
  process.exitCode = code
})
