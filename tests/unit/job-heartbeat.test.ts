import { setTimeout as sleep } from 'node:timers/promises'
import { describe, expect, it } from 'vitest'
import { withHeartbeat, type JobEvent } from '../../src-main/backend/progress'

const progress = (phase: string, done: number): JobEvent<string> => ({ kind: 'progress', phase, done, total: 10 })

async function collect(events: AsyncIterable<JobEvent<string>>): Promise<JobEvent<string>[]> {
  const seen: JobEvent<string>[] = []
  for await (const event of events) seen.push(event)
  return seen
}

describe('a job’s heartbeat', () => {
  it('repeats the last progress while the job is silent, and passes every event on in order', async () => {
    async function* job(): AsyncGenerator<JobEvent<string>> {
      yield progress('Reading', 1)
      await sleep(300)
      yield progress('Indexing', 5)
      yield { kind: 'result', result: 'done' }
    }
    const seen = await collect(withHeartbeat(job(), 20))
    const repeats = seen.slice(1, seen.indexOf(seen.find((e) => e.kind === 'progress' && e.phase === 'Indexing')!))
    expect(repeats.length).toBeGreaterThan(1)
    expect(repeats.every((event) => event.kind === 'progress' && event.phase === 'Reading' && event.done === 1)).toBe(true)
    expect(seen.slice(-2)).toEqual([progress('Indexing', 5), { kind: 'result', result: 'done' }])
  })

  it('says nothing before the first progress, and nothing after the result while the job tidies up', async () => {
    async function* job(): AsyncGenerator<JobEvent<string>> {
      await sleep(150)
      yield { kind: 'result', result: 'done' }
      await sleep(150)
    }
    expect(await collect(withHeartbeat(job(), 20))).toEqual([{ kind: 'result', result: 'done' }])
  })

  it('closes the job when its caller stops listening', async () => {
    let closed = false
    async function* job(): AsyncGenerator<JobEvent<string>> {
      try {
        yield progress('Reading', 1)
        await sleep(100)
        yield progress('Reading', 2)
      } finally {
        closed = true
      }
    }
    for await (const event of withHeartbeat(job(), 20)) {
      expect(event.kind).toBe('progress')
      break
    }
    expect(closed).toBe(true)
  })

  it('passes a failure of the job on', async () => {
    async function* job(): AsyncGenerator<JobEvent<string>> {
      yield progress('Reading', 1)
      await sleep(60)
      throw new Error('the file went away')
    }
    await expect(collect(withHeartbeat(job(), 20))).rejects.toThrow('the file went away')
  })
})
