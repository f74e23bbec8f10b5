export interface SettingsTable {
  key: string
  /** JSON text, decoded by the settings repo against its schema. */
  value: string
  updated_at: string
}
