import type { Reporter, TestModule } from 'vitest/node'

/**
 * Ends the run with the plain "N passed, N failed" line that CI reads in any
 * language. A file that failed outside its tests (a hook, an import) counts as one failure.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0
    let failed = 0
    let skipped = 0
    for (const module of testModules) {
      let failedInModule = 0
      for (const test of module.children.allTests()) {
        const state = test.result().state
        if (state === 'passed') passed++
        else if (state === 'failed') failedInModule++
        else skipped++
      }
      // A failing hook or import fails the file while its tests only count as skipped: count the file itself.
      failed += failedInModule === 0 && module.state() === 'failed' ? 1 : failedInModule
    }
    process.stdout.write(`\nvitest: ${passed} passed, ${failed} failed, ${skipped} skipped\n`)
  }
}
