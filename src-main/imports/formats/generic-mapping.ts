import { z } from 'zod'
import { SOURCES } from '../../orders/orders.table'

/** What a column of a file in no known format can be mapped to. */
export const GENERIC_FIELDS = [
  'orderId',
  'orderNumber',
  'placedAt',
  'email',
  'firstName',
  'lastName',
  'currency',
  'total',
  'sku',
  'title',
  'quantity',
  'unitPrice',
  'status',
] as const
export type GenericField = (typeof GENERIC_FIELDS)[number]

/** The date forms a user can pick for a mapped file (see DateSpec). */
export const GENERIC_DATE_FORMATS = ['iso', 'mdy', 'dmy'] as const

export const genericMappingSchema = z.object({
  /** Field -> the header name of the column that holds it; unmapped fields are not imported. */
  columns: z.partialRecord(z.enum(GENERIC_FIELDS), z.string().min(1)),
  dateFormat: z.enum(GENERIC_DATE_FORMATS),
  decimalSeparator: z.enum(['.', ',']),
  /** Which platform the orders come from; 'other' when none fits. */
  source: z.enum(SOURCES).default('other'),
})

export type GenericMapping = z.input<typeof genericMappingSchema>
