import fs from 'node:fs'
import path from 'node:path'
import { AppError } from '../../src-main/backend/errors'
import type { ImportedOrder, ImportProblem, ImportRecord, ImportWarning } from '../../src-main/imports/import-record'
import { readExport, type ReadOptions } from '../../src-main/imports/read-export'

export const IMPORT_FIXTURES = path.resolve(__dirname, '../fixtures/imports')

export function fixturePath(relative: string): string {
  return path.join(IMPORT_FIXTURES, relative)
}

/** A file opened the way the import procedure opens it, in small chunks to exercise chunk boundaries. */
export function openFile(file: string, chunkSize = 64 * 1024): () => AsyncIterable<Uint8Array> {
  return () => fs.createReadStream(file, { highWaterMark: chunkSize })
}

/** Bytes held in memory, split into chunks of the given size. */
export function openBytes(bytes: Uint8Array, chunkSize = 64 * 1024): () => AsyncIterable<Uint8Array> {
  return async function* () {
    for (let offset = 0; offset < bytes.length; offset += chunkSize) yield bytes.subarray(offset, offset + chunkSize)
  }
}

export function openText(text: string, chunkSize?: number): () => AsyncIterable<Uint8Array> {
  return openBytes(new TextEncoder().encode(text), chunkSize)
}

export type ReadSettings = Omit<ReadOptions, 'fileName' | 'timeZone'> & { fileName?: string; timeZone?: string; chunkSize?: number }

export async function collect(open: () => AsyncIterable<Uint8Array>, options: ReadOptions): Promise<ImportRecord[]> {
  const records: ImportRecord[] = []
  for await (const record of readExport(open, options)) records.push(record)
  return records
}

/** Reads a fixture; the time zone defaults to UTC so instants are easy to read in assertions. */
export function readFixture(relative: string, settings: ReadSettings = {}): Promise<ImportRecord[]> {
  const { chunkSize, ...options } = settings
  return collect(openFile(fixturePath(relative), chunkSize), { fileName: path.basename(relative), timeZone: 'UTC', ...options })
}

export function readText(text: string, settings: ReadSettings = {}): Promise<ImportRecord[]> {
  const { chunkSize, ...options } = settings
  return collect(openText(text, chunkSize), { fileName: 'test.csv', timeZone: 'UTC', ...options })
}

export function ordersOf(records: readonly ImportRecord[]): ImportedOrder[] {
  return records.flatMap((record) => (record.kind === 'order' ? [record.order] : []))
}

export function warningsOf(records: readonly ImportRecord[]): ImportWarning[] {
  return records.flatMap((record) => (record.kind === 'warning' ? [record.warning] : []))
}

export interface Rejection {
  message: string
  problems: ImportProblem[]
}

/** The IMPORT_REJECTED error a read ends with; fails the test if it ends any other way. */
export async function rejectionOf(reading: Promise<unknown>): Promise<Rejection> {
  try {
    await reading
  } catch (error) {
    if (error instanceof AppError && error.code === 'IMPORT_REJECTED') {
      return { message: error.message, problems: (error.details?.['problems'] ?? []) as ImportProblem[] }
    }
    throw error
  }
  throw new Error('Expected the import to be rejected, but it was read')
}
