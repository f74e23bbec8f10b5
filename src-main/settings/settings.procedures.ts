import { z } from 'zod'
import { procedure } from '../backend/procedure'
import { readSettings, writeSettings } from './settings.repo'
import { shopSettingsSchema } from './settings.rules'

export const settingsProcedures = {
  get: procedure.input(z.object({})).handler(({ context }) => readSettings(context.db)),
  update: procedure.input(shopSettingsSchema.partial()).handler(async ({ input, context }) => {
    await writeSettings(context.db, input, context.clock.now())
    return readSettings(context.db)
  }),
}
