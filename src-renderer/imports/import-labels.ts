import type { Delimiter } from '../../src-main/imports/csv-rows'
import type { Entity, GenericField, TextEncodingName } from './import-types'

/** Keyed by the backend's own names, so a new encoding or field fails the type-check until it has a label here. */
export const ENCODING_LABELS: Record<TextEncodingName, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 (little-endian)',
  'utf-16be': 'UTF-16 (big-endian)',
  'windows-1252': 'Windows-1252 (Western European)',
}

export const FIELD_LABELS: Record<GenericField, string> = {
  orderId: 'Order id',
  orderNumber: 'Order number',
  placedAt: 'Order date',
  email: 'Customer email',
  firstName: 'First name',
  lastName: 'Last name',
  currency: 'Currency',
  total: 'Order total',
  sku: 'Item SKU',
  title: 'Item name',
  quantity: 'Item quantity',
  unitPrice: 'Item price',
  status: 'Order status',
}

export const ENTITY_LABELS: Record<Entity, string> = {
  customers: 'Customers',
  orders: 'Orders',
  lines: 'Order lines',
  products: 'Products',
  refunds: 'Refunds',
  returns: 'Returns',
}

export const DELIMITER_LABELS: Record<Delimiter, string> = {
  ',': 'Comma',
  ';': 'Semicolon',
  '\t': 'Tab',
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}
