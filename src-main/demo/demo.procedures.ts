import { z } from 'zod'
import { procedure } from '../backend/procedure'

export const demoProcedures = {
  /** Streams progress, then the summary; refuses a shop that already has orders unless `force`. */
  load: procedure
    .input(z.object({ seed: z.number().int().min(0).max(2 ** 31 - 1).default(1), force: z.boolean().default(false) }))
    .handler(async function* ({ input, context, signal }) {
      // The generator and its name lists (faker) are loaded only when a demo is asked for: they would add about 25 MB to every start.
      const { loadDemoShop } = await import('./load-demo-shop')
      return yield* loadDemoShop(context, input, signal)
    }),
}
