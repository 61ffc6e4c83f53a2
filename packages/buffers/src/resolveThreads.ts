import { availableParallelism } from 'node:os'
import { fail } from '@weightinit/core'
import { describe } from './describe'

/**
 * The most threads accepted: more than any machine's cores, few enough to refuse a typo.
 *
 * @remarks Larger values fail with `INVALID_ARGUMENT`.
 *
 * @example
 * ```ts
 * import { MAX_THREADS } from '@weightinit/buffers/node'
 * MAX_THREADS // 256
 * ```
 */
export const MAX_THREADS = 256

/**
 * The thread count to use: the caller's, checked, or the number of cores.
 *
 * @param threads - a positive integer up to 256, or `undefined` for `os.availableParallelism()`
 * @returns the count
 * @remarks Fails with `INVALID_ARGUMENT` for anything else.
 *
 * @example
 * ```ts
 * import { resolveThreads } from '@weightinit/buffers/node'
 * resolveThreads(undefined) // the number of cores
 * ```
 */
export function resolveThreads(threads: number | undefined): number {
  if (threads === undefined) return availableParallelism()
  if (
    typeof threads !== 'number' ||
    !Number.isSafeInteger(threads) ||
    threads < 1 ||
    threads > MAX_THREADS
  ) {
    fail(
      'INVALID_ARGUMENT',
      `threads must be an integer from 1 to ${MAX_THREADS}, got ${describe(threads)}`,
      {
        threads,
      },
    )
  }
  return threads
}
