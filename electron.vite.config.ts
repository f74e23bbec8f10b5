import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'

const fromRoot = (p: string) => resolve(__dirname, p)

/** Three bundles with explicit entries: the Electron main process, the sandboxed preload (CommonJS), the React renderer. */
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // The import's reader and writer and the dashboard's order facts run in worker threads of their own, each loaded from its file
      // beside the main bundle (backend/start-thread.ts). `cli` is the command line as built, which the import benchmark runs.
      // Shared chunks sit beside the entries too: a thread is started from its caller's folder, wherever rollup put the caller.
      rollupOptions: {
        output: { chunkFileNames: '[name]-[hash].js' },
        input: {
          index: fromRoot('src-main/electron/main.ts'),
          'reader-thread': fromRoot('src-main/imports/reader-thread.ts'),
          'writer-thread': fromRoot('src-main/imports/writer-thread.ts'),
          'facts-thread': fromRoot('src-main/dashboard/facts-thread.ts'),
          cli: fromRoot('src-main/cli/main.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: { input: { index: fromRoot('src-main/electron/preload.ts') }, output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    root: fromRoot('src-renderer'),
    // Relative asset URLs so the same build loads from file:// (desktop) and from the loopback server (browser mode).
    base: './',
    plugins: [react()],
    build: {
      outDir: fromRoot('out/renderer'),
      emptyOutDir: true,
      minify: true,
      rollupOptions: { input: { index: fromRoot('src-renderer/index.html') } },
    },
  },
})
