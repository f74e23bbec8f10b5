import { normalisedFullName } from './customer-matching.rules'
import { MAX_LISTED_DUPLICATES, type PossibleDuplicate } from './import-summary'
import type { ImportDb } from './imports.table'

interface NamedCustomer {
  id: string
  first_name: string | null
  last_name: string | null
  email: string | null
}

const PAGE = 5000

type Side = 'new' | 'earlier'

function named(db: ImportDb, batchId: string, side: Side) {
  const query = db.selectFrom('customers').where((eb) => eb.or([eb('first_name', 'is not', null), eb('last_name', 'is not', null)]))
  return side === 'new'
    ? query.where('import_batch_id', '=', batchId)
    : query.where((eb) => eb.or([eb('import_batch_id', 'is', null), eb('import_batch_id', '!=', batchId)]))
}

async function countNamed(db: ImportDb, batchId: string, side: Side): Promise<number> {
  const row = await named(db, batchId, side).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
  return Number(row.n)
}

/** Pages through one side (new or earlier customers) by id, so a big shop is never loaded whole. */
async function* customersPaged(db: ImportDb, batchId: string, side: Side): AsyncGenerator<NamedCustomer> {
  let after = ''
  for (;;) {
    const rows = await named(db, batchId, side)
      .select(['id', 'first_name', 'last_name', 'email'])
      .where('id', '>', after)
      .orderBy('id')
      .limit(PAGE)
      .execute()
    yield* rows
    if (rows.length < PAGE) return
    after = rows[rows.length - 1]!.id
  }
}

/**
 * New customers of this batch whose normalised full name equals a customer
 * the shop already had. Such a pair is listed for the user to decide on
 * (another screen merges); a name alone never merges two customers.
 */
export async function findPossibleDuplicates(db: ImportDb, batchId: string): Promise<{ count: number; listed: PossibleDuplicate[] }> {
  const listed: PossibleDuplicate[] = []
  let count = 0
  const [newCount, earlierCount] = [await countNamed(db, batchId, 'new'), await countNamed(db, batchId, 'earlier')]
  if (newCount === 0 || earlierCount === 0) return { count, listed }
  // The smaller side is held in memory by name; the other streams past it.
  const held: Side = newCount <= earlierCount ? 'new' : 'earlier'
  const byName = new Map<string, NamedCustomer[]>()
  for await (const customer of customersPaged(db, batchId, held)) {
    const name = normalisedFullName(customer.first_name, customer.last_name)
    if (name === '') continue
    const list = byName.get(name)
    if (list) list.push(customer)
    else byName.set(name, [customer])
  }
  for await (const streamed of customersPaged(db, batchId, held === 'new' ? 'earlier' : 'new')) {
    const matches = byName.get(normalisedFullName(streamed.first_name, streamed.last_name))
    if (!matches) continue
    for (const match of matches) {
      count++
      if (listed.length >= MAX_LISTED_DUPLICATES) continue
      const [customer, earlier] = held === 'new' ? [match, streamed] : [streamed, match]
      listed.push({
        customerId: customer.id,
        name: [customer.first_name, customer.last_name].filter(Boolean).join(' '),
        email: customer.email,
        existingCustomerId: earlier.id,
        existingEmail: earlier.email,
      })
    }
  }
  return { count, listed }
}
