import { availableParallelism, totalmem } from 'node:os'
import { expectError } from '@weightinit/test-utils'
import { describe, expect, it } from 'vitest'
import { BYTES_PER_THREAD, maxThreads, THREADS_PER_CORE } from './maxThreads'
import { resolveThreads } from './resolveThreads'

describe('thread counts are bounded by the cores and the memory', () => {
  it('allows at most 4 per core, and no more than a fifth of the memory holds at 40 MB each', () => {
    const byCores = THREADS_PER_CORE * availableParallelism()
    const byMemory = Math.floor((0.2 * totalmem()) / BYTES_PER_THREAD)
    expect(maxThreads()).toBeLessThanOrEqual(Math.max(1, Math.min(byCores, byMemory)))
    expect(maxThreads()).toBeGreaterThanOrEqual(1)
  })

  it('accepts 1 … maxThreads, and defaults to the cores within that bound', () => {
    expect(resolveThreads(1)).toBe(1)
    expect(resolveThreads(maxThreads())).toBe(maxThreads())
    expect(resolveThreads(undefined)).toBe(Math.min(availableParallelism(), maxThreads()))
  })

  it('refuses 256 (over 6 GB of threads) and anything past the bound, saying why', () => {
    for (const threads of [256, maxThreads() + 1]) {
      const error = expectError(() => resolveThreads(threads), 'INVALID_ARGUMENT', {
        option: 'threads',
        threads,
        max: maxThreads(),
      })
      expect(error.message).toMatch(
        /^threads must be an integer from 1 to \d+ on this machine \(at most 4 per core for its \d+ cores, and as many as fit a fifth of its memory at about 40 MB per thread\), got \d+$/,
      )
    }
  })

  it('refuses what is not a positive integer', () => {
    for (const threads of [0, -1, 1.5, Number.NaN, '2', null]) {
      expectError(() => resolveThreads(threads as number), 'INVALID_ARGUMENT')
    }
  })
})
