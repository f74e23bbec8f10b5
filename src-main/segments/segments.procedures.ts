import { procedure } from '../backend/procedure'
import { listSegments } from './segments.repo'

export const segmentsProcedures = {
  /** The built-in RFM groups and the saved customers views, each with its number of customers. */
  list: procedure.handler(({ context }) => listSegments(context.db, context.clock.now())),
}
