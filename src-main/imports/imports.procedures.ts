import { z } from 'zod'
import { AppError } from '../backend/errors'
import { procedure } from '../backend/procedure'
import { readSettings } from '../settings/settings.repo'
import { SNIFF_BYTES } from './export-bytes'
import { fileSource } from './file-source'
import { getBatch, listBatches } from './import-history.repo'
import { deletePreset, headerSignature, listPresets, savePreset } from './import-presets.repo'
import type { ImportTables } from './imports.table'
import { readMappedSample } from './mapped-sample'
import { chosenCurrency, FORMAT_IDS, genericMappingSchema, sniffExport, TEXT_ENCODINGS } from './read-export'
import { runImport } from './run-import'
import { undoImport } from './undo-import'

/**
 * A file travels as a File (bytes and name) over every transport: oRPC
 * carries it as a form part over HTTP and the message port, and the CLI
 * wraps a path the same way, so all callers meet the same procedures.
 */
const fileInput = z.object({
  file: z.file(),
  /** Etsy's order items, read beside its orders file. */
  companion: z.file().optional(),
  /** Leave out to let the reader recognise the file. */
  format: z.enum(FORMAT_IDS).optional(),
  encoding: z.enum(TEXT_ENCODINGS).optional(),
  /** The currency of amounts the file writes with a bare `$` or none at all (Square, WooCommerce Analytics, mapped files). */
  currency: z.string().trim().length(3).optional(),
  mapping: genericMappingSchema.optional(),
})

function request(input: z.infer<typeof fileInput>, mode: 'preview' | 'commit') {
  return {
    file: fileSource(input.file),
    companion: input.companion ? fileSource(input.companion) : undefined,
    format: input.format,
    encoding: input.encoding,
    currency: input.currency,
    mapping: input.mapping,
    mode,
  }
}

const presetName = z.string().trim().min(1, 'Give the mapping a name').max(80)

export const importsProcedures = {
  /** The start of a file, read for the mapping screen: format, encoding, delimiter, header, sample rows, and saved mappings for this header. */
  sniff: procedure
    .input(z.object({ file: z.file(), format: z.enum(FORMAT_IDS).optional(), encoding: z.enum(TEXT_ENCODINGS).optional() }))
    .handler(async ({ input, context }) => {
      const source = fileSource(input.file)
      const sniff = await sniffExport(await source.head(SNIFF_BYTES), { fileName: source.name, format: input.format, encoding: input.encoding })
      const signature = headerSignature(sniff.header)
      const presets = await listPresets(context.db.withTables<ImportTables>(), { headerSignature: signature })
      return { sniff, headerSignature: signature, presets }
    }),
  /** The first rows of a file as a mapping reads them: per mapped cell, what would be imported or why the file would be refused. */
  readSample: procedure
    .input(fileInput.pick({ file: true, encoding: true, currency: true }).extend({ mapping: genericMappingSchema }))
    .handler(async ({ input, context }) => {
      const { timeZone } = await readSettings(context.db)
      return readMappedSample(fileSource(input.file), { mapping: input.mapping, encoding: input.encoding, currency: chosenCurrency(input.currency), timeZone })
    }),
  /** The whole import, rolled back: what would be created, updated and skipped, and every problem. Streams progress, then the outcome. */
  preview: procedure.input(fileInput).handler(({ input, context, signal }) => runImport(context, request(input, 'preview'), signal)),
  /** Imports the file, all or nothing. Streams progress, then the outcome; a file with problems fails with IMPORT_REJECTED and their list. */
  commit: procedure.input(fileInput).handler(({ input, context, signal }) => runImport(context, request(input, 'commit'), signal)),
  /** The import history, newest first. */
  list: procedure
    .input(z.object({ page: z.number().int().min(0).default(0), pageSize: z.number().int().min(1).max(200).default(50) }))
    .handler(({ input, context }) => listBatches(context.db.withTables<ImportTables>(), input)),
  /** One import with its warnings and possible duplicates. */
  get: procedure.input(z.object({ batchId: z.string().min(1) })).handler(async ({ input, context }) => {
    const batch = await getBatch(context.db.withTables<ImportTables>(), input.batchId)
    if (!batch) throw new AppError('NOT_FOUND', 'There is no import with that id in this shop.', { batchId: input.batchId })
    return batch
  }),
  /** Restores the shop as it was before the import; refused (CONFLICT) while a later import builds on it. */
  undo: procedure.input(z.object({ batchId: z.string().min(1) })).handler(({ input, context }) => undoImport(context, input.batchId)),
  presets: {
    /** Saved column mappings, optionally only those saved for files with this header. */
    list: procedure
      .input(z.object({ header: z.array(z.string()).optional() }))
      .handler(({ input, context }) =>
        listPresets(context.db.withTables<ImportTables>(), input.header ? { headerSignature: headerSignature(input.header) } : {}),
      ),
    /** Saves (or replaces) a mapping under a name, remembered for files with this header. */
    save: procedure
      .input(z.object({ name: presetName, header: z.array(z.string()).min(1), mapping: genericMappingSchema }))
      .handler(({ input, context }) => savePreset(context.db.withTables<ImportTables>(), input, context.clock.now().toISOString())),
    delete: procedure.input(z.object({ name: presetName })).handler(async ({ input, context }) => {
      if (!(await deletePreset(context.db.withTables<ImportTables>(), input.name))) {
        throw new AppError('NOT_FOUND', `There is no saved mapping called “${input.name}”.`)
      }
      return { deleted: input.name }
    }),
  },
}
