import { z } from 'zod'
import { procedure } from '../backend/procedure'
import { readSettings } from '../settings/settings.repo'
import { countRows, hasShopData } from './shop.repo'

export const shopProcedures = {
  /** What the app shell needs on start: which file is open and whether to show the first-run screen. */
  status: procedure.input(z.object({})).handler(async ({ context }) => {
    const [settings, hasData] = await Promise.all([readSettings(context.db), hasShopData(context.db)])
    return { dbPath: context.dbPath, databaseId: context.databaseId, shopName: settings.shopName, timeZone: settings.timeZone, isEmpty: !hasData }
  }),
  stats: procedure.input(z.object({})).handler(async ({ context }) => ({ dbPath: context.dbPath, tables: await countRows(context.db) })),
}
