import type { QueryClient } from '@tanstack/react-query'
import { pairEtsyFiles, type PlannedImport } from '../../src-main/imports/etsy-pairing.rules'
import type { Api } from '../api/api-context'
import { fileSniffQuery } from './use-file-sniff'

/**
 * Files dropped together, as imports: Etsy's orders and items files become
 * one import, as on the command line. A file that can't be read stays on
 * its own, and its card says why.
 */
export async function planDroppedFiles(client: Api['client'], queryClient: QueryClient, files: readonly File[]): Promise<Array<PlannedImport<File>>> {
  if (files.length < 2) return files.map((file) => ({ file }))
  const sniffed = await Promise.all(
    files.map(async (file) => {
      const answer = await queryClient.fetchQuery(fileSniffQuery(client, file, undefined)).catch(() => null)
      return { file, name: file.name, format: answer?.sniff.format ?? null }
    }),
  )
  return pairEtsyFiles(sniffed)
}
