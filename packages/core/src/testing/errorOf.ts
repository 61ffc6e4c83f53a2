import { WeightinitError } from '../errors/WeightinitError'

/**
 * The {@link WeightinitError} a call throws, for tests that check its code and message; anything
 * else it throws is rethrown, and a call that throws nothing fails the test.
 *
 * @example
 * ```ts
 * import { errorOf } from '../testing/errorOf'
 * expect(errorOf(() => plan('kaiming_nromal', [3, 3])).code).toBe('UNKNOWN_NAME')
 * ```
 */
export function errorOf(run: () => unknown): WeightinitError {
  try {
    run()
  } catch (error) {
    if (error instanceof WeightinitError) return error
    throw error
  }
  throw new Error('expected a WeightinitError')
}
