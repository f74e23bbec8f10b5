import { stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { ORPCError } from '@orpc/server'
import { AppError } from '../backend/errors'
import { resultOf } from '../backend/progress'
import type { ApiClient } from '../backend/router'
import { progressLines, type CliOutput } from '../cli/output'
import { pairEtsyFiles, type PairableFile } from './etsy-pairing.rules'
import { fileFromPath } from './file-source'
import { FORMAT_IDS, type FormatId, type GenericMapping } from './read-export'
import type { ImportProblem } from './import-record'
import { ENTITIES, type ImportOutcome, type ImportSummary } from './import-summary'

/** What the `import`, `imports` and `undo-import` commands do; cli/commands.ts registers them. */

interface FailedFile {
  status: 'failed'
  path: string
  error: { code: string; message: string; problems: ImportProblem[] }
}
type FileReport = (ImportOutcome & { path: string }) | FailedFile

interface ReadAs {
  format?: FormatId
  mapping?: GenericMapping
  currency?: string
}

function isFormatId(value: string): value is FormatId {
  return (FORMAT_IDS as readonly string[]).includes(value)
}

/** `--source` names a built-in format or a mapping saved in the app. */
async function resolveSource(client: ApiClient, source: string | undefined): Promise<ReadAs> {
  if (source === undefined) return {}
  if (isFormatId(source)) return { format: source }
  const presets = await client.imports.presets.list({})
  const preset = presets.find((p) => p.name === source)
  if (preset) return { format: 'generic', mapping: preset.mapping }
  const saved = presets.length > 0 ? `, or a saved mapping: ${presets.map((p) => p.name).join(', ')}` : ''
  throw new AppError('INVALID_INPUT', `Unknown --source “${source}”. Use one of ${FORMAT_IDS.join(', ')}${saved}.`)
}

/** A file the procedures refused (rejected, cancelled, failed): reported with its own problems, and the command goes on. */
function failureOf(error: unknown, path: string): FailedFile {
  if (!(error instanceof ORPCError)) throw error
  const data: unknown = error.data
  const problems = typeof data === 'object' && data !== null && 'problems' in data && Array.isArray(data.problems) ? (data.problems as ImportProblem[]) : []
  return { status: 'failed', path, error: { code: error.code, message: error.message, problems } }
}

function percent(done: number, total: number): string {
  return total > 0 ? `${Math.floor((done / total) * 100)}%` : ''
}

interface PlannedFile {
  path: string
  /** Etsy's items file, read together with its orders file as one import. */
  companionPath?: string
}

async function formatOf(client: ApiClient, path: string): Promise<FormatId | null> {
  const file = await openFile(path)
  if (!(file instanceof File)) return null
  try {
    return (await client.imports.sniff({ file })).sniff.format
  } catch {
    // A file the reader refuses is reported when it is imported.
    return null
  }
}

/** Etsy's orders and items files named together are imported as one (etsy-pairing.rules.ts). */
async function planFiles(client: ApiClient, paths: readonly string[]): Promise<PlannedFile[]> {
  if (paths.length < 2) return paths.map((path) => ({ path }))
  const files: Array<PairableFile<string>> = []
  for (const path of paths) files.push({ file: path, name: basename(path), format: await formatOf(client, path) })
  return pairEtsyFiles(files).map(({ file, companion }) => ({ path: file, companionPath: companion }))
}

async function openFile(path: string): Promise<File | FailedFile> {
  const stats = await stat(path).catch(() => null)
  if (stats === null || !stats.isFile()) {
    return { status: 'failed', path, error: { code: 'NOT_FOUND', message: `There is no file ${path}.`, problems: [] } }
  }
  return fileFromPath(path)
}

/** The progress line saying a file is imported and only the shop file's tidying is left (the import benchmark looks for it). */
export const OUTCOME_KNOWN = 'imported; tidying up the shop file'

async function importOne(client: ApiClient, planned: PlannedFile, readAs: ReadAs, dryRun: boolean, output: CliOutput): Promise<FileReport> {
  const path = planned.companionPath ? `${planned.path} + ${planned.companionPath}` : planned.path
  const file = await openFile(planned.path)
  if (!(file instanceof File)) return file
  const companion = planned.companionPath ? await openFile(planned.companionPath) : undefined
  if (companion !== undefined && !(companion instanceof File)) return companion
  try {
    const input = { file, companion, ...readAs }
    const events = dryRun ? await client.imports.preview(input) : await client.imports.commit(input)
    const show = progressLines(output)
    const outcome = await resultOf(
      events,
      (p) => show(`${file.name}: ${percent(p.done, p.total)} ${p.phase}`),
      // After a big import the shop file still has its write-ahead log folded in, which takes a few seconds.
      (result) => {
        if (result.status === 'imported') output.progress(`${file.name}: ${OUTCOME_KNOWN}`)
      },
    )
    return { ...outcome, path }
  } catch (error) {
    return failureOf(error, path)
  }
}

function describeProblem(problem: ImportProblem): string {
  const where = [problem.line !== null ? `line ${problem.line}` : null, problem.column !== null ? `column “${problem.column}”` : null].filter(Boolean).join(', ')
  const value = problem.value !== null ? ` (value “${problem.value}”)` : ''
  return `    ${where ? `${where}: ` : ''}${problem.message}${value}`
}

function describeSummary(summary: ImportSummary): string[] {
  const lines = [`  ${summary.rowsRead.toLocaleString('en-US')} rows read`]
  for (const entity of ENTITIES) {
    const c = summary.counts[entity]
    const parts = [`${c.created} created`, `${c.updated} updated`, `${c.unchanged} unchanged`, ...(c.skipped > 0 ? [`${c.skipped} skipped`] : [])]
    if (c.created + c.updated + c.unchanged + c.skipped > 0) lines.push(`  ${entity.padEnd(9)} ${parts.join(', ')}`)
  }
  if (summary.warningCount > 0) {
    lines.push(`  ${summary.warningCount} warning${summary.warningCount === 1 ? '' : 's'}:`)
    for (const w of summary.warnings.slice(0, 20)) lines.push(`    ${w.line !== null ? `line ${w.line}: ` : ''}${w.message}`)
    if (summary.warningCount > 20) lines.push(`    … and ${summary.warningCount - 20} more (see \`aftersale imports\` or the Import screen)`)
  }
  if (summary.possibleDuplicateCount > 0) {
    lines.push(`  ${summary.possibleDuplicateCount} new customer(s) share a name with an existing customer (not merged):`)
    for (const d of summary.possibleDuplicates.slice(0, 10)) lines.push(`    ${d.name} <${d.email ?? 'no email'}> ~ existing <${d.existingEmail ?? 'no email'}>`)
  }
  return lines
}

function describeRefusal(headline: string, message: string, problems: readonly ImportProblem[]): string {
  return problems.length === 0 ? `${headline}: ${message}` : [`${headline}:`, ...problems.map(describeProblem)].join('\n')
}

function describeReport(report: FileReport): string {
  switch (report.status) {
    case 'imported':
      return [`${report.path} — ${report.file.label}`, `  imported as batch ${report.batchId} (source ${report.file.source ?? 'unknown'})`, ...describeSummary(report.summary)].join('\n')
    case 'previewed':
      return [`${report.path} — ${report.file.label}`, '  preview only: nothing was changed', ...describeSummary(report.summary)].join('\n')
    case 'already_imported':
      return `${report.path} — ${report.message}`
    case 'rejected':
      return describeRefusal(`${report.path} — would be rejected, nothing would be imported`, report.message, report.problems)
    case 'failed':
      return describeRefusal(`${report.path} — not imported, nothing was changed`, report.error.message, report.error.problems)
  }
}

/**
 * Imports each file on its own (all or nothing per file: one bad file does
 * not stop the others) and prints one report. Exit code 1 when any file was
 * rejected or failed.
 */
export async function importFiles(
  client: ApiClient,
  paths: readonly string[],
  options: { source?: string; currency?: string; dryRun: boolean },
  output: CliOutput,
): Promise<number> {
  const readAs = { ...(await resolveSource(client, options.source)), currency: options.currency }
  const reports: FileReport[] = []
  for (const planned of await planFiles(client, paths)) reports.push(await importOne(client, planned, readAs, options.dryRun, output))
  output.result({ dryRun: options.dryRun, files: reports }, reports.map(describeReport).join('\n\n'))
  return reports.some((r) => r.status === 'failed' || r.status === 'rejected') ? 1 : 0
}

export async function listImports(client: ApiClient, output: CliOutput): Promise<void> {
  const page = await client.imports.list({ page: 0, pageSize: 200 })
  const lines = page.rows.map((b) => {
    const o = b.counts.orders
    const c = b.counts.customers
    const state = b.status === 'undone' ? `undone ${b.undoneAt}` : 'committed'
    return `${b.id}  ${b.createdAt}  ${b.fileName} (${b.source})  ${b.rowsRead} rows  orders +${o.created}/~${o.updated}  customers +${c.created}/~${c.updated}  ${b.warningCount} warnings  ${state}`
  })
  output.result(page, page.rows.length === 0 ? 'No imports yet.' : lines.join('\n'))
}

export async function undoImportById(client: ApiClient, batchId: string, output: CliOutput): Promise<void> {
  const result = await client.imports.undo({ batchId })
  const removed = Object.entries(result.removed).map(([table, n]) => `${n} ${table}`)
  output.result(result, `Undid the import of ${result.fileName}: removed ${removed.join(', ') || 'nothing'}, restored ${result.restored} rows as they were.`)
}
