import { sql } from 'kysely'
import { TABLES, type Db } from '../db/database'

export type TableCounts = Record<(typeof TABLES)[number], number>

export async function countRows(db: Db): Promise<TableCounts> {
  const parts = TABLES.map((table) => sql`select ${sql.lit(table)} as name, count(*) as n from ${sql.table(table)}`)
  const result = await sql<{ name: (typeof TABLES)[number]; n: number }>`${sql.join(parts, sql` union all `)}`.execute(db)
  return Object.fromEntries(result.rows.map((r) => [r.name, Number(r.n)])) as TableCounts
}

export async function hasShopData(db: Db): Promise<boolean> {
  const row = await sql<{ n: number }>`select (select count(*) from (select 1 from orders limit 1) o) + (select count(*) from (select 1 from customers limit 1) c) as n`.execute(db)
  return Number(row.rows[0]?.n ?? 0) > 0
}
