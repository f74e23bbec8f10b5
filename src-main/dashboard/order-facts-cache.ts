import fs from 'node:fs'
import { AppError } from '../backend/errors'
import type { Db } from '../db/database'
import { readOrderFactsInThread } from './facts-in-thread'
import { readOrderFacts, readShopRevision, type OrderFacts } from './order-facts.repo'

/**
 * The order facts of each open shop file, kept until the file changes.
 *
 * A change is seen through `readShopRevision`. Any write counts, even one
 * that touches no order, so a stale figure is never shown; the price is an
 * occasional reread (about two seconds on 500,000 orders, on a thread of its
 * own). A PostgreSQL port needs its own change counter there.
 */
interface Cached {
  revision: string
  /** Shared by calls that arrive while the facts are being read. */
  facts: Promise<OrderFacts>
}

/** A shop file from this size on is read on a thread: below it, starting one costs more than the reading. */
const IN_THREAD_FROM_BYTES = 8 * 1024 * 1024

const cached = new WeakMap<Db, Cached>()

/**
 * The facts of the shop `db` has open at `dbPath`, reread when it changed.
 * The revision is read before the facts, so a change that lands in between
 * makes the next call reread rather than keep facts older than their revision.
 */
export async function orderFactsOf(db: Db, dbPath: string): Promise<OrderFacts> {
  const revision = await readShopRevision(db)
  const known = cached.get(db)
  if (known?.revision === revision) return known.facts
  if (dbPath === ':memory:') throw new AppError('INTERNAL', 'The dashboard reads a shop file; an in-memory shop has none.')
  const facts = fs.statSync(dbPath).size < IN_THREAD_FROM_BYTES ? Promise.resolve().then(() => readOrderFacts(dbPath)) : readOrderFactsInThread(dbPath)
  cached.set(db, { revision, facts })
  // A failed read is not kept: the next call tries again.
  facts.catch(() => {
    if (cached.get(db)?.facts === facts) cached.delete(db)
  })
  return facts
}
