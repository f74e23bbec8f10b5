import { z } from 'zod'
import { procedure } from '../backend/procedure'
import { loadDemoShop } from './load-demo-shop'

export const demoProcedures = {
  /** Streams progress, then the summary; refuses a shop that already has orders unless `force`. */
  load: procedure
    .input(z.object({ seed: z.number().int().min(0).max(2 ** 31 - 1).default(1), force: z.boolean().default(false) }))
    .handler(({ input, context, signal }) => loadDemoShop(context, input, signal)),
}
