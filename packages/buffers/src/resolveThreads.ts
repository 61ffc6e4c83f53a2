import { availableParallelism } from 'node:os'
import { describeValue, fail } from '@weightinit/core/errors'
import { BYTES_PER_THREAD, maxThreads, THREADS_PER_CORE } from './maxThreads'

/**
 * The thread count to use: the caller's, checked against what this machine allows, or the number
 * of cores.
 *
 * @param threads - a positive integer up to {@link maxThreads} (4 per core, as many as fit a fifth
 *   of the memory at 40 MB each), or `undefined` for `os.availableParallelism()` (within that bound)
 * @returns the count
 * @remarks Fails with `INVALID_ARGUMENT`, saying the bound and why, for anything else.
 *
 * @example
 * ```ts
 * import { resolveThreads } from './resolveThreads'
 * resolveThreads(undefined) // the number of cores
 * ```
 */
export function resolveThreads(threads: number | undefined): number {
  const most = maxThreads()
  if (threads === undefined) return Math.min(availableParallelism(), most)
  if (
    typeof threads !== 'number' ||
    !Number.isSafeInteger(threads) ||
    threads < 1 ||
    threads > most
  ) {
    fail(
      'INVALID_ARGUMENT',
      `threads must be an integer from 1 to ${most} on this machine (at most ${THREADS_PER_CORE} per core for its ${availableParallelism()} cores, and as many as fit a fifth of its memory at about ${BYTES_PER_THREAD / 1e6} MB per thread), got ${describeValue(threads)}`,
      {
        option: 'threads',
        threads,
        max: most,
        cores: availableParallelism(),
        bytesPerThread: BYTES_PER_THREAD,
      },
    )
  }
  return threads
}
