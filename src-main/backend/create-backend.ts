import { createRouterClient } from '@orpc/server'
import type { Migration } from '../../migrations'
import { buildCustomerStatsAfterMigration } from '../customers/customer-stats.repo'
import { openDatabase } from '../db/open-database'
import { systemClock, type Clock } from './clock'
import type { Context } from './context'
import { errorInterceptor } from './error-interceptor'
import { limitHeapGrowth } from './heap-growth'
import { uuidV7Ids, type IdSource } from './ids'
import { stderrLog, type Log } from './log'
import { appRouter, type ApiClient } from './router'

export interface BackendOptions {
  dbPath: string
  clock?: Clock
  ids?: IdSource
  log?: Log
  migrations?: readonly Migration[]
}

export interface Backend {
  context: Context
  /** In-process client over the same procedures and error mapping the transports use (CLI, tests). */
  client: ApiClient
  close(): Promise<void>
}

/** Opens the shop and wires the features. Never imports electron: everything here runs under plain Node. */
export async function createBackend(options: BackendOptions): Promise<Backend> {
  limitHeapGrowth()
  const clock = options.clock ?? systemClock
  const ids = options.ids ?? uuidV7Ids
  const log = options.log ?? stderrLog
  const opened = await openDatabase({ dbPath: options.dbPath, now: () => clock.now(), ids, migrations: options.migrations })
  const context: Context = { db: opened.db, clock, ids, log, dbPath: options.dbPath, databaseId: opened.databaseId }
  if (opened.migration.backupPath) log.info(`Backed up the shop before updating it: ${opened.migration.backupPath}`)
  await buildCustomerStatsAfterMigration(opened.db, opened.migration.applied)
  const client = createRouterClient(appRouter, { context, interceptors: [errorInterceptor(log)] })
  return { context, client, close: opened.close }
}
