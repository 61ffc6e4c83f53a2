import { WeightinitError } from '@weightinit/core'

/**
 * The {@link WeightinitError} a promise rejects with, for tests that check its code and message;
 * any other rejection is rethrown, and a promise that resolves fails the test.
 *
 * @example
 * ```ts
 * import { failure } from './testing/failure'
 * expect((await failure(writeAtomic('/no/such/folder/x', produce))).code).toBe('PATH_NOT_FOUND')
 * ```
 */
export async function failure(promise: Promise<unknown>): Promise<WeightinitError> {
  try {
    await promise
  } catch (error) {
    if (error instanceof WeightinitError) return error
    throw error
  }
  throw new Error('expected a WeightinitError')
}
