import { useLocalStorage } from '@mantine/hooks'
import type { ColumnDef, VisibilityState } from '@tanstack/react-table'
import { useCallback, useMemo } from 'react'

export interface ColumnOption {
  id: string
  label: string
  alwaysShown: boolean
}

/** What the chooser lists for a table's columns, in the table's order. */
export function columnOptions<Row>(columns: ColumnDef<Row>[]): ColumnOption[] {
  return columns.map((column) => ({
    id: column.id ?? '',
    label: column.meta?.label ?? (typeof column.header === 'string' ? column.header : (column.id ?? '')),
    alwaysShown: column.meta?.alwaysShown ?? false,
  }))
}

export function defaultColumns<Row>(columns: ColumnDef<Row>[]): string[] {
  return columns.filter((column) => !column.meta?.hiddenByDefault).map((column) => column.id ?? '')
}

/** The ids to show, in the table's order: unknown ids (from an older version) are passed over, the always-shown column is kept. */
export function normalizeColumns<Row>(columns: ColumnDef<Row>[], ids: readonly string[]): string[] {
  const chosen = ids.length > 0 ? new Set(ids) : new Set(defaultColumns(columns))
  return columns.filter((column) => column.meta?.alwaysShown || chosen.has(column.id ?? '')).map((column) => column.id ?? '')
}

/**
 * Which columns a screen shows, remembered on this computer (localStorage)
 * per screen; a saved view carries its own choice and sets it when opened.
 */
export function useColumnChoice<Row>(screen: string, columns: ColumnDef<Row>[]) {
  const [stored, setStored] = useLocalStorage<string[]>({ key: `aftersale.columns.${screen}`, defaultValue: [], getInitialValueInEffect: false })
  const shown = useMemo(() => normalizeColumns(columns, stored), [columns, stored])
  const visibility = useMemo<VisibilityState>(() => Object.fromEntries(columns.map((column) => [column.id ?? '', shown.includes(column.id ?? '')])), [columns, shown])
  const setShown = useCallback((ids: readonly string[]) => setStored(normalizeColumns(columns, ids)), [columns, setStored])
  const reset = useCallback(() => setStored([]), [setStored])
  return { shown, visibility, setShown, reset }
}

export type ColumnChoice = ReturnType<typeof useColumnChoice>
