import type { RecordSink, RowWarning } from './formats/format'
import { MAX_REPORTED_PROBLEMS } from './import-problems'
import type { ImportProblem, ImportRecord, ImportWarning } from './import-record'

interface CountedWarning {
  warning: ImportWarning
  /** Rows that raised it (a row raising it twice, for two cells, counts once). */
  count: number
  lastLine: number
}

/**
 * What format readers produce while a batch of rows is read: records to hand
 * on, warnings merged by kind (one line each, with a count, not one per
 * row), and problems. After the first problem no record is handed on: the
 * file will be rejected, and reading goes on only to list its other problems.
 */
export class RecordCollector implements RecordSink {
  private records: ImportRecord[] = []
  private readonly rowWarnings = new Map<string, CountedWarning>()
  readonly problems: ImportProblem[] = []

  constructor(private readonly fileName: string) {}

  emit(record: ImportRecord): void {
    if (this.problems.length === 0) this.records.push(record)
  }

  warn(warning: RowWarning): void {
    const known = this.rowWarnings.get(warning.key)
    if (known !== undefined) {
      if (known.lastLine !== warning.line) known.count++
      known.lastLine = warning.line
      return
    }
    this.rowWarnings.set(warning.key, {
      warning: { file: this.fileName, line: warning.line, column: warning.column, message: warning.message },
      count: 1,
      lastLine: warning.line,
    })
  }

  problem(problem: ImportProblem): void {
    if (this.problems.length < MAX_REPORTED_PROBLEMS) this.problems.push(problem)
  }

  get full(): boolean {
    return this.problems.length >= MAX_REPORTED_PROBLEMS
  }

  /** The records gathered since the last call. */
  take(): ImportRecord[] {
    const taken = this.records
    this.records = []
    return taken
  }

  /** Merged row warnings: the first occurrence's line, and how many rows said the same. */
  warnings(): ImportWarning[] {
    return [...this.rowWarnings.values()].map(({ warning, count }) =>
      count === 1 ? warning : { ...warning, message: `${warning.message} (${count.toLocaleString('en')} rows; the first is line ${warning.line}.)` },
    )
  }
}
