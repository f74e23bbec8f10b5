export interface ProductsTable {
  id: string
  sku: string | null
  title: string
  vendor: string | null
  care_notes: string
  created_at: string
  updated_at: string
}
