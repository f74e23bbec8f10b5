import { os } from '@orpc/server'
import type { Context } from './context'

/** Every procedure starts here: `procedure.input(schema).handler(...)`, named `feature.verb` in the router. */
export const procedure = os.$context<Context>()
