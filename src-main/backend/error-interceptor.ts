import { toTransportError } from './errors'
import type { Log } from './log'

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value
}

async function* mapStreamErrors<T>(source: AsyncIterable<T>, log: Log): AsyncGenerator<T> {
  try {
    yield* source
  } catch (error) {
    throw toTransportError(error, log.error)
  }
}

/**
 * Installed on every transport (HTTP, Electron port, in-process client) so a
 * caller sees the same codes and messages whichever way it came, including
 * failures in the middle of a progress stream.
 */
export function errorInterceptor(log: Log) {
  return async <T>({ next }: { next: () => Promise<T> }): Promise<T> => {
    try {
      const output = await next()
      return (isAsyncIterable(output) ? mapStreamErrors(output, log) : output) as T
    } catch (error) {
      throw toTransportError(error, log.error)
    }
  }
}
