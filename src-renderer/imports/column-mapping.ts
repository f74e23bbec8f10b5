import type { GenericField, GenericMapping, ImportPreset } from './import-types'

export const EMPTY_MAPPING: GenericMapping = { columns: {}, dateFormat: 'iso', decimalSeparator: '.', source: 'other' }

/** The mapping offered first: the saved one for files with this header, if any. */
export function initialMapping(presets: readonly ImportPreset[]): GenericMapping {
  return presets[0]?.mapping ?? EMPTY_MAPPING
}

/** The mapping stores field -> column; the table asks the other way round. */
export function fieldOfColumn(mapping: GenericMapping, column: string): GenericField | null {
  const entry = Object.entries(mapping.columns).find(([, mapped]) => mapped === column)
  return entry ? (entry[0] as GenericField) : null
}

/** A field reads from one column only: giving it to this column takes it from any other. */
export function mapColumn(mapping: GenericMapping, column: string, field: GenericField | null): GenericMapping {
  const columns = Object.fromEntries(Object.entries(mapping.columns).filter(([, mapped]) => mapped !== column))
  if (field !== null) columns[field] = column
  return { ...mapping, columns }
}
