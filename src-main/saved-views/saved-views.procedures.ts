import { z } from 'zod'
import { AppError } from '../backend/errors'
import { procedure } from '../backend/procedure'
import { listSavedViews, removeView, saveView } from './saved-views.repo'
import { customerViewStateSchema, orderViewStateSchema, viewName } from './saved-views.rules'

const screen = z.enum(['orders', 'customers'])

export const savedViewsProcedures = {
  /** The screen's saved views, by name. */
  list: procedure.input(z.object({ screen })).handler(({ input, context }) => listSavedViews(context.db, input.screen)),
  /** Saves the table's current state under a name; saving under an existing name (any case) replaces that view. */
  save: procedure
    .input(
      z.discriminatedUnion('screen', [
        z.object({ screen: z.literal('orders'), name: viewName, state: orderViewStateSchema }),
        z.object({ screen: z.literal('customers'), name: viewName, state: customerViewStateSchema }),
      ]),
    )
    .handler(({ input, context }) => saveView(context.db, input, { id: context.ids.next(), now: context.clock.now() })),
  remove: procedure.input(z.object({ id: z.string().min(1) })).handler(async ({ input, context }) => {
    if (!(await removeView(context.db, input.id))) throw new AppError('NOT_FOUND', 'That view was already removed.')
    return { id: input.id }
  }),
}
