import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { AppError } from '../backend/errors'

/**
 * An export file as the importer reads it: the same whether its bytes came
 * from the UI (a File over IPC or HTTP) or from a path on the CLI. It is
 * read as a stream, never loaded whole.
 */
export interface FileSource {
  name: string
  size: number
  open(): AsyncIterable<Uint8Array>
  head(bytes: number): Promise<Uint8Array>
}

/** A file on disk that changes after it was picked can no longer be read (Node checks); that is the user's to know, not a crash. */
async function* chunksOf(file: File): AsyncGenerator<Uint8Array> {
  const reader = file.stream().getReader()
  try {
    for (;;) {
      let next: ReadableStreamReadResult<Uint8Array>
      try {
        next = await reader.read()
      } catch (error) {
        const cause = error instanceof Error ? error.message : String(error)
        throw new AppError('INVALID_INPUT', `${file.name} could not be read to its end (${cause}): was it changed, moved or deleted while Aftersale read it? Nothing was imported; try again.`)
      }
      if (next.done) return
      yield next.value
    }
  } finally {
    reader.releaseLock()
  }
}

export function fileSource(file: File): FileSource {
  return {
    name: file.name,
    size: file.size,
    open: () => chunksOf(file),
    head: async (bytes) => new Uint8Array(await file.slice(0, bytes).arrayBuffer()),
  }
}

/** A file on disk as a File (lazily read, like one picked in the UI), named by its base name. */
export async function fileFromPath(filePath: string): Promise<File> {
  const blob = await fs.openAsBlob(filePath)
  return new File([blob], path.basename(filePath))
}

/**
 * sha256 of a file's bytes: the import's identity, so the same export is
 * recognised however it is named. A companion file (Etsy's items beside its
 * orders) makes a different import, so the pair hashes to the hash of both
 * hashes. Yields bytes hashed so far.
 */
export async function* hashFiles(files: readonly FileSource[]): AsyncGenerator<number, string> {
  const digests: string[] = []
  let done = 0
  for (const file of files) {
    const hash = createHash('sha256')
    for await (const chunk of file.open()) {
      hash.update(chunk)
      done += chunk.byteLength
      yield done
    }
    digests.push(hash.digest('hex'))
  }
  return digests.length === 1 ? digests[0]! : createHash('sha256').update(digests.join('\n')).digest('hex')
}
