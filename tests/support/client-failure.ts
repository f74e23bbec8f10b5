/** A failed call as the API client sees it: the error's code, its message, and its details (an import rejection's problems). */
export interface ClientFailure {
  code: string
  message: string
  data: { problems?: Array<{ line: number | null }> }
}

/** What the call threw; fails the test if it did not throw. */
export async function failureOf(promise: Promise<unknown>): Promise<ClientFailure> {
  try {
    await promise
  } catch (error) {
    return error as ClientFailure
  }
  throw new Error('expected a failure')
}
