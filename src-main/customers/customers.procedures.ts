import { z } from 'zod'
import { AppError } from '../backend/errors'
import { pageInput } from '../backend/paging'
import { procedure } from '../backend/procedure'
import { inShopTimeZone } from '../dashboard/drilldown.repo'
import { customerDrilldownSchema } from '../dashboard/drilldown.rules'
import { currencyCode } from '../backend/common-inputs'
import { customerFiltersSchema } from './customer-filters'
import { spendCurrencies } from './customer-stats.repo'
import { CUSTOMER_SORTS, getCustomer, listCustomers, type CustomerSort } from './customers.repo'
import { readSettings } from '../settings/settings.repo'
import { cleanTags, MAX_NOTE_LENGTH, MAX_TAG_LENGTH, MAX_TAGS } from './customer-edits.rules'
import { setTags, tagsInUse, updateNote } from './customer-edits.repo'
import { eraseCustomer } from './customer-erase.repo'
import { mergeCustomers, mergesInto, previewMerge, recordMergedInto, undoMerge } from './customer-merge.repo'
import { formatShopTime } from '../time/shop-time'
import { customerExists, timelineRows } from './customer-timeline.repo'
import { cutPage, toEvents, type TimelinePage } from './customer-timeline.rules'

const sortKeys = Object.keys(CUSTOMER_SORTS) as [CustomerSort, ...CustomerSort[]]
const customerId = z.string().min(1)
const instant = z
  .string()
  .refine((text) => !Number.isNaN(Date.parse(text)), 'Use an ISO-8601 instant, such as 2026-01-31T12:00:00.000Z')
  .transform((text) => new Date(text).toISOString())

export const customersProcedures = {
  list: procedure
    .input(
      z.object({
        ...pageInput,
        sort: z.enum(sortKeys).default('lastOrderAt'),
        /** Only the customers behind one dashboard figure. */
        drilldown: customerDrilldownSchema.optional(),
        filters: customerFiltersSchema.optional(),
        /** The currency the `spent` sort compares; the shop's main currency when left out. */
        spendCurrency: currencyCode.optional(),
      }),
    )
    .handler(async ({ input, context }) =>
      listCustomers(context.db, {
        ...input,
        drilldown: await inShopTimeZone(context.db, input.drilldown),
        spendCurrency: input.spendCurrency ?? null,
        now: context.clock.now(),
      }),
    ),
  /** The currencies customers paid in, main one first: what the `spent` sort and filter can compare. */
  currencies: procedure.handler(async ({ context }) => spendCurrencies(context.db)),
  get: procedure.input(z.object({ id: z.string().min(1) })).handler(async ({ input, context }) => {
    const found = await getCustomer(context.db, input.id)
    if (found) return found
    const merged = await recordMergedInto(context.db, input.id)
    if (merged) {
      const { timeZone } = await readSettings(context.db)
      throw new AppError('NOT_FOUND', `This record was merged into another record of the same person on ${formatShopTime(merged.mergedAt, timeZone)}.`, {
        mergedInto: merged.keptId,
      })
    }
    throw new AppError('NOT_FOUND', 'That customer is no longer in this shop.')
  }),
  /** Everything that happened to the customer, newest first, a page at a time (`before`: the last event's instant of the previous page). */
  timeline: procedure
    .input(z.object({ id: customerId, before: instant.optional(), limit: z.number().int().min(1).max(500).default(200) }))
    .handler(async ({ input, context }): Promise<TimelinePage> => {
      if (!(await customerExists(context.db, input.id))) throw new AppError('NOT_FOUND', 'That customer is no longer in this shop.')
      const fetched = await timelineRows(context.db, input.id, { before: input.before ?? null, limit: input.limit + 1 })
      const truncated = Object.values(fetched).some((rows) => rows.length > input.limit)
      return cutPage(toEvents(fetched), input.limit, truncated, async (at) => toEvents(await timelineRows(context.db, input.id, { at })))
    }),
  updateNote: procedure
    .input(
      z.object({
        id: customerId,
        note: z.string().max(MAX_NOTE_LENGTH, `A note can hold at most ${MAX_NOTE_LENGTH.toLocaleString('en')} characters. Shorten it to save it.`),
        /** The updated_at of the version the editor started from; a save over a different version is refused. */
        baseUpdatedAt: z.string().optional(),
      }),
    )
    .handler(({ input, context }) => updateNote(context.db, input.id, input.note, input.baseUpdatedAt, context.clock.now().toISOString())),
  setTags: procedure
    .input(
      z.object({
        id: customerId,
        tags: z.array(z.string().trim().max(MAX_TAG_LENGTH, `A tag can be at most ${MAX_TAG_LENGTH} characters long.`)).max(MAX_TAGS * 4),
      }),
    )
    .handler(async ({ input, context }) => {
      const tags = cleanTags(input.tags)
      if (tags.length > MAX_TAGS) throw new AppError('INVALID_INPUT', `A customer can carry at most ${MAX_TAGS} tags. Remove some before adding more.`)
      return { tags: await setTags(context.db, input.id, tags) }
    }),
  tagsInUse: procedure.handler(({ context }) => tagsInUse(context.db)),
  /** What merging would do, without doing it. */
  mergePreview: procedure
    .input(z.object({ keepId: customerId, mergeId: customerId }))
    .handler(({ input, context }) => previewMerge(context.db, input.keepId, input.mergeId, context.clock.now().toISOString())),
  merge: procedure
    .input(z.object({ keepId: customerId, mergeId: customerId }))
    .handler(({ input, context }) => mergeCustomers(context.db, input.keepId, input.mergeId, { now: context.clock.now().toISOString(), ids: context.ids })),
  undoMerge: procedure.input(z.object({ mergeId: z.string().min(1) })).handler(async ({ input, context }) => {
    const { timeZone } = await readSettings(context.db)
    return undoMerge(context.db, input.mergeId, { now: context.clock.now().toISOString(), ids: context.ids, timeZone })
  }),
  /** The records merged into this customer, newest first, with whether each can still be undone. */
  merges: procedure.input(z.object({ id: customerId })).handler(async ({ input, context }) => {
    const { timeZone } = await readSettings(context.db)
    return mergesInto(context.db, input.id, timeZone)
  }),
  /** Erases the customer's personal data on request; erasing an erased customer again changes nothing and says when it was done. */
  erase: procedure
    .input(z.object({ id: customerId, confirmName: z.string().max(500).optional() }))
    .handler(({ input, context }) =>
      eraseCustomer(context.db, input.id, { now: context.clock.now().toISOString(), ids: context.ids, confirmName: input.confirmName }),
    ),
}
