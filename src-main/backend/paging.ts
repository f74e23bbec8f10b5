import { z } from 'zod'

export const pageInput = {
  page: z.number().int().min(0).max(1_000_000).default(0),
  pageSize: z.number().int().min(1).max(500).default(50),
  search: z.string().trim().max(200).default(''),
  direction: z.enum(['asc', 'desc']).default('desc'),
}

export interface Page<T> {
  rows: T[]
  total: number
  page: number
  pageSize: number
}
